package org.socialcare.supervision.contract;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.socialcare.supervision.common.DeployedDecisions;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.stereotype.Component;

/**
 * Asks the analysts' decision table {@code supervision-frequency} for the policy minimum. The table
 * is a pure function of its four inputs, of which few combinations exist (a staff category, and an
 * ASYE's week and month), so each version's answers are kept: booking a contract's year asks it
 * once per planned session, and evaluating it each time (FEEL) was a seventh of the time the
 * benchmark's year spent in the application (BENCHMARKS.md). A version deployed from Modeler is
 * asked afresh from the next question on. It is a lookup of policy, read in memory like any other
 * reference data: no decision history row per question, so it may be asked in read-only
 * transactions; the contract keeps the policy line it was drafted under.
 */
@Component
public class SupervisionFrequencyDecision implements FrequencyPolicy {

  public static final String DECISION_KEY = "supervision-frequency";

  private final DeployedDecisions deployed;
  private volatile Answers answers;

  public SupervisionFrequencyDecision(DeployedDecisions deployed) {
    this.deployed = deployed;
  }

  /** One version of the table and what it has answered so far. */
  private record Answers(DmnDecision table, Map<Map<String, Object>, PolicyFrequency> byInputs) {
  }

  /** The table as deployed now, for many questions in a row (compliance over all staff). */
  @Override
  public FrequencyPolicy snapshot() {
    Answers current = answersOfLatestVersion();
    return (supervisee, day) -> current.byInputs().computeIfAbsent(inputsFor(supervisee, day),
        inputs -> policyFrequency(deployed.evaluate(current.table(), inputs).getSingleResult(), inputs));
  }

  @Override
  public PolicyFrequency minimumFor(StaffMember supervisee, LocalDate day) {
    return snapshot().minimumFor(supervisee, day);
  }

  private Answers answersOfLatestVersion() {
    DmnDecision latest = deployed.latest(DECISION_KEY);
    Answers current = answers;
    if (current == null || current.table() != latest) {
      current = new Answers(latest, new ConcurrentHashMap<>());
      answers = current;
    }
    return current;
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
