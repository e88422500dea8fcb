package org.socialcare.supervision.audit;

import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.organisation.Position;
import org.springframework.stereotype.Component;

/**
 * Asks the analysts' decision table {@code audit-schedule} (seed 001, the audit timetable) what a
 * manager in a position audits: whose files (by the supervisee's position), how often and how many.
 */
@Component
class AuditScheduleDecision {

  static final String DECISION_KEY = "audit-schedule";

  /** One line of the timetable: the supervisees' position, every how many months, how many per round. */
  record AuditPolicy(Position auditedPosition, int everyMonths, int perRound, String rule) {
  }

  private final DecisionService decisions;
  private final SystemAccess systemAccess;

  AuditScheduleDecision(DecisionService decisions, SystemAccess systemAccess) {
    this.decisions = decisions;
    this.systemAccess = systemAccess;
  }

  Optional<AuditPolicy> policyFor(Position auditor, AuditKind kind) {
    DmnDecisionResultEntries result = systemAccess.run(() -> decisions.evaluateDecisionByKey(DECISION_KEY)
        .variables(Map.of("auditorPosition", auditor.name(), "auditKind", kind.name())).evaluate().getFirstResult());
    if (result == null) {
      return Optional.empty();
    }
    return Optional.of(new AuditPolicy(Position.valueOf(result.getEntry("auditedPosition")),
        ((Number) result.getEntry("everyMonths")).intValue(), ((Number) result.getEntry("perRound")).intValue(),
        result.getEntry("rule")));
  }
}
