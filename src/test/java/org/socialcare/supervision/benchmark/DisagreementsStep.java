package org.socialcare.supervision.benchmark;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.escalation.DisagreementProcess;

/**
 * Disagreements: a practitioner ticks "I disagree with a decision in this record" while signing one
 * of their records in fifty ({@link SessionsStep}); the manager the contract names decides within five
 * working days, meeting both parties in one case in three. None is left to escalate.
 */
final class DisagreementsStep implements YearStep {

  /** One signed record in this many carries a disagreement. */
  static final int ONE_IN = 50;
  private static final int DAYS_TO_DECIDE = 5;

  int decided;

  @Override
  public String name() {
    return "disagreements";
  }

  /** What the supervisee adds to their signature to raise a disagreement. */
  static Map<String, Object> raisedWhileSigning() {
    return Map.of("raiseDisagreement", true,
        "disagreedDecision", "To close the case of the youngest child at the next review",
        "superviseePosition", "The school still reports concerns; the case should stay open",
        "supervisorPosition", "The plan's goals are met and the family engages with early help",
        "atStake", "The child's safety if concerns return after closure");
  }

  @Override
  public void onDay(LocalDate day, Simulation simulation) {
    Simulation.at(day.atTime(15, 0));
    for (Task decision : simulation.openedDaysAgo(DisagreementProcess.KEY, "UserTask_DecideDisagreement",
        DAYS_TO_DECIDE)) {
      simulation.submit(decision, Map.of("resolution", "Keep the case open to the next review; revisit then",
          "metBothParties", decided % 3 == 0));
      decided++;
    }
  }
}
