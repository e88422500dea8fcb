package org.socialcare.supervision.group;

/** Where a group session is: planned (members preparing), in session, recorded, or cancelled. */
public enum GroupSessionStatus {
  PLANNED,
  IN_SESSION,
  RECORDED,
  CANCELLED
}
