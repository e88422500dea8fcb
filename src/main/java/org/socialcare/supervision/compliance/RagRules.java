package org.socialcare.supervision.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.socialcare.supervision.compliance.StaffCompliance.OverdueCase;
import org.socialcare.supervision.contract.SupervisionFrequency;

/**
 * The RAG status of one person, with the reason for each rule that applies (shown to managers).
 *
 * <p>RED - the policy is breached (seed 001, 3.5 and 3.6; seed 002):
 * <ol>
 *   <li>no supervision contract in force;</li>
 *   <li>two or more calendar months in a row without supervision ("should not be missed for more than
 *   one consecutive month");</li>
 *   <li>fewer sessions of at least 1.5 hours in the last 12 months than the minimum of 10 a year,
 *   pro rata for the part of the year under contract;</li>
 *   <li>an ASYE with two or more periods of their schedule without supervision;</li>
 *   <li>a child's case overdue for discussion by more than 30 days.</li>
 * </ol>
 * AMBER - at risk:
 * <ol>
 *   <li>the calendar month just ended without supervision;</li>
 *   <li>the next session is overdue by the contracted frequency;</li>
 *   <li>fewer sessions held in the last 12 months than the contracted frequency asks for;</li>
 *   <li>an ASYE with one period of their schedule without supervision;</li>
 *   <li>an agreed action past its date;</li>
 *   <li>a child's case overdue for discussion;</li>
 *   <li>the contract's review date has passed;</li>
 *   <li>no session booked ahead;</li>
 *   <li>the last audit of the supervision file judged it Requires Improvement or Inadequate.</li>
 * </ol>
 * GREEN - none of these.
 */
public final class RagRules {

  /** A case this many days past its due date breaches the policy rather than being at risk. */
  static final int CASE_DAYS_OVERDUE_FOR_RED = 30;

  /** The status and the reasons for it. */
  public record Verdict(Rag rag, List<String> reasons) {
  }

  private RagRules() {
  }

  public static Verdict judge(StaffCompliance facts, LocalDate asOf) {
    List<String> red = new ArrayList<>();
    List<String> amber = new ArrayList<>();
    if (facts.contract() == null) {
      red.add("No supervision contract in force");
    }
    if (facts.consecutiveMissedMonths() >= 2) {
      red.add(facts.consecutiveMissedMonths() + " months in a row without supervision (policy: never more than one)");
    } else if (facts.consecutiveMissedMonths() == 1) {
      amber.add("No supervision last month");
    }
    if (facts.qualifyingSessions() < facts.minimumSessions()) {
      red.add(facts.qualifyingSessions() + " sessions of 1.5 hours in 12 months, below the minimum of "
          + facts.minimumSessions() + " (10 a year, pro rata)");
    }
    if (facts.asye() != null) {
      int missed = facts.asye().missedPeriodStarts().size();
      if (missed >= 2) {
        red.add("ASYE: " + missed + " of " + facts.asye().periodsDue() + " periods of the schedule without supervision");
      } else if (missed == 1) {
        amber.add("ASYE: 1 of " + facts.asye().periodsDue() + " periods of the schedule without supervision");
      }
    }
    for (OverdueCase overdue : facts.overdueCases()) {
      String text = "Case " + overdue.reference() + " not discussed since "
          + (overdue.lastDiscussedOn() == null ? "it opened" : overdue.lastDiscussedOn()) + ", due " + overdue.dueOn()
          + " (" + overdue.rule() + ")";
      (overdue.daysOverdue() > CASE_DAYS_OVERDUE_FOR_RED ? red : amber).add(text);
    }
    if (facts.contract() != null && facts.nextDueBy() != null && facts.nextDueBy().isBefore(asOf)) {
      amber.add("Supervision overdue since " + facts.nextDueBy() + " (" + label(facts.contract().frequency())
          + " by contract)");
    }
    if (facts.sessionsHeld() < facts.expectedSessions()) {
      amber.add(facts.sessionsHeld() + " sessions held in 12 months, the contract asks for " + facts.expectedSessions());
    }
    if (facts.overdueActions() > 0) {
      amber.add(facts.overdueActions() + " agreed action(s) overdue");
    }
    if (facts.contract() != null && facts.contract().reviewDate().isBefore(asOf)) {
      amber.add("Contract review was due on " + facts.contract().reviewDate());
    }
    if (facts.contract() != null && facts.nextBookedAt() == null) {
      amber.add("No session booked ahead");
    }
    if (facts.lastAudit() != null && facts.lastAudit().needsImprovement()) {
      amber.add("Last audit (" + facts.lastAudit().auditedOn() + "): " + facts.lastAudit().judgement());
    }
    List<String> reasons = new ArrayList<>(red);
    reasons.addAll(amber);
    Rag rag = !red.isEmpty() ? Rag.RED : !amber.isEmpty() ? Rag.AMBER : Rag.GREEN;
    return new Verdict(rag, List.copyOf(reasons));
  }

  private static String label(SupervisionFrequency frequency) {
    return frequency.label().toLowerCase();
  }
}
