package org.socialcare.supervision.action;

/** Where an action was agreed: a one-to-one supervision record or a group supervision record. */
public enum ActionSource {
  SESSION,
  GROUP
}
