package org.socialcare.supervision.session;

import org.socialcare.supervision.contract.ContractInForce;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A contract in force books the supervisee's schedule, in the same transaction. */
@Component
class ScheduleOnContractInForce {

  private final SessionSchedule schedule;

  ScheduleOnContractInForce(SessionSchedule schedule) {
    this.schedule = schedule;
  }

  @EventListener
  void book(ContractInForce event) {
    schedule.bookYear(event.contractId());
  }
}
