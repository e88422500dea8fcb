package org.socialcare.supervision.action;

/**
 * Who follows up the actions of one source when they are overdue, besides their owner. Without
 * one, it is the supervisee's supervisor, who raises the action at the next session; a feature
 * whose actions someone else follows up (an audit's, its auditor) provides a bean.
 */
public interface ActionFollowUp {

  ActionSource source();

  /** The person told when the action is overdue. */
  String followedUpBy(AgreedAction action);

  /** How the overdue action will be followed up, for the reminder's last sentence. */
  default String howFollowedUp(AgreedAction action) {
    return ActionOverdueDelegate.RAISED_AT_NEXT_SESSION;
  }
}
