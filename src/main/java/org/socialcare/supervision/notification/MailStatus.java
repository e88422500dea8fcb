package org.socialcare.supervision.notification;

/** Where a notification's mail is. */
public enum MailStatus {
  /** No mail server configured, or the recipient has no address: stored only. */
  NOT_MAILED,
  /** Waiting for its transaction to commit, or for the next try after a failure. */
  PENDING,
  /**
   * Being handed to the mail server. Left so only by a crash in the middle of sending: it may or may
   * not have gone out, so it is not sent again (never twice); the log and this status say so.
   */
  SENDING,
  MAILED,
  /** The mail server refused it at every try; the error is kept. */
  FAILED
}
