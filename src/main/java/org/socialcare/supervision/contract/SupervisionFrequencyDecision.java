package org.socialcare.supervision.contract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.DecisionService;
import org.socialcare.supervision.common.DeployedDecisions;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.stereotype.Component;

/** Asks the analysts' decision table {@code supervision-frequency} for the policy minimum. */
@Component
public class SupervisionFrequencyDecision implements FrequencyPolicy {

  public static final String DECISION_KEY = "supervision-frequency";

  private final DecisionService decisions;
  private final DeployedDecisions deployed;
  private final SystemAccess systemAccess;

  public SupervisionFrequencyDecision(DecisionService decisions, DeployedDecisions deployed,
      SystemAccess systemAccess) {
    this.decisions = decisions;
    this.deployed = deployed;
    this.systemAccess = systemAccess;
  }

  /**
   * The table as deployed now, for many questions in a row (compliance over all staff): each
   * distinct question is answered once, in memory, without a decision history entry per person.
   */
  @Override
  public FrequencyPolicy snapshot() {
    DmnDecision decision = deployed.latest(DECISION_KEY);
    Map<Map<String, Object>, PolicyFrequency> answers = new HashMap<>();
    return (supervisee, day) -> answers.computeIfAbsent(inputsFor(supervisee, day),
        inputs -> policyFrequency(deployed.evaluate(decision, inputs).getSingleResult(),
            inputs));
  }

  @Override
  public PolicyFrequency minimumFor(StaffMember supervisee, LocalDate day) {
    return evaluate(inputsFor(supervisee, day));
  }

  /** What the table is asked about this person on this day; equal inputs give equal answers. */
  private static Map<String, Object> inputsFor(StaffMember supervisee, LocalDate day) {
    boolean asye = supervisee.isAsyeOn(day);
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("staffCategory", supervisee.getCategory().name());
    inputs.put("asye", asye);
    inputs.put("weeksSinceAsyeStart", asye ? ChronoUnit.WEEKS.between(supervisee.getAsyeStartDate(), day) : null);
    inputs.put("monthsSinceAsyeStart", asye ? ChronoUnit.MONTHS.between(supervisee.getAsyeStartDate(), day) : null);
    return inputs;
  }

  private PolicyFrequency evaluate(Map<String, Object> inputs) {
    return policyFrequency(systemAccess.run(() ->
        decisions.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate().getSingleResult()), inputs);
  }

  private static PolicyFrequency policyFrequency(DmnDecisionResultEntries result, Map<String, Object> inputs) {
    if (result == null) {
      throw new IllegalStateException("The decision '" + DECISION_KEY + "' has no rule for staff category "
          + inputs.get("staffCategory") + (Boolean.TRUE.equals(inputs.get("asye")) ? " (ASYE)" : "")
          + "; add one in Camunda Modeler");
    }
    // An empty cell ("as required") leaves the entry out of the result altogether.
    Number duration = (Number) result.get("durationMinutes");
    Object alternate = result.get("alternateGroupAndIndividual");
    return new PolicyFrequency(
        SupervisionFrequency.valueOf(result.getEntry("frequency")),
        duration == null ? null : duration.intValue(),
        SupervisionFormat.valueOf(result.getEntry("format")),
        Boolean.TRUE.equals(alternate),
        result.getEntry("rule"));
  }
}
