package org.socialcare.supervision.session;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.session.SessionProcess.Var;
import org.springframework.stereotype.Component;

/** Completing UserTask_SetNewDate: the cancelled session is booked again, and the process waits for the new date. */
@Component("rebookSession")
class RebookSessionListener implements TaskListener {

  private final SessionSchedule schedule;

  RebookSessionListener(SessionSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void notify(DelegateTask task) {
    BookedSession rebooked = schedule.rebook((Long) task.getVariable(Var.SESSION_ID),
        task.getVariable("newSessionDate"), task.getVariable("newSessionTime"));
    task.setVariable(Var.SESSION_ID, rebooked.getId());
    task.setVariable(Var.SCHEDULED_FOR, SessionTimes.display(rebooked.getScheduledAt()));
  }
}
