package org.socialcare.supervision.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialcare.supervision.contract.ContractProcess.Var;
import org.springframework.stereotype.Component;

/** ServiceTask_OpenReview: the review form starts from the contract in force. */
@Component("openContractReview")
class OpenContractReviewDelegate implements JavaDelegate {

  private final ContractService contracts;
  private final ContractFormVariables formVariables;

  OpenContractReviewDelegate(ContractService contracts, ContractFormVariables formVariables) {
    this.contracts = contracts;
    this.formVariables = formVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    formVariables.writeDraft(execution, contracts.openReview((String) execution.getVariable(Var.SUPERVISEE_ID)));
  }
}
