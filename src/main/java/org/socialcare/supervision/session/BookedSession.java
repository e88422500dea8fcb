package org.socialcare.supervision.session;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.socialcare.supervision.contract.SupervisionFrequency;

/** A supervision session in the agreed schedule (seed 001, 3.5: "12 supervisions booked"). */
@Entity
@Table(name = "booked_session")
public class BookedSession {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String superviseeId;
  private String supervisorId;
  private Long contractId;
  private LocalDateTime scheduledAt;
  private int durationMinutes;
  @Enumerated(EnumType.STRING)
  private SessionKind kind;
  /** The frequency that set this date: the gap it allows before a gap comment is needed. */
  @Enumerated(EnumType.STRING)
  private SupervisionFrequency frequency;
  @Enumerated(EnumType.STRING)
  private SessionStatus status;
  private String policyRule;
  private LocalDateTime bookedAt;
  private Long rebookedFromId;
  private String processInstanceId;

  protected BookedSession() {
  }

  BookedSession(String superviseeId, String supervisorId, Long contractId, LocalDateTime scheduledAt,
      int durationMinutes, SessionKind kind, SupervisionFrequency frequency, String policyRule, LocalDateTime bookedAt,
      Long rebookedFromId) {
    this.frequency = frequency;
    this.superviseeId = superviseeId;
    this.supervisorId = supervisorId;
    this.contractId = contractId;
    this.scheduledAt = scheduledAt;
    this.durationMinutes = durationMinutes;
    this.kind = kind;
    this.policyRule = policyRule;
    this.bookedAt = bookedAt;
    this.rebookedFromId = rebookedFromId;
    this.status = SessionStatus.BOOKED;
  }

  void held() {
    requireBooked("be recorded as held");
    status = SessionStatus.HELD;
  }

  void cancel() {
    requireBooked("be cancelled");
    status = SessionStatus.CANCELLED;
  }

  void replace() {
    requireBooked("be replaced");
    status = SessionStatus.REPLACED;
  }

  void withdraw() {
    requireBooked("be withdrawn");
    status = SessionStatus.WITHDRAWN;
  }

  void runsAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** A change of supervisor moves the sessions still to come. */
  void supervisedBy(String supervisorId) {
    this.supervisorId = supervisorId;
  }

  private void requireBooked(String what) {
    if (status != SessionStatus.BOOKED) {
      throw new IllegalStateException("Session " + id + " is " + status + " and cannot " + what);
    }
  }

  public Long getId() {
    return id;
  }

  public String getSuperviseeId() {
    return superviseeId;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public Long getContractId() {
    return contractId;
  }

  public LocalDateTime getScheduledAt() {
    return scheduledAt;
  }

  public LocalDateTime getEndsAt() {
    return scheduledAt.plusMinutes(durationMinutes);
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public SessionKind getKind() {
    return kind;
  }

  public SupervisionFrequency getFrequency() {
    return frequency;
  }

  public SessionStatus getStatus() {
    return status;
  }

  public String getPolicyRule() {
    return policyRule;
  }

  public LocalDateTime getBookedAt() {
    return bookedAt;
  }

  public Long getRebookedFromId() {
    return rebookedFromId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
