package org.socialcare.supervision.action;

public enum ActionStatus {
  OPEN,
  DONE
}
