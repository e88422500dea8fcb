package org.socialcare.supervision.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.socialcare.supervision.audit.SupervisionFile.Certification;
import org.socialcare.supervision.audit.SupervisionFile.PersonalInformationSheet;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.Position;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The items of a supervision file the audit asks about (Appendix 6, sections 1, 4 and 5): HCPC
 * registration, DBS, business car insurance, the personal information sheet, the appraisal date
 * and the CPD log. The person and their supervisor keep them. The file is read by those who may
 * read about the person (the person, the supervisor, the managers above); the personal
 * information sheet only by the person, the supervisor and HR - not by the managers above.
 */
@Service
@Transactional
public class SupervisionFiles {

  /** HCPC / Social Work England registration numbers: a profession prefix and digits (SW123456). */
  private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Z]{2,3}[0-9]{3,8}");

  /** Who is asking may not do what they asked; {@code visible} says whether they may know the file exists. */
  public static class NotPermittedException extends RuntimeException {
    private final boolean visible;

    NotPermittedException(String message, boolean visible) {
      super(message);
      this.visible = visible;
    }

    public boolean isVisible() {
      return visible;
    }
  }

  private final SupervisionFileRepository files;
  private final CpdLogEntryRepository cpdLog;
  private final LineManagement lineManagement;
  private final Clock clock;

  SupervisionFiles(SupervisionFileRepository files, CpdLogEntryRepository cpdLog, LineManagement lineManagement,
      Clock clock) {
    this.files = files;
    this.cpdLog = cpdLog;
    this.lineManagement = lineManagement;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Optional<SupervisionFile> fileOf(String personId) {
    return files.findById(personId);
  }

  @Transactional(readOnly = true)
  public List<CpdLogEntry> cpdLogOf(String personId) {
    return cpdLog.findByPersonIdOrderByLearnedOnDesc(personId);
  }

  /** The file as its readers see it (the personal information sheet only as present or not). */
  @Transactional(readOnly = true)
  public Optional<SupervisionFile> read(String readerId, String personId) {
    requireFileReader(readerId, personId);
    return fileOf(personId);
  }

  @Transactional(readOnly = true)
  public List<CpdLogEntry> readCpdLog(String readerId, String personId) {
    requireFileReader(readerId, personId);
    return cpdLogOf(personId);
  }

  /** Appendix 7 is personal: the person, their supervisor and HR read it; managers above do not. */
  @Transactional(readOnly = true)
  public Optional<PersonalInformationSheet> readPersonalSheet(String readerId, String personId) {
    if (!mayReadPersonalSheet(readerId, personId)) {
      throw new NotPermittedException(readerId + " may not read the personal information sheet of " + personId,
          false);
    }
    return fileOf(personId).filter(SupervisionFile::hasPersonalSheet).map(SupervisionFile::personalSheet);
  }

  public boolean mayReadPersonalSheet(String readerId, String personId) {
    if (readerId == null || lineManagement.find(personId).isEmpty()) {
      return false;
    }
    return mayMaintain(readerId, personId) || lineManagement.find(readerId)
        .filter(StaffMember::isActive).map(reader -> reader.getPosition() == Position.HR_OFFICER).orElse(false);
  }

  /** HCPC number and registration date, DBS date, insurance seen date, appraisal date; at least one. */
  public SupervisionFile updateCertification(String callerId, String personId, Map<String, Object> submitted) {
    requireMaintainer(callerId, personId);
    FieldErrors errors = new FieldErrors();
    String number = optionalText(errors, "hcpcNumber", "HCPC registration number", submitted, 40);
    if (number != null) {
      number = number.toUpperCase().replace(" ", "");
      if (!REGISTRATION_NUMBER.matcher(number).matches()) {
        errors.reject("hcpcNumber", "HCPC registration number must be letters then digits, for example SW123456");
      }
    }
    Certification items = new Certification(number,
        pastDate(errors, "hcpcRegisteredOn", "HCPC registration date", submitted),
        pastDate(errors, "dbsCheckedOn", "DBS check date", submitted),
        pastDate(errors, "insuranceSeenOn", "Business car insurance seen on", submitted),
        pastDate(errors, "appraisalOn", "Appraisal date", submitted));
    if (errors.isEmpty() && number == null && items.hcpcRegisteredOn() == null && items.dbsCheckedOn() == null
        && items.insuranceSeenOn() == null && items.appraisalOn() == null) {
      errors.reject("hcpcNumber", "Give at least one item of the file to update");
    }
    errors.throwIfAny();
    SupervisionFile file = files.findById(personId).orElseGet(() -> new SupervisionFile(personId));
    file.certification(items, callerId, now());
    return files.save(file);
  }

  /** The personal information sheet and buddy details (Appendix 7); address and next of kin required. */
  public SupervisionFile updatePersonalSheet(String callerId, String personId, Map<String, Object> submitted) {
    requireMaintainer(callerId, personId);
    FieldErrors errors = new FieldErrors();
    PersonalInformationSheet sheet = new PersonalInformationSheet(
        required(errors, "homeAddress", "Address", submitted, 1000),
        optionalText(errors, "homePhone", "Home telephone number", submitted, 40),
        optionalText(errors, "workMobile", "Work mobile number", submitted, 40),
        optionalText(errors, "carRegistration", "Car registration", submitted, 20),
        optionalText(errors, "carMake", "Car make", submitted, 100),
        required(errors, "nextOfKinName", "Next of kin", submitted, 200),
        optionalText(errors, "nextOfKinRelationship", "Relationship", submitted, 100),
        required(errors, "nextOfKinPhone", "Next of kin's telephone number", submitted, 40));
    errors.throwIfAny();
    SupervisionFile file = files.findById(personId).orElseGet(() -> new SupervisionFile(personId));
    file.personalSheet(sheet, callerId, now());
    return files.save(file);
  }

  /** One entry of the CPD log: when, what, what was learned. */
  public CpdLogEntry addCpdEntry(String callerId, String personId, Map<String, Object> submitted) {
    requireMaintainer(callerId, personId);
    FieldErrors errors = new FieldErrors();
    LocalDate learnedOn = FormValues.date(errors, "learnedOn", "Date", submitted.get("learnedOn"));
    if (learnedOn != null && learnedOn.isAfter(today())) {
      errors.reject("learnedOn", "Date may not be in the future");
    }
    String activity = errors.requireText("activity", "Learning activity", submitted.get("activity"));
    String learning = errors.requireText("learning", "What was learned", submitted.get("learning"));
    errors.throwIfAny();
    return cpdLog.save(new CpdLogEntry(personId, learnedOn, activity, learning, callerId, now()));
  }

  private boolean mayMaintain(String callerId, String personId) {
    return callerId != null && (callerId.equals(personId) || callerId.equals(lineManagement.supervisorOf(personId)));
  }

  private void requireMaintainer(String callerId, String personId) {
    requireFileReader(callerId, personId);
    if (!mayMaintain(callerId, personId)) {
      throw new NotPermittedException("Only the person and their supervisor keep the supervision file", true);
    }
  }

  private void requireFileReader(String readerId, String personId) {
    if (readerId == null || lineManagement.find(personId).isEmpty()
        || !lineManagement.entitledReadersAbout(personId).contains(readerId)) {
      throw new NotPermittedException(readerId + " may not read the supervision file of " + personId, false);
    }
  }

  private LocalDate pastDate(FieldErrors errors, String field, String label, Map<String, Object> submitted) {
    Object value = submitted.get(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    LocalDate day = FormValues.date(errors, field, label, value);
    if (day != null && day.isAfter(today())) {
      errors.reject(field, label + " may not be in the future");
      return null;
    }
    return day;
  }

  private static String required(FieldErrors errors, String field, String label, Map<String, Object> submitted,
      int maxLength) {
    return errors.requireText(field, label, submitted.get(field), maxLength);
  }

  private static String optionalText(FieldErrors errors, String field, String label, Map<String, Object> submitted,
      int maxLength) {
    return errors.optionalText(field, label, submitted.get(field), maxLength);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
