package org.socialcare.supervision.organisation;

public enum EmploymentStatus {
  ACTIVE,
  LEFT
}
