package org.socialcare.supervision.contract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.socialcare.supervision.common.DeployedDecisions;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Asks the analysts' decision table {@code supervision-frequency} for the policy minimum. A lookup of
 * policy, answered in memory and remembered per table version ({@link DeployedDecisions#remembered}):
 * no decision history row per question, so read-only transactions may ask it too; the contract keeps
 * the policy line it was drafted under. A version deployed from Modeler answers from the next question.
 */
@Component
public class SupervisionFrequencyDecision implements FrequencyPolicy {

  public static final String DECISION_KEY = "supervision-frequency";

  private final DeployedDecisions deployed;

  public SupervisionFrequencyDecision(DeployedDecisions deployed) {
    this.deployed = deployed;
  }

  /** The table as deployed now, for many questions in a row (compliance over all staff). */
  @Override
  public FrequencyPolicy snapshot() {
    DmnDecision table = deployed.latest(DECISION_KEY);
    return (supervisee, day) -> deployed.remembered(table, inputsFor(supervisee, day),
        inputs -> policyFrequency(deployed.evaluate(table, inputs).getSingleResult(), inputs));
  }

  @Override
  public PolicyFrequency minimumFor(StaffMember supervisee, LocalDate day) {
    return snapshot().minimumFor(supervisee, day);
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
