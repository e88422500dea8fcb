package org.socialcare.supervision.group;

/** What a member brought to the session ("Preparing": the issue or case they wish to bring). */
public enum Preparation {
  /** Not yet answered. */
  PENDING,
  /** Offered an issue or case to present. */
  OFFERED,
  /** Answered, with nothing to bring this time. */
  NOTHING_OFFERED,
  /** Had not answered when the session started. */
  NOT_PREPARED
}
