package org.socialcare.supervision.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "team")
public class Team {

  @Id
  private String code;
  private String name;
  @Column(name = "service_code")
  private String serviceCode;

  protected Team() {
  }

  public Team(String code, String name, String serviceCode) {
    this.code = code;
    this.name = name;
    this.serviceCode = serviceCode;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  /** The Camunda group of the team's members, used to route group supervision. */
  public String groupId() {
    return groupIdOf(code);
  }

  public static String groupIdOf(String teamCode) {
    return "team-" + teamCode;
  }
}
