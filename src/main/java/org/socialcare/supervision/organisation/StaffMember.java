package org.socialcare.supervision.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A member of staff. The user id is also the Camunda user id and the business key of every
 * process about this person. Line manager and supervisor are user ids, so the tree can be walked
 * without loading a graph of entities.
 */
@Entity
@Table(name = "staff_member")
public class StaffMember {

  @Id
  @Column(name = "user_id")
  private String userId;
  private String firstName;
  private String lastName;
  private String email;
  private String jobTitle;
  @Enumerated(EnumType.STRING)
  private Position position;
  @Enumerated(EnumType.STRING)
  @Column(name = "staff_category")
  private StaffCategory category;
  private boolean caseHolding;
  private LocalDate asyeStartDate;
  private String teamCode;
  private String serviceCode;
  private String lineManagerId;
  private String supervisorId;
  @Enumerated(EnumType.STRING)
  private EmploymentStatus employmentStatus = EmploymentStatus.ACTIVE;
  private boolean groupFacilitator;
  private boolean analyst;

  protected StaffMember() {
  }

  public StaffMember(String userId, String firstName, String lastName, String jobTitle, Position position,
      StaffCategory category) {
    this.userId = userId;
    this.firstName = firstName;
    this.lastName = lastName;
    this.jobTitle = jobTitle;
    this.position = position;
    this.category = category;
  }

  public String getUserId() {
    return userId;
  }

  public String getFirstName() {
    return firstName;
  }

  public String getLastName() {
    return lastName;
  }

  public String fullName() {
    return firstName + " " + lastName;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public Position getPosition() {
    return position;
  }

  public StaffCategory getCategory() {
    return category;
  }

  public boolean isCaseHolding() {
    return caseHolding;
  }

  public void setCaseHolding(boolean caseHolding) {
    this.caseHolding = caseHolding;
  }

  public LocalDate getAsyeStartDate() {
    return asyeStartDate;
  }

  public void setAsyeStartDate(LocalDate asyeStartDate) {
    this.asyeStartDate = asyeStartDate;
  }

  /** In the Assessed and Supported Year in Employment on the given day. */
  public boolean isAsyeOn(LocalDate day) {
    return asyeStartDate != null && !day.isBefore(asyeStartDate) && day.isBefore(asyeStartDate.plusYears(1));
  }

  public String getTeamCode() {
    return teamCode;
  }

  public void setTeamCode(String teamCode) {
    this.teamCode = teamCode;
  }

  public String getServiceCode() {
    return serviceCode;
  }

  public void setServiceCode(String serviceCode) {
    this.serviceCode = serviceCode;
  }

  public String getLineManagerId() {
    return lineManagerId;
  }

  public void setLineManagerId(String lineManagerId) {
    this.lineManagerId = lineManagerId;
  }

  /** The supervisor is normally the line manager (seed 001, section 2). */
  public String getSupervisorId() {
    return supervisorId != null ? supervisorId : lineManagerId;
  }

  public void setSupervisorId(String supervisorId) {
    this.supervisorId = supervisorId;
  }

  public EmploymentStatus getEmploymentStatus() {
    return employmentStatus;
  }

  /** Has left the organisation: their file is archived by HR (seed 001, "Upon leaving ..."). */
  public void leave() {
    this.employmentStatus = EmploymentStatus.LEFT;
  }

  public boolean isActive() {
    return employmentStatus == EmploymentStatus.ACTIVE;
  }

  public boolean isGroupFacilitator() {
    return groupFacilitator;
  }

  public void setGroupFacilitator(boolean groupFacilitator) {
    this.groupFacilitator = groupFacilitator;
  }

  public boolean isAnalyst() {
    return analyst;
  }

  public void setAnalyst(boolean analyst) {
    this.analyst = analyst;
  }
}
