package org.socialcare.supervision.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_StartDueAudits of {@code audit-schedule-check}: the rounds running today start. */
@Component("startDueAudits")
class StartDueAuditsDelegate implements JavaDelegate {

  private final AuditSchedule schedule;

  StartDueAuditsDelegate(AuditSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("auditsStarted", schedule.startDueAudits().size());
  }
}
