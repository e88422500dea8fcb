package org.socialcare.supervision.contract;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.contract.ContractProcess.Var;
import org.springframework.stereotype.Component;

/** Completing UserTask_SupervisorSignsContract: the supervisor's signature, dated today. */
@Component("contractSignedBySupervisor")
class SupervisorSignedListener implements TaskListener {

  private final ContractService contracts;

  SupervisorSignedListener(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!Boolean.TRUE.equals(task.getVariable(Var.SUPERVISOR_SIGNS))) {
      throw new SubmissionRejectedException(Var.SUPERVISOR_SIGNS, "Tick the box to sign the contract");
    }
    contracts.signBySupervisor((Long) task.getVariable(Var.CONTRACT_ID));
  }
}
