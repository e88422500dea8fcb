package org.socialcare.supervision.notification;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Timeout task listeners the diagrams attach to user tasks: at the due date the assignee is
 * reminded ({@code ${remindAssignee}}); a further period later the assignee's line manager is told
 * ({@code ${tellAssigneesLineManager}}). The periods are the timers in the diagrams.
 */
@Configuration
class OverdueTaskReminders {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

  @Bean
  TaskListener remindAssignee(NotificationService notifications, LineManagement lineManagement) {
    return task -> {
      if (task.getAssignee() != null) {
        notifications.notify(task.getAssignee(), "Due: " + task.getName(),
            "Your task \"" + task.getName() + "\"" + about(task, lineManagement) + " is due" + dueDate(task)
                + ". Please complete it in Tasklist.");
      }
    };
  }

  @Bean
  TaskListener tellAssigneesLineManager(NotificationService notifications, LineManagement lineManagement) {
    return task -> {
      String assignee = task.getAssignee();
      String manager = assignee == null ? null : lineManagement.find(assignee).map(m -> m.getLineManagerId()).orElse(null);
      if (manager != null) {
        notifications.notify(manager, "Overdue: " + task.getName() + " (" + lineManagement.nameOf(assignee) + ")",
            lineManagement.nameOf(assignee) + " has not completed \"" + task.getName() + "\""
                + about(task, lineManagement) + ", due" + dueDate(task) + ".");
      }
    };
  }

  /**
   * Whom the task is about: the person the process is about, or what the process calls itself
   * where its business key names no person (a group session shows "Group supervision, <date>").
   */
  private static String about(DelegateTask task, LineManagement lineManagement) {
    String person = task.getExecution().getProcessBusinessKey();
    if (person != null && lineManagement.find(person).isPresent()) {
      return " about " + lineManagement.nameOf(person);
    }
    Object shownAs = task.getVariable(TasklistFilters.ABOUT);
    return shownAs == null ? "" : " (" + shownAs + ")";
  }

  private static String dueDate(DelegateTask task) {
    return task.getDueDate() == null ? ""
        : " on " + DAY.format(task.getDueDate().toInstant().atZone(ZoneId.systemDefault()));
  }
}
