package org.socialcare.supervision.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.organisation.NatureOfInvolvement;
import org.socialcare.supervision.organisation.StaffCategory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The benchmark of issue 7 (not a timed test, and not run by the build - its name is no test's):
 * compliance for 5,000 staff and 50,000 child cases with a year of records, target under 2 s on a
 * 2-core machine; the first page of the dashboard (one team) under 500 ms. Run it with
 * {@code ./mvnw test -Dtest=ComplianceBenchmark}; it prints the timings.
 */
@SpringBootTest
@ActiveProfiles("test")
class ComplianceBenchmark {

  static final int STAFF = 5_000;
  static final int CASES = 50_000;
  static final int TEAM_SIZE = 10;

  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ComplianceService compliance;
  @Autowired
  ComplianceViews views;
  @Autowired
  ComplianceRecords records;

  @Test
  void complianceOfFiveThousandStaffAndFiftyThousandCases() {
    LocalDate today = LocalDate.now();
    long start = System.nanoTime();
    seed(today);
    System.out.printf("BENCHMARK seeded %d staff, %d cases in %d ms%n", STAFF, CASES, millisSince(start));

    for (ComplianceScope scope : List.of(ComplianceScope.everyone(), ComplianceScope.team("BM-T7"))) {
      for (int run = 1; run <= 2; run++) {
        time(scope + " staff", () -> records.staff(scope));
        time(scope + " contracts", () -> records.contractsInForce(scope));
        time(scope + " held", () -> records.held(scope, today.minusMonths(12), today));
        time(scope + " lastHeld", () -> records.lastHeld(scope, today));
        time(scope + " nextBooked", () -> records.nextBooked(scope, today.atStartOfDay()));
        time(scope + " actions", () -> records.actions(scope, today));
        time(scope + " cases", () -> records.openCases(scope, today));
      }
    }
    for (int run = 1; run <= 5; run++) {
      long t = System.nanoTime();
      ComplianceReport everyone = compliance.report(ComplianceScope.everyone(), today);
      System.out.printf("BENCHMARK run %d: everyone (%d people) in %d ms; RAG %s%n", run, everyone.people().size(),
          millisSince(t), everyone.countByRag());
      assertThat(everyone.people().size()).isGreaterThanOrEqualTo(STAFF);
    }
    for (int run = 1; run <= 5; run++) {
      long t = System.nanoTime();
      String page = views.report("bm-tm-7", "TEAM", "BM-T7");
      System.out.printf("BENCHMARK run %d: first page of a team manager's dashboard (%d bytes) in %d ms%n", run,
          page.length(), millisSince(t));
    }
  }

  private void seed(LocalDate today) {
    jdbc.update("insert into service_area (code, name) values ('BM-S', 'Benchmark service')");
    jdbc.update("insert into staff_member (user_id, first_name, last_name, job_title, position, staff_category,"
        + " case_holding, service_code, employment_status) values ('bm-ad', 'Bench', 'Director', 'AD',"
        + " 'ASSISTANT_DIRECTOR', 'STRATEGIC_LEAD_OR_SERVICE_MANAGER', false, 'BM-S', 'ACTIVE')");
    int teams = STAFF / TEAM_SIZE;
    List<Object[]> teamRows = new ArrayList<>();
    List<Object[]> staffRows = new ArrayList<>();
    for (int t = 0; t < teams; t++) {
      teamRows.add(new Object[] {"BM-T" + t, "Team " + t, "BM-S"});
      staffRows.add(new Object[] {"bm-tm-" + t, "Team", "Manager" + t, "Team Manager", "TEAM_MANAGER",
          StaffCategory.TEAM_MANAGER.name(), false, null, "BM-T" + t, "bm-ad"});
    }
    jdbc.batchUpdate("insert into team (code, name, service_code) values (?, ?, ?)", teamRows);
    StaffCategory[] categories = {StaffCategory.CASE_MANAGEMENT_SOCIAL_WORKER, StaffCategory.SOCIAL_WORKER_CASE_HOLDING,
        StaffCategory.SUPPORT_SERVICES_CASE_HOLDING, StaffCategory.SOCIAL_WORKER_NON_CASE_HOLDING,
        StaffCategory.INFORMATION_COORDINATOR_OR_OTHER_SUPPORT};
    for (int i = 0; i < STAFF - teams; i++) {
      int team = i % teams;
      staffRows.add(new Object[] {"bm-" + i, "Worker", "Number" + i, "Social Worker", "PRACTITIONER",
          categories[i % categories.length].name(), i % categories.length < 3,
          i % 20 == 0 ? Date.valueOf(today.minusWeeks(i % 52)) : null, "BM-T" + team, "bm-tm-" + team});
    }
    jdbc.batchUpdate("insert into staff_member (user_id, first_name, last_name, job_title, position, staff_category,"
        + " case_holding, asye_start_date, team_code, line_manager_id, employment_status)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')", staffRows);

    List<Object[]> contracts = new ArrayList<>();
    for (Object[] person : staffRows) {
      contracts.add(new Object[] {person[0], person[9], person[9], Date.valueOf(today.plusMonths(6)),
          Timestamp.valueOf(today.minusMonths(18).atStartOfDay()), Date.valueOf(today.minusMonths(18))});
    }
    jdbc.batchUpdate("insert into supervision_contract (supervisee_id, supervisor_id, disagreement_manager_id, status,"
        + " format, frequency, duration_minutes, policy_frequency, key_tasks, standards, review_date, drafted_at,"
        + " in_force_from) values (?, ?, ?, 'IN_FORCE', 'INDIVIDUAL', 'MONTHLY', 90, 'MONTHLY', 'Casework',"
        + " 'Standards', ?, ?, ?)", contracts);
    List<Object[]> contractIds = new ArrayList<>();
    jdbc.query("select id, supervisee_id, supervisor_id from supervision_contract where supervisee_id like 'bm-%'",
        rs -> {
          contractIds.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)});
        });

    List<Object[]> records = new ArrayList<>();
    List<Object[]> booked = new ArrayList<>();
    int n = 0;
    for (Object[] contract : contractIds) {
      n++;
      for (int month = 0; month < 12; month++) {
        if ((n + month) % 11 == 0) {
          continue; // now and then a month is missed
        }
        LocalDate held = today.minusMonths(month).minusDays(n % 20);
        records.add(new Object[] {contract[1], contract[2], Date.valueOf(held), 60 + (n % 4) * 15,
            Timestamp.valueOf(held.atTime(12, 0))});
        booked.add(new Object[] {contract[1], contract[2], contract[0],
            Timestamp.valueOf(today.plusMonths(month).plusDays(n % 25).atTime(10, 0)),
            Timestamp.valueOf(today.minusMonths(12).atStartOfDay())});
      }
    }
    jdbc.batchUpdate("insert into supervision_record (supervisee_id, supervisor_id, template, status, held_on,"
        + " duration_minutes, recorded_at) values (?, ?, 'PRACTITIONER', 'SIGNED', ?, ?, ?)", records);
    jdbc.batchUpdate("insert into booked_session (supervisee_id, supervisor_id, contract_id, scheduled_at,"
        + " duration_minutes, kind, frequency, status, booked_at) values (?, ?, ?, ?, 90, 'INDIVIDUAL', 'MONTHLY',"
        + " 'BOOKED', ?)", booked);

    NatureOfInvolvement[] natures = NatureOfInvolvement.values();
    List<Object[]> cases = new ArrayList<>();
    List<Object[]> discussions = new ArrayList<>();
    List<Object[]> actions = new ArrayList<>();
    for (int c = 0; c < CASES; c++) {
      String worker = "bm-" + (c % (STAFF - teams));
      String reference = "BM" + c;
      cases.add(new Object[] {reference, natures[c % natures.length].name(), worker,
          Date.valueOf(today.minusDays(30 + c % 700))});
      for (int d = 1; d <= 2; d++) {
        LocalDate on = today.minusDays((long) d * (20 + c % 90));
        discussions.add(new Object[] {reference, worker, "bm-ad", Date.valueOf(on),
            Timestamp.valueOf(on.atTime(12, 0))});
      }
      if (c % 5 == 0) {
        actions.add(new Object[] {worker, worker, "Action " + c, Date.valueOf(today.plusDays(c % 40 - 20)),
            Date.valueOf(today.minusDays(40))});
      }
    }
    jdbc.batchUpdate("insert into child_case (reference, nature_of_involvement, allocated_worker_id, opened_on)"
        + " values (?, ?, ?, ?)", cases);
    jdbc.batchUpdate("insert into case_discussion (case_reference, supervisee_id, recorded_by, discussed_on, source,"
        + " source_id, current_situation, reflection, analysis, actions, recorded_at) values (?, ?, ?, ?, 'SESSION',"
        + " 0, 's', 'r', 'a', 'a', ?)", discussions);
    jdbc.batchUpdate("insert into agreed_action (supervisee_id, owner_id, description, due_on, source, source_id,"
        + " status, agreed_on) values (?, ?, ?, ?, 'SESSION', 0, 'OPEN', ?)", actions);
  }

  private static void time(String what, Runnable work) {
    long t = System.nanoTime();
    work.run();
    System.out.printf("BENCHMARK   %s: %d ms%n", what, millisSince(t));
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
