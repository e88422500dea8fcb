package org.socialcare.supervision.contract;

import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialcare.supervision.contract.ContractProcess.Var;
import org.springframework.stereotype.Component;

/** ServiceTask_PutContractInForce: the signed contract is in force; the review timer is set from it. */
@Component("putContractInForce")
class PutContractInForceDelegate implements JavaDelegate {

  private final ContractService contracts;
  private final ContractProcess contractProcess;

  PutContractInForceDelegate(ContractService contracts, ContractProcess contractProcess) {
    this.contracts = contracts;
    this.contractProcess = contractProcess;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionContract contract = contracts.putInForce((Long) execution.getVariable(Var.CONTRACT_ID));
    contractProcess.endEarlierContracts(contract.getSuperviseeId());
    execution.setVariable(Var.REVIEW_DUE_AT,
        Date.from(contract.getReviewDate().atStartOfDay(ZoneId.systemDefault()).toInstant()));
  }
}
