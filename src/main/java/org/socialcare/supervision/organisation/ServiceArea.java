package org.socialcare.supervision.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service (for example "Safeguarding"), run by a service manager; holds teams. */
@Entity
@Table(name = "service_area")
public class ServiceArea {

  @Id
  private String code;
  private String name;

  protected ServiceArea() {
  }

  public ServiceArea(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
