package org.socialcare.supervision.action;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RemindOverdueAction: the action's date has passed. Its owner is reminded, and the
 * supervisor told, so it is raised at the next session - or whoever an {@link ActionFollowUp}
 * names for the action's source (an audit's auditor).
 */
@Component("remindOverdueAction")
class ActionOverdueDelegate implements JavaDelegate {

  static final String RAISED_AT_NEXT_SESSION = "It will be raised at the next supervision session.";

  private final ActionService actions;
  private final NotificationService notifications;
  private final LineManagement lineManagement;
  private final List<ActionFollowUp> followUps;

  ActionOverdueDelegate(ActionService actions, NotificationService notifications, LineManagement lineManagement,
      List<ActionFollowUp> followUps) {
    this.actions = actions;
    this.notifications = notifications;
    this.lineManagement = lineManagement;
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AgreedAction action = actions.action((Long) execution.getVariable(ActionProcess.Var.ACTION_ID));
    if (action.getStatus() != ActionStatus.OPEN) {
      return;
    }
    Optional<ActionFollowUp> followUp = followUps.stream().filter(f -> f.source() == action.getSource()).findFirst();
    String subject = "Action overdue since " + action.getDueOn() + ": " + abbreviate(action.getDescription());
    String body = "The action agreed in supervision for " + lineManagement.nameOf(action.getSuperviseeId())
        + " was due on " + action.getDueOn() + " and is not yet reported done:\n\n" + action.getDescription()
        + "\n\n" + followUp.map(f -> f.howFollowedUp(action)).orElse(RAISED_AT_NEXT_SESSION);
    notifications.notify(action.getOwnerId(), subject, body);
    String followedUpBy = followUp.map(f -> f.followedUpBy(action))
        .orElseGet(() -> lineManagement.supervisorOf(action.getSuperviseeId()));
    if (followedUpBy != null && !followedUpBy.equals(action.getOwnerId())) {
      notifications.notify(followedUpBy, subject, body);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
