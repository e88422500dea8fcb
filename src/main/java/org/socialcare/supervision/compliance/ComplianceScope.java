package org.socialcare.supervision.compliance;

/**
 * Whose compliance is asked for: everyone, one service, one team, or one person. Seed 002: "visible
 * by the Heads of Service for their Service and the Assistant Director for all service areas".
 */
public record ComplianceScope(Kind kind, String code) {

  public enum Kind {
    EVERYONE,
    SERVICE,
    TEAM,
    PERSON
  }

  public static ComplianceScope everyone() {
    return new ComplianceScope(Kind.EVERYONE, null);
  }

  public static ComplianceScope service(String serviceCode) {
    return new ComplianceScope(Kind.SERVICE, serviceCode);
  }

  public static ComplianceScope team(String teamCode) {
    return new ComplianceScope(Kind.TEAM, teamCode);
  }

  public static ComplianceScope person(String userId) {
    return new ComplianceScope(Kind.PERSON, userId);
  }
}
