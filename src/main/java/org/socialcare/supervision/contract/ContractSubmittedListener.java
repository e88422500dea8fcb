package org.socialcare.supervision.contract;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.contract.ContractProcess.Var;
import org.springframework.stereotype.Component;

/**
 * Completing UserTask_DraftContract or UserTask_ReviewContract: the submitted terms are checked and
 * stored as a contract awaiting both signatures. A broken rule rejects the completion.
 */
@Component("contractSubmittedForSignature")
class ContractSubmittedListener implements TaskListener {

  private final ContractService contracts;
  private final ContractFormVariables formVariables;

  ContractSubmittedListener(ContractService contracts, ContractFormVariables formVariables) {
    this.contracts = contracts;
    this.formVariables = formVariables;
  }

  @Override
  public void notify(DelegateTask task) {
    Long previous = (Long) task.getVariable(Var.CONTRACT_ID);
    SupervisionContract contract = contracts.submitForSignature((String) task.getVariable(Var.SUPERVISEE_ID),
        task.getVariables(), previous, task.getProcessInstanceId());
    task.setVariable(Var.CONTRACT_ID, contract.getId());
    // The signing forms show exactly what was stored, normalised.
    formVariables.writeTerms(task.getExecution(), contract.terms());
    task.setVariable(Var.SUPERVISEE_DECISION, null);
    task.setVariable(Var.SUPERVISOR_SIGNS, null);
  }
}
