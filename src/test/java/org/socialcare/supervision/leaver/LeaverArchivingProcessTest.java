package org.socialcare.supervision.leaver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.escalation.DisagreementProcess;
import org.socialcare.supervision.escalation.ConcernProcess;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.group.GroupSupervisionService;
import org.socialcare.supervision.notification.Notification;
import org.socialcare.supervision.organisation.EmploymentStatus;
import org.socialcare.supervision.organisation.StaffRepository;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.session.ScheduleCalendar;
import org.socialcare.supervision.session.SessionProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Seed 001, 5: "If the supervisee leaves the directorate, all supervision records, including
 * supervisee's copies, should be sent to HR as they remain the property of the Directorate";
 * "Upon leaving ... the supervision record will be archived by HR". Seed 004: the records are the
 * organisation's property.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LeaverArchivingProcessTest extends ProcessTestCase {

  @Autowired
  LeaverFixture fixture;
  @Autowired
  LeavingService leaving;
  @Autowired
  StaffRepository staff;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  GroupSupervisionService groups;
  @Autowired
  ScheduleCalendar calendar;

  People people;
  ProcessInstance session;

  /**
   * The practitioner's first session is recorded on 2 April 2026 with a case discussion and two
   * agreed actions (one each), and waits for the practitioner's signature.
   */
  @BeforeEach
  void aRecordedSessionWithAgreedActions() {
    people = organisation.create(today());
    session = fixture.firstSessionAtRecording(people.practitioner());
    Map<String, Object> record = new HashMap<>(LeaverFixture.heldRecord());
    record.put("caseDiscussions", List.of(Map.of("caseReference", "C-" + people.practitioner().substring(3),
        "discussed", true, "currentSituation", "Plan on track", "reflection", "Good engagement",
        "analysis", "Risk lower", "caseActions", "Review in a month")));
    record.put("actions", List.of(
        Map.of("section", "workloadManagement", "what", "Transfer two cases", "ownerId", "supervisor",
            "dueOn", "2026-04-16"),
        Map.of("section", "workloadManagement", "what", "Book court skills training", "ownerId", "supervisee",
            "dueOn", "2026-04-30")));
    complete(task("UserTask_RecordSession", session), record);
  }

  /**
   * HR's check tasks are candidate-group tasks every HR officer sees; this test's must not show in
   * the work of other tests' HR officers that share the database (RestAccessTest: HR sees no task).
   */
  @AfterEach
  void endThisTestsLeavings() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LeaverArchivingProcess.KEY).list()
        .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over"));
  }

  @Test
  void onTheLeavingDateTheLeaversProcessesEndWithTheReasonAndTheArchiveIsGatheredForHr() {
    ProcessInstance leaver = recordLeaving(people.hr(), people.practitioner(), "2026-04-30");
    assertThat(leaver).isWaitingAt("TimerEvent_LeavingDate");
    assertThat(leaver.getBusinessKey()).isEqualTo(people.practitioner());
    assertThat(fixture.asUser(people.hr(), () -> engine.getRuntimeService().createVariableInstanceQuery()
        .processInstanceIdIn(leaver.getId()).variableName("superviseeName").singleResult().getValue()))
        .as("HR, who work its tasks as a group, read whom it is about (Tasklist's About)")
        .isEqualTo("Pat Practitioner");
    assertThat(fixture.processesAbout(people.practitioner(), SessionProcess.KEY)).as("still at work").isNotEmpty();

    leaveOn(leaver, 4, 30);

    assertThat(leaver).isWaitingAt("UserTask_CheckArchive");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(people.practitioner())
        .list()).extracting(ProcessInstance::getId).containsExactly(leaver.getId());
    List<HistoricProcessInstance> ended = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(people.practitioner()).processDefinitionKeyNotIn(List.of(LeaverArchivingProcess.KEY))
        .unfinished().list();
    assertThat(ended).isEmpty();
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(people.practitioner()).processDefinitionKey(SessionProcess.KEY).list())
        .allSatisfy(instance -> assertThat(instance.getDeleteReason())
            .isEqualTo("Left the organisation on 2026-04-30"));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(people.practitioner()).list())
        .singleElement().satisfies(check -> assertThat(check.getTaskDefinitionKey()).isEqualTo("UserTask_CheckArchive"));
    assertThat(fixture.asUser(people.hr(), () -> engine.getTaskService().createTaskQuery()
        .taskDefinitionKey("UserTask_CheckArchive").processInstanceId(leaver.getId()).count())).isEqualTo(1);
    assertThat(jdbc.queryForList("select status, ended_on from supervision_contract where supervisee_id = ?",
        people.practitioner()))
        .as("their contract ended on the leaving date: no supervision is owed under it any more")
        .singleElement().satisfies(contract -> {
          assertThat(contract.get("status")).isEqualTo("ENDED");
          assertThat(contract.get("ended_on").toString()).isEqualTo("2026-04-30");
        });
    assertThat(leaver).variables().containsEntry("archiveCounts", "contract: 1\nsupervision-record: 1\n"
        + "group-record: 0\ncase-discussion: 1\nagreed-action: 2\ndisagreement: 0\nsupervision-concern: 0\naudit: 0\ncpd-log-entry: 0").containsEntry("archiveItems", 5);
  }

  /**
   * A leaver's sessions still to come are not held: they go from the supervisor's diary rather than
   * staying booked with someone who has left, and the one recorded stays as it was.
   */
  @Test
  void onTheLeavingDateTheLeaversBookedSessionsAreWithdrawnFromTheSupervisorsDiary() {
    ProcessInstance leaver = recordLeaving(people.hr(), people.practitioner(), "2026-04-30");
    assertThat(sessionStatusesOf(people.practitioner())).containsEntry("BOOKED", 11L);

    leaveOn(leaver, 4, 30);

    assertThat(sessionStatusesOf(people.practitioner())).as("the first session was held; none is booked any more")
        .containsEntry("WITHDRAWN", 11L).doesNotContainKey("BOOKED");
    List<Notification> toSupervisor = fixture.notificationsWithAttachmentsTo(people.teamManager()).stream()
        .filter(n -> n.getSubject().equals("Supervision of Pat Practitioner withdrawn")).toList();
    assertThat(toSupervisor).hasSize(1);
    assertThat(toSupervisor.get(0).getBody()).contains("left the organisation on 2026-04-30", "11 supervision sessions");
    assertThat(toSupervisor.get(0).getAttachmentName()).contains(people.practitioner() + ".ics");
    String diary = calendar.icsFor(people.practitioner());
    assertThat(diary.split("STATUS:CANCELLED", -1)).as("every withdrawn session cancelled in the diary").hasSize(12);
    assertThat(diary.split("STATUS:CONFIRMED", -1)).as("the session held stays").hasSize(2);
  }

  @Test
  void nothingIsLostTheArchiveHoldsEveryRowTheDatabaseHoldsForThePerson() throws IOException {
    var facilitator = staff.findById(people.otherTeamManager()).orElseThrow();
    facilitator.setGroupFacilitator(true);
    staff.save(facilitator);
    groups.plan(people.otherTeamManager(), new GroupSupervisionService.Plan("", String.join(", ", people.practitioner(),
        people.colleague(), people.asye()), "2026-04-10T10:00Z", 90), new GroupSupervisionService.GroupSize(3, 8), null);
    ProcessInstance leaver = recordLeaving(people.hr(), people.practitioner(), "2026-04-30");
    leaveOn(leaver, 4, 30);

    String index = fixture.restGet(people.hr(), "/api/archives/" + people.practitioner() + "/index.csv", String.class);
    Map<String, Long> archived = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(index)).getRecords().stream()
        .collect(Collectors.groupingBy(row -> row.get("kind"), TreeMap::new, Collectors.counting()));
    Map<String, Long> held = new TreeMap<>(databaseCountsFor(people.practitioner()));
    held.values().removeIf(count -> count == 0);

    assertThat(archived).isEqualTo(held).containsEntry("agreed-action", 2L).containsEntry("contract", 1L)
        .containsEntry("group-record", 1L).containsEntry("case-discussion", 1L);
    CSVRecord first = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(index)).getRecords().get(0);
    byte[] pdf = fixture.restGet(people.hr(), first.get("download"), byte[].class);
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void aLeaverWithAnOpenDisagreementAndAConcernHasThemEndedWithTheReasonAndArchived() throws IOException {
    Map<String, Object> statement = new HashMap<>(Map.of("recordHeldOn", "2026-04-02",
        "disagreedDecision", "Close the case at the next review", "superviseePosition", "The family still needs support",
        "supervisorPosition", "The plan's goals are met", "atStake", "A child's safety"));
    ProcessInstance disagreement = fixture.asUser(people.practitioner(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(DisagreementProcess.KEY, statement));
    ProcessInstance concern = fixture.asUser(people.practitioner(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ConcernProcess.KEY, Map.of("concern", "Sessions are always cut short")));
    assertThat(disagreement).isActive();
    assertThat(concern).isActive();

    ProcessInstance leaver = recordLeaving(people.hr(), people.practitioner(), "2026-04-30");
    leaveOn(leaver, 4, 30);

    for (ProcessInstance ended : List.of(disagreement, concern)) {
      assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(ended.getId())
          .singleResult().getDeleteReason()).isEqualTo("Left the organisation on 2026-04-30");
    }
    String index = fixture.restGet(people.hr(), "/api/archives/" + people.practitioner() + "/index.csv", String.class);
    assertThat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(index))
        .getRecords()).extracting(row -> row.get("kind")).contains("disagreement", "supervision-concern");
  }

  @Test
  void hrRejectsWithAReasonTheArchiveIsGatheredAgainThenHrAccepts() {
    ProcessInstance leaver = recordLeaving(people.hr(), people.practitioner(), "2026-04-30");
    leaveOn(leaver, 4, 30);

    assertThat(rejectionOf(() -> complete(task(leaver), withVariables("archiveDecision", "reject")))
        .fieldErrors()).containsKey("rejectionReason");
    complete(task(leaver), withVariables("archiveDecision", "reject", "rejectionReason", "The March record is missing"));

    assertThat(leaver).isWaitingAt("UserTask_CheckArchive").hasPassedInOrder("ServiceTask_GatherArchive",
        "UserTask_CheckArchive", "ServiceTask_GatherArchive");
    LeaverArchive archive = leaving.archive(archiveIdOf(leaver));
    assertThat(archive.getRejections()).isEqualTo(1);
    assertThat(archive.getRejectionReason()).isEqualTo("The March record is missing");
    assertThat(fixture.notificationsTo(people.teamManager())).contains("HR returned the archive of Pat Practitioner");
    assertThat(leaver).variables().doesNotContainKey("archiveDecision");

    complete(task(leaver), withVariables("archiveDecision", "accept"));
    assertThat(leaver).isWaitingAt("TimerEvent_RetentionEnds");
    assertThat(leaving.archive(archiveIdOf(leaver)).getStatus()).isEqualTo(ArchiveStatus.ACCEPTED);
  }

  @Test
  void onceAcceptedTheLeaverHasNoAccessAndOnlyHrReadsTheirFile() {
    ProcessInstance leaver = recordLeaving(people.teamManager(), people.practitioner(), "2026-04-30");
    leaveOn(leaver, 4, 30);
    String records = "/api/supervisees/" + people.practitioner() + "/records";
    assertThat(fixture.readableInstancesAbout(people.teamManager(), people.practitioner())).as("before").isPositive();
    assertThat(fixture.restStatus(people.serviceManager(), records)).as("before").isEqualTo(HttpStatus.OK);

    complete(task(leaver), withVariables("archiveDecision", "accept"));

    assertThat(staff.findById(people.practitioner()).orElseThrow().getEmploymentStatus())
        .isEqualTo(EmploymentStatus.LEFT);
    assertThat(engine.getIdentityService().createGroupQuery().groupMember(people.practitioner()).count()).isZero();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn(people.practitioner()).count())
        .isZero();
    assertThat(engine.getIdentityService().checkPassword(people.practitioner(), TestOrganisation.PASSWORD)).isFalse();
    for (String former : new String[] {people.teamManager(), people.serviceManager(), people.director()}) {
      assertThat(fixture.readableInstancesAbout(former, people.practitioner())).as(former).isZero();
      assertThat(fixture.readableHistoricTasksAbout(former, people.practitioner())).as(former).isZero();
      assertThat(fixture.restStatus(former, records)).as(former).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(fixture.restStatus(former, "/api/archives/" + people.practitioner() + "/index.csv")).as(former)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(fixture.readableInstancesAbout(people.hr(), people.practitioner()))
        .isEqualTo(fixture.instancesAbout(people.practitioner()));
    assertThat(fixture.restStatus(people.hr(), "/api/archives/" + people.practitioner() + "/index.csv"))
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aSupervisorWhoLeavesHandsTheirSuperviseesAndTasksToTheirLineManager() {
    ProcessInstance leaver = recordLeaving(people.hr(), people.teamManager(), "2026-04-30");
    leaveOn(leaver, 4, 30);

    assertThat(staff.findById(people.practitioner()).orElseThrow().getSupervisorId())
        .isEqualTo(people.serviceManager());
    assertThat(task("UserTask_SuperviseeSignsRecord", session))
        .isAssignedTo(people.practitioner());
    assertThat(session).variables().containsEntry("supervisorId", people.serviceManager());
    assertThat(engine.getTaskService().createTaskQuery().taskAssignee(people.teamManager()).count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(people.practitioner())
        .taskDefinitionKey("UserTask_CarryOutAction").taskAssignee(people.serviceManager()).count())
        .as("the action the leaver owned").isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(ContractProcess.KEY)
        .taskDefinitionKey("UserTask_DraftContract").taskAssignee(people.serviceManager()).count())
        .as("a new contract for each of the leaver's supervisees").isEqualTo(4);
  }

  @Test
  void theLeaversOtherTasksGoToTheirLineManagerWhoIsTold() {
    // A task of theirs in a process about someone else: a colleague's contract draft handed to them.
    String elsewhere = engine.getRuntimeService().startProcessInstanceByKey(ContractProcess.KEY, people.colleague(),
        Map.of("superviseeId", people.colleague())).getId();
    engine.getTaskService().setAssignee(engine.getTaskService().createTaskQuery().processInstanceId(elsewhere)
        .singleResult().getId(), people.practitioner());

    ProcessInstance leaver = recordLeaving(people.hr(), people.practitioner(), "2026-04-30");
    leaveOn(leaver, 4, 30);

    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(elsewhere).singleResult().getAssignee())
        .isEqualTo(people.teamManager());
    assertThat(fixture.notificationsTo(people.teamManager())).contains("Pat Practitioner's open tasks are now yours");
    assertThat(leaving.archive(archiveIdOf(leaver)).getTasksReassigned()).isEqualTo(1);
  }

  @Test
  void afterTheRetentionPeriodHrConfirmsDeletionOrKeepsTheArchiveWithAReason() {
    ProcessInstance leaver = recordLeaving(people.hr(), people.practitioner(), "2026-04-30");
    leaveOn(leaver, 4, 30);
    complete(task(leaver), withVariables("archiveDecision", "accept"));
    Long archiveId = archiveIdOf(leaver);

    moveClockBy(java.time.Duration.ofDays(5 * 365));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(leaver.getId()).executable().count())
        .as("kept for six years").isZero();
    moveClockBy(java.time.Duration.ofDays(366));
    execute(job(leaver));
    assertThat(leaver).isWaitingAt("UserTask_ConfirmArchiveDeletion");
    assertThat(rejectionOf(() -> complete(task(leaver), withVariables("deletionDecision", "keep"))).fieldErrors())
        .containsKey("keptReason");
    complete(task(leaver), withVariables("deletionDecision", "keep", "keptReason", "A claim is pending"));
    assertThat(leaver).isWaitingAt("TimerEvent_RetentionEnds");
    assertThat(leaving.archive(archiveId).getKeptReason()).isEqualTo("A claim is pending");
    assertThat(fixture.restStatus(people.hr(), "/api/archives/" + people.practitioner() + "/index.csv"))
        .isEqualTo(HttpStatus.OK);

    moveClockBy(java.time.Duration.ofDays(6 * 366));
    execute(job(leaver));
    complete(task(leaver), withVariables("deletionDecision", "delete"));

    assertThat(leaver).isEnded().hasPassed("EndEvent_ArchiveDeleted");
    LeaverArchive deleted = leaving.archive(archiveId);
    assertThat(deleted.getStatus()).isEqualTo(ArchiveStatus.DELETED);
    assertThat(deleted.getDeletedItems()).isEqualTo(5);
    assertThat(deleted.getDeletedAt()).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from archive_item where archive_id = ?", Long.class, archiveId))
        .isZero();
    assertThat(fixture.restStatus(people.hr(), "/api/archives/" + people.practitioner() + "/index.csv"))
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void onlyHrOrTheLineManagerRecordALeavingOfACurrentMemberOfStaffFromTodayOn() {
    assertThatThrownBy(() -> recordLeaving(people.colleague(), people.practitioner(), "2026-04-30"))
        .as("not in Tasklist for a practitioner").isInstanceOf(AuthorizationException.class);
    assertThat(rejectionOf(() -> recordLeaving(people.otherTeamManager(), people.practitioner(), "2026-04-30"))
        .fieldErrors()).containsKey("leaverId");
    assertThat(rejectionOf(() -> recordLeaving(people.hr(), "nobody", "2026-04-30")).fieldErrors())
        .containsKey("leaverId");
    assertThat(rejectionOf(() -> recordLeaving(people.hr(), people.practitioner(), "2026-04-01")).fieldErrors())
        .containsKey("leavingDate");
    recordLeaving(people.hr(), people.practitioner(), "2026-04-30");
    assertThat(rejectionOf(() -> recordLeaving(people.teamManager(), people.practitioner(), "2026-05-30"))
        .fieldErrors()).as("recorded once").containsKey("leaverId");
  }

  private ProcessInstance recordLeaving(String recordedBy, String leaverId, String leavingDate) {
    return asUser(recordedBy, () -> engine.getRuntimeService().startProcessInstanceByKey(LeaverArchivingProcess.KEY,
        Map.of("leaverId", leaverId, "leavingDate", leavingDate)));
  }

  private void leaveOn(ProcessInstance leaver, int month, int day) {
    LeaverFixture.moveClockTo(LocalDateTime.of(2026, month, day, 0, 0));
    execute(job("TimerEvent_LeavingDate", leaver));
  }

  private Long archiveIdOf(ProcessInstance leaver) {
    return (Long) engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(leaver.getId())
        .variableName("archiveId").singleResult().getValue();
  }

  /** The rows held for a person, counted in each feature's table by the columns that name a person. */
  private Map<String, Long> databaseCountsFor(String userId) {
    return Map.of(
        "contract", count("select count(*) from supervision_contract where supervisee_id = ? or supervisor_id = ?",
            userId, userId),
        "supervision-record", count("select count(*) from supervision_record where supervisee_id = ?"
            + " or supervisor_id = ?", userId, userId),
        "group-record", count("select count(*) from group_session where facilitator_id = ? or id in"
            + " (select group_session_id from group_member where member_id = ?)", userId, userId),
        "case-discussion", count("select count(*) from case_discussion where supervisee_id = ? or recorded_by = ?",
            userId, userId),
        "agreed-action", count("select count(*) from agreed_action where supervisee_id = ? or owner_id = ?",
            userId, userId),
        "disagreement", count("select count(*) from disagreement where supervisee_id = ? or supervisor_id = ?",
            userId, userId),
        "supervision-concern", count("select count(*) from supervision_concern where supervisee_id = ?"
            + " or supervisor_id = ?", userId, userId),
        "audit", count("select count(*) from grandparent_audit where supervisee_id = ? or supervisor_id = ?"
            + " or auditor_id = ?", userId, userId, userId),
        "cpd-log-entry", count("select count(*) from cpd_log_entry where person_id = ?", userId));
  }

  private Map<String, Long> sessionStatusesOf(String superviseeId) {
    return jdbc.queryForList("select status, count(*) as n from booked_session where supervisee_id = ? group by status",
        superviseeId).stream().collect(Collectors.toMap(row -> (String) row.get("status"),
        row -> ((Number) row.get("n")).longValue()));
  }

  private long count(String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }
}
