package org.socialcare.supervision.audit;

/**
 * What a grandparent audit looks at (seed 001, "Audit"): a supervision file with the audit tool,
 * or a team manager's supervision of a practitioner, observed. The decision {@code audit-schedule}
 * says who does which, how often.
 */
public enum AuditKind {
  FILE_AUDIT("Audit of the supervision file"),
  OBSERVATION("Observation of supervision practice");

  private final String label;

  AuditKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
