package org.socialcare.supervision.leaver;

/** Where a leaver's archive is, from the recorded leaving date to its deletion at the end of retention. */
public enum ArchiveStatus {
  /** The leaving date is recorded; the person still works until then. */
  AWAITING_LEAVING_DATE,
  /** Gathered on the leaving date (or again after HR rejected it), waiting for HR to check it. */
  GATHERED,
  /** Checked and accepted by HR, who hold it for the retention period. */
  ACCEPTED,
  /** Deleted by HR at the end of the retention period; the fact stays recorded. */
  DELETED
}
