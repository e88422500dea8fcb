package org.socialcare.supervision.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The record of one supervision session (Appendix 2, or Appendix 5 for managers). Once both have
 * signed it is locked for good: a correction is a new record linked to this one.
 */
@Entity
@Table(name = "supervision_record")
public class SupervisionRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long sessionId;
  private String superviseeId;
  private String supervisorId;
  @Enumerated(EnumType.STRING)
  private RecordTemplate template;
  @Enumerated(EnumType.STRING)
  private RecordStatus status;
  private LocalDate heldOn;
  private int durationMinutes;
  private LocalDate lastHeldOn;
  private String gapComment;
  private String supervisorComments;
  private String superviseeComments;
  private LocalDateTime nextSessionAt;
  private LocalDateTime recordedAt;
  private LocalDate superviseeSignedOn;
  private LocalDate supervisorSignedOn;
  private LocalDateTime lockedAt;
  private Long correctsRecordId;
  private String correction;
  private String processInstanceId;

  protected SupervisionRecord() {
  }

  SupervisionRecord(BookedSession session, RecordTemplate template, LocalDate heldOn, int durationMinutes,
      LocalDate lastHeldOn, String gapComment, String supervisorComments, LocalDateTime nextSessionAt,
      LocalDateTime recordedAt, String processInstanceId) {
    this.sessionId = session.getId();
    this.superviseeId = session.getSuperviseeId();
    this.supervisorId = session.getSupervisorId();
    this.template = template;
    this.status = RecordStatus.AWAITING_SIGNATURES;
    this.heldOn = heldOn;
    this.durationMinutes = durationMinutes;
    this.lastHeldOn = lastHeldOn;
    this.gapComment = gapComment;
    this.supervisorComments = supervisorComments;
    this.nextSessionAt = nextSessionAt;
    this.recordedAt = recordedAt;
    this.processInstanceId = processInstanceId;
  }

  /** A correction of a signed record: its content, what it corrects, awaiting both signatures again. */
  SupervisionRecord correctionOf(String correction, LocalDateTime now, String processInstanceId) {
    if (!isLocked()) {
      throw new IllegalStateException("Record " + id + " is not signed yet; it can still be changed before signing");
    }
    SupervisionRecord corrected = new SupervisionRecord();
    corrected.sessionId = sessionId;
    corrected.superviseeId = superviseeId;
    corrected.supervisorId = supervisorId;
    corrected.template = template;
    corrected.status = RecordStatus.AWAITING_SIGNATURES;
    corrected.heldOn = heldOn;
    corrected.durationMinutes = durationMinutes;
    corrected.lastHeldOn = lastHeldOn;
    corrected.gapComment = gapComment;
    corrected.supervisorComments = supervisorComments;
    corrected.nextSessionAt = nextSessionAt;
    corrected.recordedAt = now;
    corrected.correctsRecordId = id;
    corrected.correction = correction;
    corrected.processInstanceId = processInstanceId;
    return corrected;
  }

  void signBySupervisee(String comments, LocalDate day) {
    requireUnlocked();
    if (superviseeSignedOn != null) {
      throw new IllegalStateException("Record " + id + " is already signed by the supervisee");
    }
    superviseeComments = comments;
    superviseeSignedOn = day;
  }

  /** The supervisor countersigns after the supervisee: the record is then locked. */
  void signBySupervisorAndLock(LocalDate day, LocalDateTime now) {
    requireUnlocked();
    if (superviseeSignedOn == null) {
      throw new IllegalStateException("Record " + id + " must be signed by the supervisee first");
    }
    supervisorSignedOn = day;
    status = RecordStatus.SIGNED;
    lockedAt = now;
  }

  private void requireUnlocked() {
    if (status == RecordStatus.SIGNED) {
      throw new IllegalStateException("Record " + id + " is signed and locked; record a correction instead");
    }
  }

  public boolean isLocked() {
    return status == RecordStatus.SIGNED;
  }

  public Long getId() {
    return id;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getSuperviseeId() {
    return superviseeId;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public RecordTemplate getTemplate() {
    return template;
  }

  public RecordStatus getStatus() {
    return status;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public LocalDate getLastHeldOn() {
    return lastHeldOn;
  }

  public String getGapComment() {
    return gapComment;
  }

  public String getSupervisorComments() {
    return supervisorComments;
  }

  public String getSuperviseeComments() {
    return superviseeComments;
  }

  public LocalDateTime getNextSessionAt() {
    return nextSessionAt;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public LocalDate getSuperviseeSignedOn() {
    return superviseeSignedOn;
  }

  public LocalDate getSupervisorSignedOn() {
    return supervisorSignedOn;
  }

  public LocalDateTime getLockedAt() {
    return lockedAt;
  }

  public Long getCorrectsRecordId() {
    return correctsRecordId;
  }

  public String getCorrection() {
    return correction;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
