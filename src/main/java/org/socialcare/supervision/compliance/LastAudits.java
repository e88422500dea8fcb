package org.socialcare.supervision.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * "Last audit and its judgement" for compliance (issue 7): implemented by the audit feature
 * ({@code audit.AuditsForCompliance}, seed 001 "Audit", the grandparent audit of a supervision file),
 * so compliance depends on no audit class.
 */
public interface LastAudits {

  /** The last completed audit of each person's supervision file; people never audited are absent. */
  Map<String, LastAudit> lastAuditsOf(Collection<String> userIds);

  /** One audit: when, its overall judgement (Outstanding, Good, Requires Improvement, Inadequate), by whom. */
  record LastAudit(LocalDate auditedOn, String judgement, String auditorId) {

    /** Requires Improvement and Inadequate call for action (audit tool, overall judgement). */
    public boolean needsImprovement() {
      return judgement != null && (judgement.equalsIgnoreCase("Requires Improvement")
          || judgement.equalsIgnoreCase("REQUIRES_IMPROVEMENT") || judgement.equalsIgnoreCase("Inadequate"));
    }
  }
}
