package org.socialcare.supervision.session;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.socialcare.supervision.common.DeployedDecisions;
import org.socialcare.supervision.organisation.ChildCase;
import org.socialcare.supervision.organisation.NatureOfInvolvement;
import org.springframework.stereotype.Component;

/**
 * When a child is next due for discussion in supervision, from the analysts' decision table
 * {@code case-discussion-frequency} (seed 002) and the child's last discussion.
 */
@Component
public class CaseDiscussionFrequency {

  public static final String DECISION_KEY = "case-discussion-frequency";

  /** The policy line for one nature of involvement. */
  public record Rule(Integer firstDiscussionWithinDays, int discussEveryMonths, String rule) {

    /** The day by which a case opened on {@code openedOn} and last discussed then (or never) is next due. */
    public LocalDate dueOn(LocalDate openedOn, LocalDate lastDiscussedOn) {
      if (lastDiscussedOn != null) {
        return lastDiscussedOn.plusMonths(discussEveryMonths);
      }
      return firstDiscussionWithinDays != null
          ? openedOn.plusDays(firstDiscussionWithinDays)
          : openedOn.plusMonths(discussEveryMonths);
    }
  }

  private final DeployedDecisions deployed;

  public CaseDiscussionFrequency(DeployedDecisions deployed) {
    this.deployed = deployed;
  }

  /** The rules of the table as deployed now, for the children of one list: the version is looked up once. */
  public interface Rules {
    Rule ruleFor(ChildCase childCase);

    /**
     * The day by which the child must next be discussed: an interval after the last discussion, or,
     * never discussed, the first review after opening (20 days for an assessment) or one interval.
     */
    default LocalDate dueOn(ChildCase childCase, LocalDate lastDiscussedOn) {
      return ruleFor(childCase).dueOn(childCase.getOpenedOn(), lastDiscussedOn);
    }
  }

  /**
   * The table as deployed now. A lookup of policy, asked for every child on a record form and a
   * compliance report: evaluated in memory, once per nature of involvement and table version,
   * without a decision history entry (and so also in the compliance service's read-only transactions).
   */
  public Rules rules() {
    DmnDecision decision = deployed.latest(DECISION_KEY);
    return childCase -> deployed.remembered(decision, childCase.getNatureOfInvolvement(),
        nature -> rule(decision, nature));
  }

  /** When one child is next due (a list of children asks {@link #rules()} once instead). */
  public LocalDate dueOn(ChildCase childCase, LocalDate lastDiscussedOn) {
    return rules().dueOn(childCase, lastDiscussedOn);
  }

  private Rule rule(DmnDecision decision, NatureOfInvolvement nature) {
    DmnDecisionResultEntries result = deployed.evaluate(decision, Map.of("natureOfInvolvement", nature.name()))
        .getSingleResult();
    if (result == null) {
      throw new IllegalStateException("The decision '" + DECISION_KEY + "' has no rule for " + nature
          + "; add one in Camunda Modeler");
    }
    // An empty cell leaves the entry out of the result.
    Number firstWithin = (Number) result.get("firstDiscussionWithinDays");
    return new Rule(firstWithin == null ? null : firstWithin.intValue(),
        ((Number) result.get("discussEveryMonths")).intValue(), (String) result.get("rule"));
  }
}
