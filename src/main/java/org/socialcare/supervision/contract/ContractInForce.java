package org.socialcare.supervision.contract;

/** Published in the transaction that puts a signed contract in force; the schedule is booked from it. */
public record ContractInForce(Long contractId, String superviseeId) {
}
