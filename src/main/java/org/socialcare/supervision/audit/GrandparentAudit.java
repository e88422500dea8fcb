package org.socialcare.supervision.audit;

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
 * One grandparent audit (seed 001, "Audit"): the manager of the supervisor audits the supervisee's
 * supervision file, or observes the supervisor supervising them. Records who was chosen, by whom,
 * why and when, then what the auditor found.
 */
@Entity
@Table(name = "grandparent_audit")
public class GrandparentAudit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  @Enumerated(EnumType.STRING)
  private AuditKind kind;
  private String superviseeId;
  private String supervisorId;
  private String auditorId;
  private LocalDate roundStart;
  private String policyRule;
  private String choiceReason;
  private LocalDateTime chosenAt;
  @Enumerated(EnumType.STRING)
  private AuditStatus status;
  @Enumerated(EnumType.STRING)
  private AuditJudgement judgement;
  private String qualityComment;
  private LocalDate observedOn;
  private String strengths;
  private String developmentPoints;
  private LocalDate completedOn;
  private String processInstanceId;

  protected GrandparentAudit() {
  }

  GrandparentAudit(AuditKind kind, String superviseeId, String supervisorId, String auditorId, LocalDate roundStart,
      String policyRule, String choiceReason, LocalDateTime chosenAt) {
    this.kind = kind;
    this.superviseeId = superviseeId;
    this.supervisorId = supervisorId;
    this.auditorId = auditorId;
    this.roundStart = roundStart;
    this.policyRule = policyRule;
    this.choiceReason = choiceReason;
    this.chosenAt = chosenAt;
    this.status = AuditStatus.OPEN;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void judged(AuditJudgement judgement, String qualityComment, LocalDate day) {
    requireOpen();
    this.judgement = judgement;
    this.qualityComment = qualityComment;
    complete(day);
  }

  void observed(LocalDate observedOn, String strengths, String developmentPoints, LocalDate day) {
    requireOpen();
    this.observedOn = observedOn;
    this.strengths = strengths;
    this.developmentPoints = developmentPoints;
    complete(day);
  }

  private void complete(LocalDate day) {
    this.completedOn = day;
    this.status = AuditStatus.COMPLETED;
  }

  private void requireOpen() {
    if (status != AuditStatus.OPEN) {
      throw new IllegalStateException("Audit " + id + " is already completed");
    }
  }

  public Long getId() {
    return id;
  }

  public AuditKind getKind() {
    return kind;
  }

  public String getSuperviseeId() {
    return superviseeId;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public String getAuditorId() {
    return auditorId;
  }

  public LocalDate getRoundStart() {
    return roundStart;
  }

  public String getPolicyRule() {
    return policyRule;
  }

  public String getChoiceReason() {
    return choiceReason;
  }

  public LocalDateTime getChosenAt() {
    return chosenAt;
  }

  public AuditStatus getStatus() {
    return status;
  }

  public AuditJudgement getJudgement() {
    return judgement;
  }

  public String getQualityComment() {
    return qualityComment;
  }

  public LocalDate getObservedOn() {
    return observedOn;
  }

  public String getStrengths() {
    return strengths;
  }

  public String getDevelopmentPoints() {
    return developmentPoints;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
