package org.socialcare.supervision.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The auditor's answer to one question of the audit tool, beside what the application's evidence
 * suggested; an answer that differs from the evidence carries the auditor's reason.
 */
@Entity
@Table(name = "audit_answer")
public class AuditAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long auditId;
  private int position;
  @Enumerated(EnumType.STRING)
  private AuditQuestion question;
  private String evidence;
  private Boolean suggestedAnswer;
  private Boolean answer;
  private String reason;

  protected AuditAnswer() {
  }

  AuditAnswer(Long auditId, AuditQuestion question, String evidence, Boolean suggestedAnswer) {
    this.auditId = auditId;
    this.position = question.ordinal() + 1;
    this.question = question;
    this.evidence = evidence;
    this.suggestedAnswer = suggestedAnswer;
  }

  void answer(boolean answer, String reason) {
    this.answer = answer;
    this.reason = reason;
  }

  public boolean disagreesWithEvidence() {
    return suggestedAnswer != null && answer != null && !suggestedAnswer.equals(answer);
  }

  public Long getId() {
    return id;
  }

  public Long getAuditId() {
    return auditId;
  }

  public AuditQuestion getQuestion() {
    return question;
  }

  public String getEvidence() {
    return evidence;
  }

  public Boolean getSuggestedAnswer() {
    return suggestedAnswer;
  }

  public Boolean getAnswer() {
    return answer;
  }

  public String getReason() {
    return reason;
  }
}
