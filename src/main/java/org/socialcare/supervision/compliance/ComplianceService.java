package org.socialcare.supervision.compliance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.socialcare.supervision.compliance.ComplianceRecords.ActionCounts;
import org.socialcare.supervision.compliance.ComplianceRecords.CaseRow;
import org.socialcare.supervision.compliance.ComplianceRecords.ContractRow;
import org.socialcare.supervision.compliance.ComplianceRecords.HeldRow;
import org.socialcare.supervision.compliance.ComplianceRecords.StaffRow;
import org.socialcare.supervision.compliance.ComplianceReport.MonthCompliance;
import org.socialcare.supervision.compliance.LastAudits.LastAudit;
import org.socialcare.supervision.compliance.StaffCompliance.AsyeAdherence;
import org.socialcare.supervision.compliance.StaffCompliance.Contract;
import org.socialcare.supervision.compliance.StaffCompliance.OverdueCase;
import org.socialcare.supervision.compliance.StaffCompliance.Person;
import org.socialcare.supervision.contract.FrequencyPolicy;
import org.socialcare.supervision.contract.PolicyFrequency;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.contract.SupervisionFrequencyDecision;
import org.socialcare.supervision.organisation.ChildCase;
import org.socialcare.supervision.organisation.Position;
import org.socialcare.supervision.organisation.StaffMember;
import org.socialcare.supervision.action.AgreedActionRepository;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.session.BookedSessionRepository;
import org.socialcare.supervision.session.CaseDiscussionFrequency;
import org.socialcare.supervision.session.CaseDiscussionRepository;
import org.socialcare.supervision.session.MissedSupervisionMonthRepository;
import org.socialcare.supervision.session.SupervisionRecordRepository;
import org.socialcare.supervision.session.GroupSupervisionAttendance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one compliance calculation (issue 7; seed 001, 3.5 and 3.6; seed 002): for every member of
 * staff, from the records, how their supervision compares with the policy. The Cockpit view, the
 * exports and the reminders all read it.
 *
 * <p>Rules applied here, besides the RAG rules of {@link RagRules}:
 * <ul>
 *   <li>A session held is an individual supervision record (a correction is not another session) or a
 *   recorded group session the person attended. Hours are those of the individual records: a group
 *   session's length is the group's, not the person's.</li>
 *   <li>The minimum of 10 sessions of 1.5 hours a year applies to contracts at least monthly; a
 *   session counts towards it when it lasted 90 minutes or more, a group session attended always counts.
 *   For someone under contract for less than the last 12 months the minimum is pro rata (whole months).</li>
 *   <li>A missed month is a calendar month, wholly under contract and at least monthly by contract,
 *   in which no session was held; they are counted back from the month just ended.</li>
 *   <li>The policy frequency, and the ASYE schedule period by period, come from the decision
 *   {@code supervision-frequency}, a snapshot of it per calculation: each distinct question asked once.</li>
 *   <li>Cases are due for discussion by the decision {@code case-discussion-frequency}, asked once per
 *   nature of involvement.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService {

  private static final int POLICY_MINIMUM_SESSIONS = 10;
  private static final int POLICY_MINIMUM_MINUTES = 90;

  private final ComplianceRecords records;
  private final ObjectProvider<GroupSupervisionAttendance> groupAttendance;
  private final SupervisionFrequencyDecision frequencyDecision;
  private final CaseDiscussionFrequency caseDiscussionFrequency;
  private final ObjectProvider<LastAudits> lastAudits;
  private final Clock clock;
  private final FileReaders file;

  /** The repositories a person's file is read from when a manager drills down. */
  @org.springframework.stereotype.Component
  static class FileReaders {
    final SupervisionRecordRepository records;
    final BookedSessionRepository sessions;
    final MissedSupervisionMonthRepository missedMonths;
    final AgreedActionRepository actions;
    final ChildCaseRepository cases;
    final CaseDiscussionRepository discussions;
    final LineManagement lineManagement;

    FileReaders(SupervisionRecordRepository records, BookedSessionRepository sessions,
        MissedSupervisionMonthRepository missedMonths, AgreedActionRepository actions, ChildCaseRepository cases,
        CaseDiscussionRepository discussions, LineManagement lineManagement) {
      this.records = records;
      this.sessions = sessions;
      this.missedMonths = missedMonths;
      this.actions = actions;
      this.cases = cases;
      this.discussions = discussions;
      this.lineManagement = lineManagement;
    }
  }

  ComplianceService(ComplianceRecords records, ObjectProvider<GroupSupervisionAttendance> groupAttendance,
      SupervisionFrequencyDecision frequencyDecision, CaseDiscussionFrequency caseDiscussionFrequency,
      ObjectProvider<LastAudits> lastAudits, Clock clock, FileReaders file) {
    this.file = file;
    this.records = records;
    this.groupAttendance = groupAttendance;
    this.frequencyDecision = frequencyDecision;
    this.caseDiscussionFrequency = caseDiscussionFrequency;
    this.lastAudits = lastAudits;
    this.clock = clock;
  }

  public ComplianceReport report(ComplianceScope scope) {
    return report(scope, LocalDate.now(clock));
  }

  /** Everyone in the scope who has a supervisor, as on the given day. */
  public ComplianceReport report(ComplianceScope scope, LocalDate asOf) {
    LocalDate windowStart = asOf.minusMonths(12);
    List<StaffRow> staff = records.staff(scope);
    Map<String, ContractRow> contracts = records.contractsInForce(scope);
    Map<String, List<HeldRow>> held = records.held(scope, windowStart, asOf);
    Map<String, LocalDate> lastHeld = records.lastHeld(scope, asOf);
    Map<String, LocalDateTime> nextBooked = records.nextBooked(scope, LocalDateTime.now(clock));
    Map<String, ActionCounts> actions = records.actions(scope, asOf);
    Map<String, List<OverdueCase>> overdueCases = new HashMap<>();
    Map<String, Integer> casesHeld = new HashMap<>();
    readCases(scope, asOf, overdueCases, casesHeld);
    Map<String, List<LocalDate>> groups = groupAttendance.stream()
        .map(attendance -> attendance.attendanceBetween(windowStart, asOf))
        .findFirst().orElse(Map.of());
    Map<String, LastAudit> audits = lastAudits.getIfAvailable(() -> ids -> Map.of())
        .lastAuditsOf(staff.stream().map(StaffRow::userId).toList());
    FrequencyPolicy policies = frequencyDecision.snapshot();

    List<StaffCompliance> people = new ArrayList<>(staff.size());
    Map<String, TreeSet<LocalDate>> supervisedByPerson = new HashMap<>();
    for (StaffRow row : staff) {
      String id = row.userId();
      List<HeldRow> individual = held.getOrDefault(id, List.of());
      List<LocalDate> groupDays = groups.getOrDefault(id, List.of());
      TreeSet<LocalDate> supervisedOn = new TreeSet<>(groupDays);
      individual.forEach(session -> supervisedOn.add(session.heldOn()));
      supervisedByPerson.put(id, supervisedOn);
      StaffMember member = asStaffMember(row);
      PolicyFrequency policy = policies.minimumFor(member, asOf);
      ContractRow contractRow = contracts.get(id);
      Contract contract = contractRow == null ? null : new Contract(contractRow.id(), contractRow.frequency(),
          contractRow.durationMinutes(), contractRow.inForceFrom(), contractRow.reviewDate());
      LocalDate last = later(lastHeld.get(id), supervisedOn.isEmpty() ? null : supervisedOn.last());
      int qualifying = groupDays.size() + (int) individual.stream()
          .filter(session -> session.durationMinutes() >= POLICY_MINIMUM_MINUTES).count();
      double hours = individual.stream().mapToInt(HeldRow::durationMinutes).sum() / 60.0;
      ActionCounts actionCounts = actions.getOrDefault(id, new ActionCounts(0, 0));
      Expectation expected = contractRow == null ? Expectation.NONE
          : expectation(contractRow, windowStart, asOf, supervisedOn);
      StaffCompliance facts = new StaffCompliance(
          new Person(id, row.firstName() + " " + row.lastName(), row.jobTitle(), row.teamCode(), row.teamName(),
              row.serviceCode(), row.serviceName(), row.supervisorId(), row.supervisorName()),
          contract, policy.frequency(), policy.rule(), last, nextBooked.get(id),
          contract == null ? null : contract.frequency().nextAfter(last != null ? last : contract.inForceFrom()),
          individual.size() + groupDays.size(), qualifying, hours, expected.sessions(), expected.minimum(),
          expected.missedMonths(),
          member.isAsyeOn(asOf) ? asyeAdherence(member, asOf, supervisedOn, policies) : null,
          actionCounts.open(), actionCounts.overdue(), casesHeld.getOrDefault(id, 0),
          overdueCases.getOrDefault(id, List.of()), audits.get(id), null, List.of());
      RagRules.Verdict verdict = RagRules.judge(facts, asOf);
      people.add(new StaffCompliance(facts.person(), facts.contract(), facts.policyFrequency(), facts.policyRule(),
          facts.lastHeldOn(), facts.nextBookedAt(), facts.nextDueBy(), facts.sessionsHeld(),
          facts.qualifyingSessions(), facts.hoursHeld(), facts.expectedSessions(), facts.minimumSessions(),
          facts.consecutiveMissedMonths(), facts.asye(), facts.openActions(), facts.overdueActions(),
          facts.casesHeld(), facts.overdueCases(), facts.lastAudit(), verdict.rag(), verdict.reasons()));
    }
    return new ComplianceReport(asOf, scope, List.copyOf(people), months(contracts, supervisedByPerson, asOf));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** One person's compliance and file: records, group sessions, bookings, missed months, actions, cases. */
  public PersonHistory historyOf(String userId, LocalDate asOf) {
    StaffCompliance compliance = report(ComplianceScope.person(userId), asOf).of(userId)
        .orElseThrow(() -> new IllegalArgumentException("No supervised member of staff " + userId));
    LineManagement names = file.lineManagement;
    List<PersonHistory.Record> held = file.records.findBySuperviseeIdOrderByHeldOnDesc(userId).stream()
        .map(r -> new PersonHistory.Record(r.getId(), r.getHeldOn(), r.getDurationMinutes(),
            names.nameOf(r.getSupervisorId()), r.getStatus().name(), r.getCorrectsRecordId() != null))
        .toList();
    List<LocalDate> groups = groupAttendance.stream()
        .map(attendance -> attendance.attendedBetween(userId, asOf.minusMonths(12), asOf))
        .findFirst().orElse(List.of());
    List<PersonHistory.Booking> sessions = file.sessions.findBySuperviseeIdOrderByScheduledAt(userId).stream()
        .map(b -> new PersonHistory.Booking(b.getScheduledAt(), b.getKind().name(), b.getStatus().name())).toList();
    List<PersonHistory.MissedMonth> missed = file.missedMonths.findBySuperviseeIdOrderByMonthStart(userId).stream()
        .map(m -> new PersonHistory.MissedMonth(m.getMonthStart(), m.getConsecutiveMonths(),
            names.nameOf(m.getEscalatedTo()), m.isFlaggedOnFile())).toList();
    List<PersonHistory.Action> actions = file.actions.findBySuperviseeIdOrderByDueOn(userId).stream()
        .map(a -> new PersonHistory.Action(a.getDescription(), names.nameOf(a.getOwnerId()), a.getDueOn(),
            a.getStatus().name(), a.getCompletedOn())).toList();
    List<PersonHistory.CaseDue> cases = new ArrayList<>();
    CaseDiscussionFrequency.Rules rules = caseDiscussionFrequency.rules();
    List<ChildCase> caseload = file.cases.findByAllocatedWorkerIdAndClosedOnIsNull(userId);
    Map<String, LocalDate> lastDiscussed = file.discussions.lastDiscussedOn(
        caseload.stream().map(ChildCase::getReference).toList());
    for (ChildCase childCase : caseload) {
      LocalDate last = lastDiscussed.get(childCase.getReference());
      LocalDate due = rules.dueOn(childCase, last);
      cases.add(new PersonHistory.CaseDue(childCase.getReference(), childCase.getNatureOfInvolvement().name(), last,
          due, due.isBefore(asOf)));
    }
    return new PersonHistory(compliance, held, groups, sessions, missed, actions, cases);
  }

  /** What the contract asks for over the part of the last 12 months it covered, and the months missed. */
  private record Expectation(int sessions, int minimum, int missedMonths) {
    static final Expectation NONE = new Expectation(0, 0, 0);
  }

  private static Expectation expectation(ContractRow contract, LocalDate windowStart, LocalDate asOf,
      TreeSet<LocalDate> supervisedOn) {
    SupervisionFrequency frequency = contract.frequency();
    LocalDate coveredFrom = later(contract.firstInForce(), windowStart);
    int periods = 0;
    for (LocalDate next = frequency.nextAfter(coveredFrom); !next.isAfter(asOf); next = frequency.nextAfter(next)) {
      periods++;
    }
    boolean atLeastMonthly = frequency.isAtLeastAsFrequentAs(SupervisionFrequency.MONTHLY);
    int minimum = atLeastMonthly
        ? (int) (POLICY_MINIMUM_SESSIONS * ChronoUnit.MONTHS.between(coveredFrom, asOf) / 12) : 0;
    int missed = 0;
    if (atLeastMonthly) {
      YearMonth firstWholeMonth = wholeMonthsFrom(contract.firstInForce());
      for (YearMonth month = YearMonth.from(asOf).minusMonths(1);
          !month.isBefore(firstWholeMonth) && !month.isBefore(YearMonth.from(windowStart))
              && !supervisedIn(supervisedOn, month);
          month = month.minusMonths(1)) {
        missed++;
      }
    }
    return new Expectation(periods, minimum, missed);
  }

  /**
   * Walks the ASYE year period by period from its first day, each period as long as the decision
   * says for its first day (weekly, fortnightly, monthly); a complete period without supervision is missed.
   */
  private AsyeAdherence asyeAdherence(StaffMember member, LocalDate asOf, TreeSet<LocalDate> supervisedOn,
      FrequencyPolicy policies) {
    LocalDate start = member.getAsyeStartDate();
    LocalDate end = asOf.isBefore(start.plusYears(1)) ? asOf : start.plusYears(1);
    int due = 0;
    List<LocalDate> missed = new ArrayList<>();
    LocalDate periodStart = start;
    while (true) {
      SupervisionFrequency frequency = policies.minimumFor(member, periodStart).frequency();
      LocalDate periodEnd = frequency.nextAfter(periodStart);
      if (periodEnd.isAfter(end)) {
        break;
      }
      due++;
      LocalDate held = supervisedOn.ceiling(periodStart);
      if (held == null || !held.isBefore(periodEnd)) {
        missed.add(periodStart);
      }
      periodStart = periodEnd;
    }
    SupervisionFrequency current = policies.minimumFor(member, asOf).frequency();
    return new AsyeAdherence(start, current, due, due - missed.size(), List.copyOf(missed));
  }

  /** Reads every open case in the scope once; the table's rules are read once and each line evaluated once. */
  private void readCases(ComplianceScope scope, LocalDate asOf, Map<String, List<OverdueCase>> overdue,
      Map<String, Integer> held) {
    CaseDiscussionFrequency.Rules rules = caseDiscussionFrequency.rules();
    for (CaseRow row : records.openCases(scope, asOf)) {
      held.merge(row.workerId(), 1, Integer::sum);
      CaseDiscussionFrequency.Rule rule = rules.ruleFor(new ChildCase(row.reference(), row.nature(), row.workerId(),
          row.openedOn()));
      LocalDate dueOn = rule.dueOn(row.openedOn(), row.lastDiscussedOn());
      if (dueOn.isBefore(asOf)) {
        overdue.computeIfAbsent(row.workerId(), worker -> new ArrayList<>()).add(new OverdueCase(row.reference(),
            row.nature().name(), row.lastDiscussedOn(), dueOn, ChronoUnit.DAYS.between(dueOn, asOf), rule.rule()));
      }
    }
    overdue.values().forEach(cases -> cases.sort(java.util.Comparator.comparing(OverdueCase::dueOn)));
  }

  /**
   * The trend: for each of the 12 calendar months before this one, of those whose contract (at least
   * monthly) covered the whole month, how many were supervised in it.
   */
  private static List<MonthCompliance> months(Map<String, ContractRow> contracts,
      Map<String, TreeSet<LocalDate>> supervisedByPerson, LocalDate asOf) {
    List<MonthCompliance> months = new ArrayList<>();
    for (YearMonth month = YearMonth.from(asOf).minusMonths(12); month.isBefore(YearMonth.from(asOf));
        month = month.plusMonths(1)) {
      int expected = 0;
      int supervised = 0;
      for (Map.Entry<String, TreeSet<LocalDate>> person : supervisedByPerson.entrySet()) {
        ContractRow contract = contracts.get(person.getKey());
        if (contract == null || !contract.frequency().isAtLeastAsFrequentAs(SupervisionFrequency.MONTHLY)
            || month.isBefore(wholeMonthsFrom(contract.firstInForce()))) {
          continue;
        }
        expected++;
        if (supervisedIn(person.getValue(), month)) {
          supervised++;
        }
      }
      months.add(new MonthCompliance(month, expected, supervised));
    }
    return months;
  }

  private static boolean supervisedIn(TreeSet<LocalDate> days, YearMonth month) {
    LocalDate first = days.ceiling(month.atDay(1));
    return first != null && !first.isAfter(month.atEndOfMonth());
  }

  /** The first calendar month wholly under a contract in force from this day. */
  private static YearMonth wholeMonthsFrom(LocalDate inForceFrom) {
    YearMonth month = YearMonth.from(inForceFrom);
    return inForceFrom.getDayOfMonth() == 1 ? month : month.plusMonths(1);
  }

  private static StaffMember asStaffMember(StaffRow row) {
    StaffMember member = new StaffMember(row.userId(), row.firstName(), row.lastName(), row.jobTitle(),
        Position.PRACTITIONER, row.category());
    member.setAsyeStartDate(row.asyeStartDate());
    return member;
  }

  private static LocalDate later(LocalDate one, LocalDate other) {
    if (one == null) {
      return other;
    }
    return other == null || one.isAfter(other) ? one : other;
  }
}
