package org.socialcare.supervision.session;

public enum SessionStatus {
  /** In both diaries, not yet held. */
  BOOKED,
  /** Held and recorded. */
  HELD,
  /** Cancelled by either party; its new date is a new booking linked to it. */
  CANCELLED,
  /** A new contract replaced the schedule before this date came. */
  REPLACED,
  /** The supervisee left the organisation before it was held and recorded. */
  WITHDRAWN;

  /** Whether the session is off the diary: it will not take place (as booked). */
  public boolean isCalledOff() {
    return this == CANCELLED || this == REPLACED || this == WITHDRAWN;
  }
}
