package org.socialcare.supervision.contract;

public enum ContractStatus {
  /** Drafted by the supervisor, waiting for both signatures. */
  AWAITING_SIGNATURES,
  /** Sent back by the supervisee with comments; kept as it was, a redraft is a new contract. */
  RETURNED,
  /** Signed and dated by both: the contract in force for the supervisee. */
  IN_FORCE,
  /** Replaced by a reviewed or new contract. */
  SUPERSEDED,
  /** Ended with no successor: the supervisee left the organisation. */
  ENDED
}
