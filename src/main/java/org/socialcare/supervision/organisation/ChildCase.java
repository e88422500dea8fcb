package org.socialcare.supervision.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A child's case, identified by its reference on the children's record system. */
@Entity
@Table(name = "child_case")
public class ChildCase {

  @Id
  private String reference;
  @Enumerated(EnumType.STRING)
  private NatureOfInvolvement natureOfInvolvement;
  private String allocatedWorkerId;
  private LocalDate openedOn;
  private LocalDate closedOn;

  protected ChildCase() {
  }

  public ChildCase(String reference, NatureOfInvolvement natureOfInvolvement, String allocatedWorkerId,
      LocalDate openedOn) {
    this.reference = reference;
    this.natureOfInvolvement = natureOfInvolvement;
    this.allocatedWorkerId = allocatedWorkerId;
    this.openedOn = openedOn;
  }

  public String getReference() {
    return reference;
  }

  public NatureOfInvolvement getNatureOfInvolvement() {
    return natureOfInvolvement;
  }

  public String getAllocatedWorkerId() {
    return allocatedWorkerId;
  }

  public LocalDate getOpenedOn() {
    return openedOn;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }
}
