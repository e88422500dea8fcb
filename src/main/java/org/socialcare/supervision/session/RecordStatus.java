package org.socialcare.supervision.session;

public enum RecordStatus {
  AWAITING_SIGNATURES,
  /** Signed by both and locked: never edited again; a correction is a new linked record. */
  SIGNED
}
