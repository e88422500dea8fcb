package org.socialcare.supervision.group;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A reflective group supervision session (seed 001, "Reflective Group Supervision"): planned by its
 * facilitator, run through preparing - presenting - clarifying - affirming - reflecting - closing,
 * and, once the facilitator has recorded it, the group supervision record. Nothing changes after
 * that.
 */
@Entity
@Table(name = "group_session")
public class GroupSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String facilitatorId;
  private String teamCode;
  private LocalDateTime startsAt;
  private int minutesAllowed;
  @Enumerated(EnumType.STRING)
  private GroupSessionStatus status = GroupSessionStatus.PLANNED;
  private LocalDateTime plannedAt;
  private LocalDateTime openedAt;
  private LocalDate heldOn;
  private String cancelledReason;
  private String presenterId;
  private String issue;
  private String caseReference;
  private String discussion;
  private String presenterFeelings;
  private String presenterResponse;
  private String goals;
  private String issueOutline;
  private String natureOfDiscussion;
  private LocalDateTime recordedAt;
  private String processInstanceId;
  // A dozen people at most, always needed with the session.
  @OneToMany(mappedBy = "groupSession", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
  @OrderBy("id")
  private List<GroupMember> members = new ArrayList<>();

  protected GroupSession() {
  }

  GroupSession(String facilitatorId, String teamCode, LocalDateTime startsAt, int minutesAllowed,
      Collection<String> memberIds, LocalDateTime plannedAt, String processInstanceId) {
    this.facilitatorId = facilitatorId;
    this.teamCode = teamCode;
    this.startsAt = startsAt;
    this.minutesAllowed = minutesAllowed;
    this.plannedAt = plannedAt;
    this.processInstanceId = processInstanceId;
    memberIds.forEach(memberId -> members.add(new GroupMember(this, memberId)));
  }

  void open(String presenterId, Collection<String> presentIds, LocalDateTime now) {
    requireStatus(GroupSessionStatus.PLANNED);
    members.forEach(member -> member.attended(presentIds.contains(member.getMemberId())));
    GroupMember presenter = member(presenterId).orElseThrow();
    this.presenterId = presenterId;
    this.issue = presenter.getOfferedIssue();
    this.caseReference = presenter.getOfferedCaseReference();
    this.openedAt = now;
    this.heldOn = now.toLocalDate();
    this.status = GroupSessionStatus.IN_SESSION;
  }

  void cancel(String reason) {
    requireStatus(GroupSessionStatus.PLANNED);
    this.cancelledReason = reason;
    this.status = GroupSessionStatus.CANCELLED;
  }

  void present(String issue, String caseReference) {
    requireStatus(GroupSessionStatus.IN_SESSION);
    this.issue = issue;
    this.caseReference = caseReference;
  }

  void reflect(String discussion, String presenterFeelings) {
    requireStatus(GroupSessionStatus.IN_SESSION);
    this.discussion = discussion;
    this.presenterFeelings = presenterFeelings;
  }

  void close(String presenterResponse, String goals) {
    requireStatus(GroupSessionStatus.IN_SESSION);
    this.presenterResponse = presenterResponse;
    this.goals = goals;
  }

  void record(String issueOutline, String natureOfDiscussion, Collection<String> attendedIds, LocalDateTime now) {
    requireStatus(GroupSessionStatus.IN_SESSION);
    members.forEach(member -> member.attended(attendedIds.contains(member.getMemberId())));
    this.issueOutline = issueOutline;
    this.natureOfDiscussion = natureOfDiscussion;
    this.recordedAt = now;
    this.status = GroupSessionStatus.RECORDED;
  }

  private void requireStatus(GroupSessionStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("Group session " + id + " is " + status + ", not " + expected);
    }
  }

  public Optional<GroupMember> member(String memberId) {
    return members.stream().filter(m -> m.getMemberId().equals(memberId)).findFirst();
  }

  public List<String> memberIds() {
    return members.stream().map(GroupMember::getMemberId).toList();
  }

  public List<String> attendingIds() {
    return members.stream().filter(GroupMember::hasAttended).map(GroupMember::getMemberId).toList();
  }

  /** Those who attended, the presenter excepted: each asks one question and says what impresses them. */
  public List<String> otherAttendingIds() {
    return attendingIds().stream().filter(id -> !id.equals(presenterId)).toList();
  }

  public Long getId() {
    return id;
  }

  public String getFacilitatorId() {
    return facilitatorId;
  }

  public String getTeamCode() {
    return teamCode;
  }

  public LocalDateTime getStartsAt() {
    return startsAt;
  }

  public int getMinutesAllowed() {
    return minutesAllowed;
  }

  public GroupSessionStatus getStatus() {
    return status;
  }

  public LocalDateTime getPlannedAt() {
    return plannedAt;
  }

  public LocalDateTime getOpenedAt() {
    return openedAt;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public String getCancelledReason() {
    return cancelledReason;
  }

  public String getPresenterId() {
    return presenterId;
  }

  public String getIssue() {
    return issue;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public String getDiscussion() {
    return discussion;
  }

  public String getPresenterFeelings() {
    return presenterFeelings;
  }

  public String getPresenterResponse() {
    return presenterResponse;
  }

  public String getGoals() {
    return goals;
  }

  public String getIssueOutline() {
    return issueOutline;
  }

  public String getNatureOfDiscussion() {
    return natureOfDiscussion;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }

  public List<GroupMember> getMembers() {
    return List.copyOf(members);
  }
}
