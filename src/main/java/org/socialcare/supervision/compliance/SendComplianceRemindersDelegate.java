package org.socialcare.supervision.compliance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_SendReminders of {@code compliance-reminders}: today's reminders, each sent once. */
@Component("sendComplianceReminders")
class SendComplianceRemindersDelegate implements JavaDelegate {

  public static final String PROCESS_KEY = "compliance-reminders";

  private final ComplianceReminders reminders;

  SendComplianceRemindersDelegate(ComplianceReminders reminders) {
    this.reminders = reminders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("remindersSent", reminders.sendDue());
  }
}
