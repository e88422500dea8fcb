package org.socialcare.supervision.session;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The escalated manager records what they did about a month without supervision. */
@Component("missedSupervisionResponded")
class MissedSupervisionRespondedListener implements TaskListener {

  private final MissedSupervision missedSupervision;

  MissedSupervisionRespondedListener(MissedSupervision missedSupervision) {
    this.missedSupervision = missedSupervision;
  }

  @Override
  public void notify(DelegateTask task) {
    missedSupervision.respond((Long) task.getVariable("missedMonthId"), task.getVariable("managerResponse"));
  }
}
