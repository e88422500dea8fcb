package org.socialcare.supervision.audit;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialcare.supervision.contract.ContractService;
import org.socialcare.supervision.contract.SupervisionContract;
import org.socialcare.supervision.organisation.ChildCase;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.session.CaseDiscussion;
import org.socialcare.supervision.session.RecordSection;
import org.socialcare.supervision.session.SessionRecording;
import org.socialcare.supervision.session.SupervisionRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the application already knows about a supervision file, for the audit tool: the contract
 * in force, the records of the last year (signatures, gaps against the contracted frequency and
 * the comments explaining them), the certification items and CPD log, which of the record's four
 * sections recent records used, and each child's supervision discussions of the last six months.
 * Each section 1 question gets a suggested answer and the evidence behind it.
 */
@Service
@Transactional(readOnly = true)
public class AuditEvidence {

  /** Records looked at for signatures and regularity. */
  static final int RECORD_MONTHS = 12;
  /** Audit tool, section 3: "in the preceding 6 month period"; also the records read for section 2. */
  static final int RECENT_MONTHS = 6;
  /** Section 3 audits two cases per member of staff. */
  static final int CASES_AUDITED = 2;

  /** A suggested answer and what it rests on. */
  public record Finding(boolean suggested, String evidence) {
  }

  /** One child's case for section 3, with its supervision discussions of the preceding six months. */
  public record CaseEvidence(String reference, String natureOfInvolvement, List<LocalDate> discussedOn,
      String decisions) {
  }

  public record Evidence(Map<AuditQuestion, Finding> findings, String explanationsRecorded, String sectionsUsed,
      List<CaseEvidence> cases) {
  }

  private final ContractService contracts;
  private final SessionRecording recording;
  private final ChildCaseRepository cases;
  private final SupervisionFiles files;
  private final Clock clock;

  AuditEvidence(ContractService contracts, SessionRecording recording, ChildCaseRepository cases,
      SupervisionFiles files, Clock clock) {
    this.contracts = contracts;
    this.recording = recording;
    this.cases = cases;
    this.files = files;
    this.clock = clock;
  }

  public Evidence of(String superviseeId) {
    LocalDate today = LocalDate.now(clock);
    Optional<SupervisionContract> contract = contracts.contractInForce(superviseeId);
    List<SupervisionRecord> records = recording.recordsOf(superviseeId).stream()
        .filter(record -> !record.getHeldOn().isBefore(today.minusMonths(RECORD_MONTHS)))
        .sorted(Comparator.comparing(SupervisionRecord::getHeldOn))
        .toList();
    SupervisionFile file = files.fileOf(superviseeId).orElse(null);
    Map<AuditQuestion, Finding> findings = new EnumMap<>(AuditQuestion.class);
    findings.put(AuditQuestion.CONTRACT_IN_PLACE, contract(contract));
    findings.put(AuditQuestion.RECORDS_SIGNED, signatures(records));
    findings.put(AuditQuestion.HCPC_REGISTRATION, file == null || file.getHcpcNumber() == null
        ? new Finding(false, "No HCPC registration number on the file")
        : new Finding(true, "HCPC number " + file.getHcpcNumber() + (file.getHcpcRegisteredOn() == null ? ""
            : ", registered on " + file.getHcpcRegisteredOn())));
    findings.put(AuditQuestion.CAR_INSURANCE, withinAYear(file == null ? null : file.getInsuranceSeenOn(), today,
        "Business use car insurance seen on "));
    findings.put(AuditQuestion.PERSONAL_INFORMATION_SHEET, file == null || !file.hasPersonalSheet()
        ? new Finding(false, "No personal information sheet on the file")
        : new Finding(true, "Personal information sheet on the file, updated on " + file.getSheetUpdatedOn()
            + " (its content is for the person, the supervisor and HR only)"));
    findings.put(AuditQuestion.CPD_LOG, cpdLog(superviseeId, today));
    findings.put(AuditQuestion.APPRAISAL, withinAYear(file == null ? null : file.getAppraisalOn(), today,
        "Last appraisal on "));
    findings.put(AuditQuestion.REGULAR_SUPERVISION, regularity(contract, records, today));
    String explanations = records.stream().filter(record -> record.getGapComment() != null)
        .map(record -> record.getHeldOn() + ": " + record.getGapComment()).collect(Collectors.joining("\n"));
    return new Evidence(findings, explanations, sectionsUsed(records, today), caseEvidence(superviseeId, today));
  }

  private static Finding contract(Optional<SupervisionContract> inForce) {
    if (inForce.isEmpty()) {
      return new Finding(false, "No supervision contract in force");
    }
    SupervisionContract contract = inForce.get();
    String text = "Contract in force from " + contract.getInForceFrom() + "; signed by the supervisor on "
        + orNot(contract.getSupervisorSignedOn()) + " and by the supervisee on "
        + orNot(contract.getSuperviseeSignedOn())
        + "; frequency " + contract.getFrequency().label().toLowerCase() + ", type " + contract.getFormat().name()
        .toLowerCase();
    return new Finding(contract.isSignedByBoth() && contract.getFrequency() != null && contract.getFormat() != null,
        text);
  }

