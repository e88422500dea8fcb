package org.socialcare.supervision.session;

/** One-to-one, or a group session (non-case-holding staff alternate the two, policy table note **). */
public enum SessionKind {
  INDIVIDUAL,
  GROUP
}
