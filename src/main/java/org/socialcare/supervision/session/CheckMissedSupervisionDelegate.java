package org.socialcare.supervision.session;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_FindMissedMonths of {@code missed-supervision-check}: the month just ended is checked. */
@Component("findMissedSupervision")
class CheckMissedSupervisionDelegate implements JavaDelegate {

  private final MissedSupervision missedSupervision;

  CheckMissedSupervisionDelegate(MissedSupervision missedSupervision) {
    this.missedSupervision = missedSupervision;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("missedCount", missedSupervision.checkLastMonth().size());
  }
}
