package org.socialcare.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 001, "Audit": the grandparent audits are timetabled by role - one test per line of the
 * policy's table - and the file audited is chosen fairly, the choice recorded.
 */
class AuditScheduleTest extends ProcessTestCase {

  @Autowired
  AuditSchedule schedule;
  @Autowired
  AuditFixture fixture;

  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(today());
  }

  @Test
  void theDirectorAuditsOneServiceManagersFileEachYear() {
    List<GrandparentAudit> first = schedule.startDueAuditsOf(people.director());

    assertThat(first).singleElement().satisfies(audit -> {
      assertThat(audit.getKind()).isEqualTo(AuditKind.FILE_AUDIT);
      assertThat(audit.getSuperviseeId()).isIn(people.serviceManager(), people.otherServiceManager());
      assertThat(audit.getSupervisorId()).isEqualTo(people.assistantDirector());
      assertThat(audit.getRoundStart()).isEqualTo(LocalDate.of(2026, 1, 1));
      assertAuditTaskFor(audit, people.director());
    });
    on(LocalDate.of(2026, 10, 1));
    assertThat(schedule.startDueAuditsOf(people.director())).as("one a year").isEmpty();
    on(LocalDate.of(2027, 1, 1));
    assertThat(schedule.startDueAuditsOf(people.director())).singleElement()
        .satisfies(audit -> assertThat(audit.getSuperviseeId()).as("the other service manager's turn")
            .isNotEqualTo(first.get(0).getSuperviseeId()).isIn(people.serviceManager(), people.otherServiceManager()));
  }

  @Test
  void theAssistantDirectorAuditsOneTeamManagersFileEachQuarter() {
    List<GrandparentAudit> first = schedule.startDueAuditsOf(people.assistantDirector());
    assertThat(first).singleElement().satisfies(audit -> {
      assertThat(audit.getSuperviseeId()).isIn(people.teamManager(), people.otherTeamManager());
      assertThat(audit.getSupervisorId()).as("a team manager's supervisor is a service manager")
          .isIn(people.serviceManager(), people.otherServiceManager());
      assertAuditTaskFor(audit, people.assistantDirector());
    });
    assertThat(schedule.startDueAuditsOf(people.assistantDirector())).as("one per quarter").isEmpty();

    on(LocalDate.of(2026, 4, 1));
    assertThat(schedule.startDueAuditsOf(people.assistantDirector())).singleElement().satisfies(audit -> {
      assertThat(audit.getRoundStart()).isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(audit.getSuperviseeId()).isNotEqualTo(first.get(0).getSuperviseeId());
    });
  }

  @Test
  void aServiceManagerAuditsPractitionersFilesInTheirServiceEachQuarter() {
    List<GrandparentAudit> audits = schedule.startDueAuditsOf(people.serviceManager()).stream()
        .filter(audit -> audit.getKind() == AuditKind.FILE_AUDIT).toList();

    assertThat(audits).as("two files a quarter, as the decision table says").hasSize(2).allSatisfy(audit -> {
      assertThat(audit.getSuperviseeId()).as("a practitioner of the service manager's own service")
          .isIn(people.practitioner(), people.colleague(), people.asye(), people.nonCaseHolder());
      assertThat(audit.getSupervisorId()).isEqualTo(people.teamManager());
      assertThat(audit.getAuditorId()).as("the grandparent: the manager of the supervisor")
          .isEqualTo(people.serviceManager());
      assertAuditTaskFor(audit, people.serviceManager());
    });
  }

  @Test
  void aServiceManagerObservesATeamManagerSupervisingAPractitionerTwiceAYear() {
    GrandparentAudit first = observationsAmong(schedule.startDueAuditsOf(people.serviceManager())).get(0);
    assertThat(first.getSupervisorId()).as("the team manager observed").isEqualTo(people.teamManager());
    assertThat(first.getRoundStart()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertAuditTaskFor(first, people.serviceManager());

    on(LocalDate.of(2026, 4, 1));
    assertThat(observationsAmong(schedule.startDueAuditsOf(people.serviceManager()))).as("not again this half year")
        .isEmpty();
    on(LocalDate.of(2026, 7, 1));
    assertThat(observationsAmong(schedule.startDueAuditsOf(people.serviceManager()))).singleElement()
        .satisfies(second -> assertThat(second.getRoundStart()).isEqualTo(LocalDate.of(2026, 7, 1)));
  }

  @Test
  void theFileAuditedLongestAgoIsChosenNeverAuditedFirstAndTheChoiceIsRecorded() {
    fixture.chosenEarlier(AuditKind.FILE_AUDIT, people.asye(), LocalDate.of(2025, 12, 1));
    fixture.chosenEarlier(AuditKind.FILE_AUDIT, people.colleague(), LocalDate.of(2025, 6, 1));
    fixture.chosenEarlier(AuditKind.FILE_AUDIT, people.practitioner(), LocalDate.of(2025, 3, 1));

    List<GrandparentAudit> chosen = schedule.startDueAuditsOf(people.serviceManager()).stream()
        .filter(audit -> audit.getKind() == AuditKind.FILE_AUDIT).toList();

    assertThat(chosen).extracting(GrandparentAudit::getSuperviseeId).as("never audited, then audited longest ago")
        .containsExactly(people.nonCaseHolder(), people.practitioner());
    assertThat(chosen.get(0).getChoiceReason()).startsWith("never audited before; chosen from 4 eligible");
    assertThat(chosen.get(1).getChoiceReason()).startsWith("last audited on 2025-03-01; chosen from 4 eligible");
    assertThat(chosen).allSatisfy(audit -> {
      assertThat(audit.getChosenAt()).isEqualTo(LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(),
          ZoneId.systemDefault()));
      assertThat(audit.getPolicyRule()).startsWith("Service manager: quarterly");
    });
    assertThat(schedule.auditsOf(people.practitioner())).hasSize(2);
  }

  @Test
  void theQuarterlyTimerStartsTheAuditsOfTheRoundsThatBegin() {
    on(LocalDate.of(2026, 4, 1));
    Job timer = managementService().createJobQuery().processDefinitionKey("audit-schedule-check").timers()
        .singleResult();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).isEqualTo(1);
    assertThat(due.getMonthValue()).as("a quarter's first month").isIn(1, 4, 7, 10);
    assertThat(due.toLocalTime()).isEqualTo(LocalTime.of(6, 0));

    managementService().executeJob(timer.getId());

    assertThat(schedule.auditsBy(people.director())).hasSize(1);
    assertThat(schedule.auditsBy(people.assistantDirector())).hasSize(1);
    assertThat(schedule.auditsBy(people.serviceManager())).extracting(GrandparentAudit::getKind)
        .containsExactlyInAnyOrder(AuditKind.FILE_AUDIT, AuditKind.FILE_AUDIT, AuditKind.OBSERVATION);
    assertThat(schedule.auditsBy(people.teamManager())).as("team managers have no line in the table").isEmpty();

    // A round at 5,000 staff starts over a thousand audits: each gathers its evidence in a step of its own.
    for (GrandparentAudit audit : schedule.auditsBy(people.serviceManager())) {
      assertThat(instanceOf(audit)).isWaitingAt("StartEvent_AuditDue");
      assertThat(instanceOf(audit)).as("no task before its own step ran").task().isNull();
      assertAuditTaskFor(audit, people.serviceManager());
    }
  }

  private static List<GrandparentAudit> observationsAmong(List<GrandparentAudit> audits) {
    return audits.stream().filter(audit -> audit.getKind() == AuditKind.OBSERVATION).toList();
  }

  /** The audit's task, once its asynchronous start has run as the job executor would run it. */
  private void assertAuditTaskFor(GrandparentAudit audit, String auditor) {
    executeDueJobs(engine, audit.getProcessInstanceId());
    assertThat(instanceOf(audit)).hasBusinessKey(audit.getSuperviseeId()).isWaitingAt(audit.getKind() == AuditKind.OBSERVATION
        ? "UserTask_ObserveSupervisionPractice" : "UserTask_AuditSupervisionFile").task().isAssignedTo(auditor);
  }

  private static void on(LocalDate day) {
    ClockUtil.setCurrentTime(Date.from(day.atTime(6, 0).atZone(ZoneId.systemDefault()).toInstant()));
  }

  private static ProcessInstance instanceOf(GrandparentAudit audit) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(audit.getProcessInstanceId()).singleResult();
  }
}
