package org.socialcare.supervision.audit;

/** The audit tool's overall judgement of the supervision folder. */
public enum AuditJudgement {
  OUTSTANDING("Outstanding"),
  GOOD("Good"),
  REQUIRES_IMPROVEMENT("Requires Improvement"),
  INADEQUATE("Inadequate");

  private final String label;

  AuditJudgement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
