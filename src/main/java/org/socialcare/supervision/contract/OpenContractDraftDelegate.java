package org.socialcare.supervision.contract;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialcare.supervision.contract.ContractProcess.Var;
import org.springframework.stereotype.Component;

/** ServiceTask_OpenDraft: the business key becomes the supervisee, the form gets the policy's terms. */
@Component("openContractDraft")
class OpenContractDraftDelegate implements JavaDelegate {

  private final ContractService contracts;
  private final ContractFormVariables formVariables;

  OpenContractDraftDelegate(ContractService contracts, ContractFormVariables formVariables) {
    this.contracts = contracts;
    this.formVariables = formVariables;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String superviseeId = contracts.superviseeIdOf(execution.getVariable(Var.SUPERVISEE_ID));
    ContractDraft draft = contracts.openDraft(superviseeId, (String) execution.getVariable(Var.STARTED_BY));
    execution.setProcessBusinessKey(superviseeId);
    formVariables.writeDraft(execution, draft);
  }
}
