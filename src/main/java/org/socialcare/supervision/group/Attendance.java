package org.socialcare.supervision.group;

/** Whether a member invited to a group session attended it; absent members stay on the record. */
public enum Attendance {
  INVITED,
  ATTENDED,
  ABSENT
}
