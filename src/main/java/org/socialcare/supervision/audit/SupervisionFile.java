package org.socialcare.supervision.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The personal details and certification of a person's supervision file (Appendix 6, section 1:
 * HCPC registration, insurance with business use, DBS, buddy / personal information sheet of
 * Appendix 7) and the date of the last appraisal (section 4). Kept by the person and their
 * supervisor; the personal information sheet is for the person, their supervisor and HR only.
 */
@Entity
@Table(name = "supervision_file")
public class SupervisionFile {

  @Id
  private String personId;
  private String hcpcNumber;
  private LocalDate hcpcRegisteredOn;
  private LocalDate dbsCheckedOn;
  private LocalDate insuranceSeenOn;
  private LocalDate appraisalOn;
  private String homeAddress;
  private String homePhone;
  private String workMobile;
  private String carRegistration;
  private String carMake;
  private String nextOfKinName;
  private String nextOfKinRelationship;
  private String nextOfKinPhone;
  private LocalDate sheetUpdatedOn;
  private String updatedBy;
  private LocalDateTime updatedAt;

  protected SupervisionFile() {
  }

  SupervisionFile(String personId) {
    this.personId = personId;
  }

  /** The certification items (Appendix 6, section 1, and the appraisal); null leaves an item as it is. */
  void certification(Certification items, String by, LocalDateTime at) {
    if (items.hcpcNumber() != null) {
      hcpcNumber = items.hcpcNumber();
    }
    if (items.hcpcRegisteredOn() != null) {
      hcpcRegisteredOn = items.hcpcRegisteredOn();
    }
    if (items.dbsCheckedOn() != null) {
      dbsCheckedOn = items.dbsCheckedOn();
    }
    if (items.insuranceSeenOn() != null) {
      insuranceSeenOn = items.insuranceSeenOn();
    }
    if (items.appraisalOn() != null) {
      appraisalOn = items.appraisalOn();
    }
    touched(by, at);
  }

  /** The personal information sheet and buddy details (Appendix 7), replaced as a whole. */
  void personalSheet(PersonalInformationSheet sheet, String by, LocalDateTime at) {
    homeAddress = sheet.homeAddress();
    homePhone = sheet.homePhone();
    workMobile = sheet.workMobile();
    carRegistration = sheet.carRegistration();
    carMake = sheet.carMake();
    nextOfKinName = sheet.nextOfKinName();
    nextOfKinRelationship = sheet.nextOfKinRelationship();
    nextOfKinPhone = sheet.nextOfKinPhone();
    sheetUpdatedOn = at.toLocalDate();
    touched(by, at);
  }

  private void touched(String by, LocalDateTime at) {
    updatedBy = by;
    updatedAt = at;
  }

  public boolean hasPersonalSheet() {
    return sheetUpdatedOn != null;
  }

  public PersonalInformationSheet personalSheet() {
    return new PersonalInformationSheet(homeAddress, homePhone, workMobile, carRegistration, carMake, nextOfKinName,
        nextOfKinRelationship, nextOfKinPhone);
  }

  public String getPersonId() {
    return personId;
  }

  public String getHcpcNumber() {
    return hcpcNumber;
  }

  public LocalDate getHcpcRegisteredOn() {
    return hcpcRegisteredOn;
  }

  public LocalDate getDbsCheckedOn() {
    return dbsCheckedOn;
  }

  public LocalDate getInsuranceSeenOn() {
    return insuranceSeenOn;
  }

  public LocalDate getAppraisalOn() {
    return appraisalOn;
  }

  public LocalDate getSheetUpdatedOn() {
    return sheetUpdatedOn;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public LocalDateTime getUpdatedAt() {
    return updatedAt;
  }

  /** Certification items as submitted; an item left out is null. */
  public record Certification(String hcpcNumber, LocalDate hcpcRegisteredOn, LocalDate dbsCheckedOn,
      LocalDate insuranceSeenOn, LocalDate appraisalOn) {
  }

  /** Appendix 7: contact details of the employee, next of kin and car. */
  public record PersonalInformationSheet(String homeAddress, String homePhone, String workMobile,
      String carRegistration, String carMake, String nextOfKinName, String nextOfKinRelationship,
      String nextOfKinPhone) {
  }
}
