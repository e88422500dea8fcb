package org.socialcare.supervision.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.organisation.NatureOfInvolvement;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.session.BookedSession;
import org.socialcare.supervision.session.BookedSessionRepository;
import org.socialcare.supervision.session.SessionRecording;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Compliance computed from the records against hand-worked examples of the policy (seed 001, 3.5
 * and 3.6; seed 002). Today is Monday 2 March 2026 (ProcessTestCase's clock).
 */
class ComplianceServiceTest extends ProcessTestCase {

  @Autowired
  ComplianceService compliance;
  @Autowired
  SupervisionHistory history;
  @Autowired
  SessionRecording recording;
  @Autowired
  BookedSessionRepository sessions;

  People people;
  LocalDate today;

  @BeforeEach
  void organisation() {
    today = today();
    people = organisation.create(today);
  }

  @Test
  void aPersonsHistoryAndTheRecordFormShowWhenEachChildWasLastDiscussed() {
    long contract = history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        today.minusMonths(6), today.plusMonths(6));
    history.booked(people.colleague(), people.teamManager(), contract, today.plusDays(1).atTime(10, 0));
    history.childCase("CP-TWICE", NatureOfInvolvement.CHILD_PROTECTION_PLAN, people.colleague(), today.minusYears(1));
    history.childCase("L2-NEVER", NatureOfInvolvement.LEVEL_2, people.colleague(), today.minusWeeks(2));
    history.caseDiscussed("CP-TWICE", people.colleague(), people.teamManager(), today.minusDays(70));
    history.caseDiscussed("CP-TWICE", people.colleague(), people.teamManager(), today.minusDays(20));

    assertThat(compliance.historyOf(people.colleague(), today).cases())
        .filteredOn(due -> List.of("CP-TWICE", "L2-NEVER").contains(due.reference()))
        .extracting(PersonHistory.CaseDue::reference, PersonHistory.CaseDue::lastDiscussedOn)
        .containsExactlyInAnyOrder(tuple("CP-TWICE", today.minusDays(20)), tuple("L2-NEVER", null));
    BookedSession next = sessions.findBySuperviseeIdOrderByScheduledAt(people.colleague()).get(0);
    assertThat(recording.casesToDiscuss(next))
        .filteredOn(row -> List.of("CP-TWICE", "L2-NEVER").contains(row.get("caseReference")))
        .extracting(row -> row.get("caseReference"), row -> row.get("lastDiscussedOn"))
        .containsExactlyInAnyOrder(tuple("CP-TWICE", today.minusDays(20).toString()), tuple("L2-NEVER", "never"));
  }

  @Test
  void anAsyeFourWeeksInWhoWasSupervisedEveryWeekIsOnSchedule() {
    LocalDate start = today.minusWeeks(4);
    history.asyeStartedOn(people.asye(), start);
    long contract = history.contractInForce(people.asye(), people.teamManager(), SupervisionFrequency.WEEKLY, start,
        start.plusMonths(12));
    for (int week = 0; week < 4; week++) {
      history.held(people.asye(), people.teamManager(), start.plusWeeks(week).plusDays(1), 90);
    }
    history.booked(people.asye(), people.teamManager(), contract, today.plusDays(2).atTime(10, 0));

    StaffCompliance asye = personal(people.asye());

    assertThat(asye.policyFrequency()).as("weekly for the first 6 weeks").isEqualTo(SupervisionFrequency.WEEKLY);
    assertThat(asye.asye().periodsDue()).isEqualTo(4);
    assertThat(asye.asye().periodsMet()).isEqualTo(4);
    assertThat(asye.asye().currentFrequency()).isEqualTo(SupervisionFrequency.WEEKLY);
    assertThat(asye.sessionsHeld()).isEqualTo(4);
    assertThat(asye.rag()).as(String.join("; ", asye.reasons())).isEqualTo(Rag.GREEN);
  }

  @Test
  void anAsyeFourWeeksInWhoMissedTwoWeeksBreachesTheSchedule() {
    LocalDate start = today.minusWeeks(4);
    history.asyeStartedOn(people.asye(), start);
    long contract = history.contractInForce(people.asye(), people.teamManager(), SupervisionFrequency.WEEKLY, start,
        start.plusMonths(12));
    history.held(people.asye(), people.teamManager(), start.plusDays(1), 90);
    history.held(people.asye(), people.teamManager(), start.plusDays(8), 90);
    history.booked(people.asye(), people.teamManager(), contract, today.plusDays(2).atTime(10, 0));

    StaffCompliance asye = personal(people.asye());

    assertThat(asye.asye().missedPeriodStarts()).containsExactly(start.plusWeeks(2), start.plusWeeks(3));
    assertThat(asye.rag()).isEqualTo(Rag.RED);
    assertThat(asye.reasons()).contains("ASYE: 2 of 4 periods of the schedule without supervision");
  }

  @Test
  void aWorkerWhoMissedTwoMonthsInARowBreachesThePolicy() {
    long contract = history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        LocalDate.of(2025, 1, 15), LocalDate.of(2026, 12, 1));
    history.heldMonthly(people.colleague(), people.teamManager(), YearMonth.of(2025, 3), YearMonth.of(2025, 12));
    history.booked(people.colleague(), people.teamManager(), contract, today.plusDays(3).atTime(10, 0));

    StaffCompliance worker = personal(people.colleague());

    assertThat(worker.consecutiveMissedMonths()).as("January and February 2026").isEqualTo(2);
    assertThat(worker.sessionsHeld()).isEqualTo(10);
    assertThat(worker.qualifyingSessions()).isEqualTo(10);
    assertThat(worker.hoursHeld()).isEqualTo(15.0);
    assertThat(worker.minimumSessions()).isEqualTo(10);
    assertThat(worker.lastHeldOn()).isEqualTo(LocalDate.of(2025, 12, 10));
    assertThat(worker.nextDueBy()).isEqualTo(LocalDate.of(2026, 1, 10));
    assertThat(worker.rag()).isEqualTo(Rag.RED);
    assertThat(worker.reasons()).first().isEqualTo("2 months in a row without supervision (policy: never more than one)");
  }

  @Test
  void oneMonthWithoutSupervisionIsAtRiskButNotYetABreach() {
    long contract = history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        LocalDate.of(2025, 1, 15), LocalDate.of(2026, 12, 1));
    history.heldMonthly(people.colleague(), people.teamManager(), YearMonth.of(2025, 3), YearMonth.of(2026, 1));
    history.booked(people.colleague(), people.teamManager(), contract, today.plusDays(3).atTime(10, 0));

    StaffCompliance worker = personal(people.colleague());

    assertThat(worker.consecutiveMissedMonths()).isEqualTo(1);
    assertThat(worker.rag()).isEqualTo(Rag.AMBER);
    assertThat(worker.reasons()).contains("No supervision last month");
  }

  @Test
  void sessionsShorterThanAnHourAndAHalfDoNotCountTowardsTheMinimumOfTen() {
    long contract = history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        LocalDate.of(2025, 1, 15), LocalDate.of(2026, 12, 1));
    for (YearMonth month = YearMonth.of(2025, 3); !month.isAfter(YearMonth.of(2026, 2)); month = month.plusMonths(1)) {
      history.held(people.colleague(), people.teamManager(), month.atDay(10), month.isBefore(YearMonth.of(2025, 5)) ? 45 : 90);
    }
    history.booked(people.colleague(), people.teamManager(), contract, today.plusDays(3).atTime(10, 0));

    StaffCompliance worker = personal(people.colleague());

    assertThat(worker.sessionsHeld()).isEqualTo(12);
    assertThat(worker.qualifyingSessions()).isEqualTo(10);
    assertThat(worker.rag()).as(String.join("; ", worker.reasons())).isEqualTo(Rag.GREEN);
  }

  @Test
  void groupSupervisionAttendedCountsAsSupervisionHeldAndMissedDoesNot() {
    history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        LocalDate.of(2025, 1, 15), LocalDate.of(2026, 12, 1));
    history.contractInForce(people.practitioner(), people.teamManager(), SupervisionFrequency.MONTHLY,
        LocalDate.of(2025, 1, 15), LocalDate.of(2026, 12, 1));
    for (YearMonth month = YearMonth.of(2025, 3); !month.isAfter(YearMonth.of(2025, 12)); month = month.plusMonths(1)) {
      history.held(people.colleague(), people.teamManager(), month.atDay(10), 90);
      history.held(people.practitioner(), people.teamManager(), month.atDay(10), 90);
    }
    history.groupAttended(people.otherTeamManager(), people.colleague(), people.practitioner(), LocalDate.of(2026, 1, 20));
    history.groupAttended(people.otherTeamManager(), people.colleague(), people.practitioner(), LocalDate.of(2026, 2, 17));

    ComplianceReport team = compliance.report(ComplianceScope.team(teamOf(people)), today);

    StaffCompliance attended = team.of(people.colleague()).orElseThrow();
    assertThat(attended.sessionsHeld()).isEqualTo(12);
    assertThat(attended.qualifyingSessions()).isEqualTo(12);
    assertThat(attended.hoursHeld()).as("hours are the individual records'").isEqualTo(15.0);
    assertThat(attended.consecutiveMissedMonths()).isZero();
    assertThat(attended.lastHeldOn()).isEqualTo(LocalDate.of(2026, 2, 17));
    StaffCompliance absent = team.of(people.practitioner()).orElseThrow();
    assertThat(absent.sessionsHeld()).isEqualTo(10);
    assertThat(absent.consecutiveMissedMonths()).isEqualTo(2);
  }

  @Test
  void aCareLeaverOverTwentyOneIsDueEveryThreeMonths() {
    long contract = history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        LocalDate.of(2025, 1, 15), LocalDate.of(2026, 12, 1));
    history.heldMonthly(people.colleague(), people.teamManager(), YearMonth.of(2025, 3), YearMonth.of(2026, 2));
    history.booked(people.colleague(), people.teamManager(), contract, today.plusDays(3).atTime(10, 0));
    String discussed80DaysAgo = "CL80" + people.colleague();
    String discussed100DaysAgo = "CL100" + people.colleague();
    history.childCase(discussed80DaysAgo, NatureOfInvolvement.CARE_LEAVER_21_PLUS, people.colleague(),
        today.minusYears(2));
    history.childCase(discussed100DaysAgo, NatureOfInvolvement.CARE_LEAVER_21_PLUS, people.colleague(),
        today.minusYears(2));
    history.caseDiscussed(discussed80DaysAgo, people.colleague(), people.teamManager(), today.minusDays(80));
    history.caseDiscussed(discussed100DaysAgo, people.colleague(), people.teamManager(), today.minusDays(100));

    StaffCompliance worker = personal(people.colleague());

    // 100 days ago was 22 November 2025: due three months later, on 22 February 2026, 8 days ago.
    // 80 days ago was 12 December 2025: due on 12 March 2026, not yet.
    assertThat(worker.casesHeld()).isEqualTo(2);
    assertThat(worker.overdueCases()).singleElement().satisfies(overdue -> {
      assertThat(overdue.reference()).isEqualTo(discussed100DaysAgo);
      assertThat(overdue.dueOn()).isEqualTo(LocalDate.of(2026, 2, 22));
      assertThat(overdue.daysOverdue()).isEqualTo(8);
    });
    assertThat(worker.rag()).isEqualTo(Rag.AMBER);
    assertThat(worker.reasons()).singleElement().asString().startsWith("Case " + discussed100DaysAgo);
  }

  @Test
  void withoutAContractInForceSupervisionIsNotInPlace() {
    StaffCompliance worker = personal(people.colleague());

    assertThat(worker.contract()).isNull();
    assertThat(worker.rag()).isEqualTo(Rag.RED);
    assertThat(worker.reasons()).contains("No supervision contract in force");
  }

  @Test
  void overdueActionsAndAPassedReviewDateAreAtRisk() {
    long contract = history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        LocalDate.of(2025, 1, 15), LocalDate.of(2026, 2, 1));
    history.heldMonthly(people.colleague(), people.teamManager(), YearMonth.of(2025, 3), YearMonth.of(2026, 2));
    history.booked(people.colleague(), people.teamManager(), contract, today.plusDays(3).atTime(10, 0));
    history.openAction(people.colleague(), people.colleague(), "Book the training", today.minusDays(30),
        today.minusDays(1));
    history.openAction(people.colleague(), people.colleague(), "Update the plan", today.minusDays(30),
        today.plusDays(5));

    StaffCompliance worker = personal(people.colleague());

    assertThat(worker.openActions()).isEqualTo(2);
    assertThat(worker.overdueActions()).isEqualTo(1);
    assertThat(worker.rag()).isEqualTo(Rag.AMBER);
    assertThat(worker.reasons()).containsExactly("1 agreed action(s) overdue", "Contract review was due on 2026-02-01");
  }

  @Test
  void aTeamsReportHoldsItsMembersOnlyAndTheMonthlyTrend() {
    history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        LocalDate.of(2025, 1, 15), LocalDate.of(2026, 12, 1));
    history.held(people.colleague(), people.teamManager(), LocalDate.of(2026, 1, 20), 90);

    ComplianceReport team = compliance.report(ComplianceScope.team(teamOf(people)), today);

    assertThat(team.people()).extracting(StaffCompliance::userId)
        .contains(people.practitioner(), people.colleague(), people.asye(), people.nonCaseHolder(), people.teamManager())
        .doesNotContain(people.otherPractitioner(), people.serviceManager());
    assertThat(team.months()).hasSize(12);
    assertThat(team.months().get(10)).satisfies(january -> {
      assertThat(january.month()).isEqualTo(YearMonth.of(2026, 1));
      assertThat(january.expected()).isEqualTo(1);
      assertThat(january.supervised()).isEqualTo(1);
    });
    assertThat(team.months().get(11).percent()).as("nobody supervised in February").isZero();
    assertThat(compliance.report(ComplianceScope.service(serviceOf(people)), today).people())
        .extracting(StaffCompliance::userId).contains(people.serviceManager(), people.colleague())
        .doesNotContain(people.otherPractitioner());
  }

  private StaffCompliance personal(String userId) {
    return compliance.report(ComplianceScope.person(userId), today).of(userId).orElseThrow();
  }

  static String teamOf(People people) {
    return "T" + people.director().substring("dir".length());
  }

  static String serviceOf(People people) {
    return "SVC" + people.director().substring("dir".length());
  }
}