  private static Finding signatures(List<SupervisionRecord> records) {
    if (records.isEmpty()) {
      return new Finding(false, "No supervision records in the last " + RECORD_MONTHS + " months");
    }
    List<String> lines = new ArrayList<>();
    boolean allSigned = true;
    for (SupervisionRecord record : records) {
      boolean both = record.getSuperviseeSignedOn() != null && record.getSupervisorSignedOn() != null;
      allSigned &= both;
      lines.add(record.getHeldOn() + ": " + (both ? "signed by both" : "supervisee " + signed(
          record.getSuperviseeSignedOn()) + ", supervisor " + signed(record.getSupervisorSignedOn())));
    }
    return new Finding(allSigned, String.join("\n", lines));
  }

  private Finding cpdLog(String personId, LocalDate today) {
    List<CpdLogEntry> entries = files.cpdLogOf(personId).stream()
        .filter(entry -> !entry.getLearnedOn().isBefore(today.minusMonths(RECORD_MONTHS))).toList();
    return entries.isEmpty() ? new Finding(false, "No CPD log entries in the last " + RECORD_MONTHS + " months")
        : new Finding(true, entries.size() + " CPD log entries in the last " + RECORD_MONTHS + " months, latest on "
            + entries.get(0).getLearnedOn() + ": " + entries.get(0).getActivity());
  }

  private static Finding withinAYear(LocalDate day, LocalDate today, String label) {
    if (day == null) {
      return new Finding(false, label + "- not recorded");
    }
    boolean current = !day.isBefore(today.minusYears(1));
    return new Finding(current, label + day + (current ? "" : ", more than a year ago"));
  }

  /**
   * Regular means no gap between records (from the contract's start) longer than the contracted
   * frequency allows - a date falling on a weekend moves to the Monday - and none running now.
   */
  private static Finding regularity(Optional<SupervisionContract> inForce, List<SupervisionRecord> records,
      LocalDate today) {
    if (inForce.isEmpty()) {
      return new Finding(false, "No contract in force, so no agreed frequency; " + records.size()
          + " records in the last " + RECORD_MONTHS + " months");
    }
    SupervisionContract contract = inForce.get();
    List<String> gaps = new ArrayList<>();
    LocalDate previous = null;
    for (SupervisionRecord record : records) {
      if (previous != null && record.getHeldOn().isAfter(latestAfter(contract, previous))) {
        gaps.add(previous + " to " + record.getHeldOn() + (record.getGapComment() == null ? " (no comment recorded)"
            : " (comment recorded)"));
      }
      previous = record.getHeldOn();
    }
    LocalDate since = previous != null ? previous : contract.getInForceFrom();
    if (since != null && today.isAfter(latestAfter(contract, since))) {
      gaps.add((previous == null ? "no record since the contract began on " : "no record since ") + since);
    }
    String frequency = contract.getFrequency().label().toLowerCase();
    return gaps.isEmpty()
        ? new Finding(true, records.size() + " records in the last " + RECORD_MONTHS + " months, none further apart"
            + " than the " + frequency + " frequency of the contract")
        : new Finding(false, "Gaps longer than the " + frequency + " frequency of the contract: "
            + String.join("; ", gaps));
  }

  private static LocalDate latestAfter(SupervisionContract contract, LocalDate day) {
    LocalDate next = contract.getFrequency().nextAfter(day);
    while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
      next = next.plusDays(1);
    }
    return next;
  }

  /** Which of the record's sections the records of the last six months used, and how often. */
  private String sectionsUsed(List<SupervisionRecord> records, LocalDate today) {
    List<SupervisionRecord> recent = records.stream()
        .filter(record -> !record.getHeldOn().isBefore(today.minusMonths(RECENT_MONTHS))).toList();
    if (recent.isEmpty()) {
      return "No records in the last " + RECENT_MONTHS + " months";
    }
    Map<String, Integer> used = new LinkedHashMap<>();
    for (SupervisionRecord record : recent) {
      for (RecordSection section : recording.sectionsOf(record.getId())) {
        used.merge(section.getHeading(), section.getDiscussed() == null ? 0 : 1, Integer::sum);
      }
    }
    return used.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue() + " of " + recent.size() + " records")
        .collect(Collectors.joining("\n"));
  }

  /** The children allocated to the supervisee, those most discussed lately first, two of them. */
  private List<CaseEvidence> caseEvidence(String superviseeId, LocalDate today) {
    LocalDate from = today.minusMonths(RECENT_MONTHS);
    List<CaseEvidence> evidence = new ArrayList<>();
    for (ChildCase child : cases.findByAllocatedWorkerIdAndClosedOnIsNull(superviseeId)) {
      List<CaseDiscussion> recent = recording.discussionsOfCase(child.getReference()).stream()
          .filter(discussion -> !discussion.getDiscussedOn().isBefore(from))
          .sorted(Comparator.comparing(CaseDiscussion::getDiscussedOn)).toList();
      evidence.add(new CaseEvidence(child.getReference(), child.getNatureOfInvolvement().label(),
          recent.stream().map(CaseDiscussion::getDiscussedOn).toList(),
          recent.stream().map(d -> d.getDiscussedOn() + ": " + d.getActions()).collect(Collectors.joining("\n"))));
    }
    evidence.sort(Comparator.comparing((CaseEvidence c) -> -c.discussedOn().size())
        .thenComparing(CaseEvidence::reference));
    return evidence.subList(0, Math.min(CASES_AUDITED, evidence.size()));
  }

  private static String orNot(LocalDate day) {
    return day == null ? "(not signed)" : day.toString();
  }

  private static String signed(LocalDate day) {
    return day == null ? "not signed" : "signed " + day;
  }
}
