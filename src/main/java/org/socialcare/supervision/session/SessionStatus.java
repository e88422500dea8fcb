package org.socialcare.supervision.session;

public enum SessionStatus {
  /** In both diaries, not yet held. */
  BOOKED,
  /** Held and recorded. */
  HELD,
  /** Cancelled by either party; its new date is a new booking linked to it. */
  CANCELLED,
  /** A new contract replaced the schedule before this date came. */
  REPLACED
}
