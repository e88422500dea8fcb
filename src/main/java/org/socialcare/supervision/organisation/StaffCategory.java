package org.socialcare.supervision.organisation;

/**
 * The staff categories of the minimum frequency table (seed 001, section 3.6). The frequency
 * each category gets is a rule in the DMN decision {@code supervision-frequency}, not here.
 */
public enum StaffCategory {
  STRATEGIC_LEAD_OR_SERVICE_MANAGER("Strategic lead / service manager"),
  TEAM_MANAGER("Team manager / leader"),
  CASE_MANAGEMENT_SOCIAL_WORKER("Children's case management social worker"),
  SOCIAL_WORKER_CASE_HOLDING("Other social worker - case holding"),
  SOCIAL_WORKER_NON_CASE_HOLDING("Other social worker - non case holding"),
  TARGETED_YOUTH_WORKER("Targeted youth worker"),
  SUPPORT_SERVICES_CASE_HOLDING("Support services - case holding (including FSW)"),
  SUPPORT_SERVICES_NON_CASE_HOLDING("Support services - non case holding (including residential)"),
  INFORMATION_COORDINATOR_OR_OTHER_SUPPORT("Information coordinator / other support staff");

  private final String label;

  StaffCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
