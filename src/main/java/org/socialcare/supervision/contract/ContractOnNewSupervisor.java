package org.socialcare.supervision.contract;

import org.socialcare.supervision.organisation.SupervisorAssigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Every new supervisory relationship starts with a contract for the new supervisor to draft. */
@Component
class ContractOnNewSupervisor {

  private final ContractProcess contractProcess;

  ContractOnNewSupervisor(ContractProcess contractProcess) {
    this.contractProcess = contractProcess;
  }

  @EventListener
  void startContract(SupervisorAssigned event) {
    contractProcess.start(event.superviseeId());
  }
}
