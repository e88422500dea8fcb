package org.socialcare.supervision.compliance;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * The hook for "last audit and its judgement" (issue 7): the audit feature (seed 001, section 9,
 * the grandparent audit of a supervision file) implements it. Until it does, {@link NoAuditsYet}
 * answers that nobody has been audited. An implementation marked {@code @Primary} replaces it.
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
