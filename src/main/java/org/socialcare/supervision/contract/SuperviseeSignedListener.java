package org.socialcare.supervision.contract;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.contract.ContractProcess.Var;
import org.springframework.stereotype.Component;

/** Completing UserTask_SuperviseeSignsContract: signed, or returned to the supervisor with comments. */
@Component("contractSignedBySupervisee")
class SuperviseeSignedListener implements TaskListener {

  private final ContractService contracts;

  SuperviseeSignedListener(ContractService contracts) {
    this.contracts = contracts;
  }

  @Override
  public void notify(DelegateTask task) {
    Long contractId = (Long) task.getVariable(Var.CONTRACT_ID);
    Object decision = task.getVariable(Var.SUPERVISEE_DECISION);
    if (ContractProcess.DECISION_SIGN.equals(decision)) {
      contracts.signBySupervisee(contractId);
    } else if (ContractProcess.DECISION_RETURN.equals(decision)) {
      contracts.returnToSupervisor(contractId, task.getVariable(Var.RETURN_COMMENTS));
    } else {
      throw new SubmissionRejectedException(Var.SUPERVISEE_DECISION,
          "Choose whether to sign the contract or return it to your supervisor");
    }
  }
}
