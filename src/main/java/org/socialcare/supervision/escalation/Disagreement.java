package org.socialcare.supervision.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A decision from a supervision session that supervisor and supervisee cannot agree on, referred
 * to a service manager (seed 001, Appendix 1, "Disagreements"). What was raised never changes; the
 * escalation and the resolution are added once each.
 */
@Entity
@Table(name = "disagreement")
public class Disagreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String superviseeId;
  private String supervisorId;
  private String raisedBy;
  private Long recordId;
  @Column(length = 4000)
  private String decision;
  @Column(length = 4000)
  private String superviseePosition;
  @Column(length = 4000)
  private String supervisorPosition;
  @Column(length = 4000)
  private String atStake;
  private String decidingManagerId;
  /** A dispute between a service manager and a team manager: recorded on the supervision record itself. */
  private boolean onRecord;
  private LocalDateTime raisedAt;
  private String escalatedToId;
  private LocalDateTime escalatedAt;
  private String decidedBy;
  @Column(length = 4000)
  private String resolution;
  private Boolean metBothParties;
  private LocalDateTime decidedAt;
  private String processInstanceId;

  protected Disagreement() {
  }

  Disagreement(DisagreementDraft draft, String decidingManagerId, boolean onRecord, LocalDateTime raisedAt,
      String processInstanceId) {
    this.superviseeId = draft.superviseeId();
    this.supervisorId = draft.supervisorId();
    this.raisedBy = draft.raisedBy();
    this.recordId = draft.recordId();
    this.decision = draft.decision();
    this.superviseePosition = draft.superviseePosition();
    this.supervisorPosition = draft.supervisorPosition();
    this.atStake = draft.atStake();
    this.decidingManagerId = decidingManagerId;
    this.onRecord = onRecord;
    this.raisedAt = raisedAt;
    this.processInstanceId = processInstanceId;
  }

  void escalateTo(String managerId, LocalDateTime now) {
    requireOpen();
    this.escalatedToId = managerId;
    this.escalatedAt = now;
  }

  void resolve(String decidedBy, String resolution, boolean metBothParties, LocalDateTime now) {
    requireOpen();
    this.decidedBy = decidedBy;
    this.resolution = resolution;
    this.metBothParties = metBothParties;
    this.decidedAt = now;
  }

  public boolean isResolved() {
    return decidedAt != null;
  }

  /** The other party, who is told what was raised. */
  public String otherPartyThan(String userId) {
    return superviseeId.equals(userId) ? supervisorId : superviseeId;
  }

  private void requireOpen() {
    if (isResolved()) {
      throw new IllegalStateException("Disagreement " + id + " is already resolved");
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

  public String getRaisedBy() {
    return raisedBy;
  }

  public Long getRecordId() {
    return recordId;
  }

  public String getDecision() {
    return decision;
  }

  public String getSuperviseePosition() {
    return superviseePosition;
  }

  public String getSupervisorPosition() {
    return supervisorPosition;
  }

  public String getAtStake() {
    return atStake;
  }

  public String getDecidingManagerId() {
    return decidingManagerId;
  }

  public boolean isOnRecord() {
    return onRecord;
  }

  public LocalDateTime getRaisedAt() {
    return raisedAt;
  }

  public String getEscalatedToId() {
    return escalatedToId;
  }

  public LocalDateTime getEscalatedAt() {
    return escalatedAt;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public String getResolution() {
    return resolution;
  }

  public Boolean getMetBothParties() {
    return metBothParties;
  }

  public LocalDateTime getDecidedAt() {
    return decidedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
