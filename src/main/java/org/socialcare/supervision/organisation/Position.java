package org.socialcare.supervision.organisation;

/** A person's place in the line-management tree; each tier is a Camunda group. */
public enum Position {
  PRACTITIONER("practitioners"),
  TEAM_MANAGER("team-managers"),
  SERVICE_MANAGER("service-managers"),
  ASSISTANT_DIRECTOR("assistant-directors"),
  DIRECTOR("directors"),
  HR_OFFICER("hr"),
  BUSINESS_SUPPORT("business-support");

  private final String groupId;

  Position(String groupId) {
    this.groupId = groupId;
  }

  public String groupId() {
    return groupId;
  }

  public boolean isManager() {
    return this == TEAM_MANAGER || this == SERVICE_MANAGER || this == ASSISTANT_DIRECTOR || this == DIRECTOR;
  }
}
