package org.socialcare.supervision.action;

/**
 * Where an action was agreed: a one-to-one supervision record, a group supervision record, or a
 * grandparent audit of a supervision file.
 */
public enum ActionSource {
  SESSION,
  GROUP,
  AUDIT
}
