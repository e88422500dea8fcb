package org.socialcare.supervision.group;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One person invited to a group session: what they offered to bring, and whether they attended. */
@Entity
@Table(name = "group_member")
public class GroupMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @ManyToOne(optional = false)
  @JoinColumn(name = "group_session_id")
  private GroupSession groupSession;
  private String memberId;
  @Enumerated(EnumType.STRING)
  private Preparation preparation = Preparation.PENDING;
  private String offeredIssue;
  private String offeredCaseReference;
  @Enumerated(EnumType.STRING)
  private Attendance attendance = Attendance.INVITED;

  protected GroupMember() {
  }

  GroupMember(GroupSession groupSession, String memberId) {
    this.groupSession = groupSession;
    this.memberId = memberId;
  }

  void offer(String issue, String caseReference) {
    this.preparation = Preparation.OFFERED;
    this.offeredIssue = issue;
    this.offeredCaseReference = caseReference;
  }

  void offerNothing() {
    this.preparation = Preparation.NOTHING_OFFERED;
    this.offeredIssue = null;
    this.offeredCaseReference = null;
  }

  void notPrepared() {
    if (preparation == Preparation.PENDING) {
      preparation = Preparation.NOT_PREPARED;
    }
  }

  void attended(boolean attended) {
    this.attendance = attended ? Attendance.ATTENDED : Attendance.ABSENT;
  }

  public boolean hasAttended() {
    return attendance == Attendance.ATTENDED;
  }

  public boolean hasOffered() {
    return preparation == Preparation.OFFERED;
  }

  public Long getId() {
    return id;
  }

  public GroupSession getGroupSession() {
    return groupSession;
  }

  public String getMemberId() {
    return memberId;
  }

  public Preparation getPreparation() {
    return preparation;
  }

  public String getOfferedIssue() {
    return offeredIssue;
  }

  public String getOfferedCaseReference() {
    return offeredCaseReference;
  }

  public Attendance getAttendance() {
    return attendance;
  }
}
