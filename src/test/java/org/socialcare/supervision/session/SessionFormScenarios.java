package org.socialcare.supervision.session;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.common.FormScenarios;
import org.socialcare.supervision.common.OpenForm;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.stereotype.Component;

/**
 * How the build reaches every form of the session processes, each time in a fresh organisation
 * with a contract in force from 2 March 2026, and what a valid submission is. Used by
 * RequiredFormFieldsTest.
 */
@Component
class SessionFormScenarios implements FormScenarios {

  private static final String SESSION = SessionProcess.KEY + "/";
  private static final String MISSED = MissedSupervision.PROCESS_KEY + "/";

  private final ProcessEngine engine;
  private final TestOrganisation organisation;
  private final ContractFixture contracts;
  private final SessionSchedule schedule;
  private final SessionRecording recording;
  private final MissedSupervision missedSupervision;

  SessionFormScenarios(ProcessEngine engine, TestOrganisation organisation, ContractFixture contracts,
      SessionSchedule schedule, SessionRecording recording, MissedSupervision missedSupervision) {
    this.engine = engine;
    this.organisation = organisation;
    this.contracts = contracts;
    this.schedule = schedule;
    this.recording = recording;
    this.missedSupervision = missedSupervision;
  }

  @Override
  public Map<String, Supplier<OpenForm>> forms() {
    Map<String, Supplier<OpenForm>> forms = new LinkedHashMap<>();
    // The second session held late, so the gap comment is required too.
    forms.put(SESSION + "UserTask_RecordSession", () -> {
      People people = contractedOrganisation();
      return OpenForm.task(engine, secondSessionHeldLate(people.practitioner()), people.teamManager(), lateRecord());
    });
    forms.put(SESSION + "UserTask_RecordManagersSession", () -> {
      People people = contractedOrganisation();
      Map<String, Object> record = lateRecord();
      record.remove("workloadManagement");
      record.put("budget", "Overspend on agency staff");
      return OpenForm.task(engine, secondSessionHeldLate(people.teamManager()), people.serviceManager(), record);
    });
    forms.put(SESSION + "UserTask_SuperviseeSignsRecord", () -> {
      People people = contractedOrganisation();
      Task recordTask = firstSessionAtRecording(people.practitioner());
      engine.getTaskService().complete(recordTask.getId(), firstRecord());
      return OpenForm.task(engine, task(recordTask.getProcessInstanceId(), "UserTask_SuperviseeSignsRecord"),
          people.practitioner(), Map.of("superviseeSigns", true, "superviseeComments", "Agreed"));
    });
    forms.put(SESSION + "UserTask_SupervisorSignsRecord", () -> {
      People people = contractedOrganisation();
      Task recordTask = firstSessionAtRecording(people.practitioner());
      engine.getTaskService().complete(recordTask.getId(), firstRecord());
      engine.getTaskService().complete(task(recordTask.getProcessInstanceId(), "UserTask_SuperviseeSignsRecord").getId(),
          Map.of("superviseeSigns", true));
      return OpenForm.task(engine, task(recordTask.getProcessInstanceId(), "UserTask_SupervisorSignsRecord"),
          people.teamManager(), Map.of("supervisorSigns", true));
    });
    // No field is required on the agenda forms; reached for BadSubmissionFuzzTest.
    forms.put(SESSION + "UserTask_SuperviseeAddsAgenda", () -> {
      People people = contractedOrganisation();
      return OpenForm.task(engine, agendaTask(people.practitioner(), "UserTask_SuperviseeAddsAgenda"),
          people.practitioner(), Map.of("myAgendaItems", "Caseload is too high\nCourt skills training"));
    });
    forms.put(SESSION + "UserTask_SupervisorAddsAgenda", () -> {
      People people = contractedOrganisation();
      return OpenForm.task(engine, agendaTask(people.practitioner(), "UserTask_SupervisorAddsAgenda"),
          people.teamManager(), Map.of("myAgendaItems", "Budget overspend"));
    });
    forms.put(SESSION + "UserTask_SetNewDate", () -> {
      People people = contractedOrganisation();
      BookedSession first = schedule.scheduleOf(people.practitioner()).get(0);
      engine.getRuntimeService().startProcessInstanceByKey(SessionProcess.CANCELLATION_KEY, Map.of("requesterId",
          people.practitioner(), "sessionDate", first.getScheduledAt().toLocalDate().toString(), "reason", "Court"));
      return OpenForm.task(engine, task(first.getProcessInstanceId(), "UserTask_SetNewDate"), people.teamManager(),
          Map.of("newSessionDate", "2026-03-10", "newSessionTime", "14:00"));
    });
    forms.put(SessionProcess.CANCELLATION_KEY + "/StartEvent_CancellationWanted", () -> {
      People people = contractedOrganisation();
      return OpenForm.start(engine, SessionProcess.CANCELLATION_KEY, people.practitioner(),
          Map.of("sessionDate", "2026-04-02", "reason", "Court hearing"));
    });
    forms.put(MISSED + "UserTask_ArrangeMissedSupervision", () -> {
      People people = contractedOrganisation();
      checkMonth(YearMonth.of(2026, 4));
      return OpenForm.task(engine, missedSupervisionTask(people.practitioner()), people.serviceManager(),
          Map.of("managerResponse", "Session booked"));
    });
    forms.put(MISSED + "UserTask_ReviewRepeatedMissedSupervision", () -> {
      People people = contractedOrganisation();
      checkMonth(YearMonth.of(2026, 4));
      engine.getTaskService().complete(missedSupervisionTask(people.practitioner()).getId(),
          Map.of("managerResponse", "Session booked"));
      checkMonth(YearMonth.of(2026, 5));
      return OpenForm.task(engine, missedSupervisionTask(people.practitioner()), people.assistantDirector(),
          Map.of("managerResponse", "Cover arranged with another team manager"));
    });
    String correction = SessionProcess.CORRECTION_KEY + "/";
    forms.put(correction + "StartEvent_CorrectionWanted", () -> {
      People people = signedRecord();
      return OpenForm.start(engine, SessionProcess.CORRECTION_KEY, people.teamManager(), Map.of("superviseeId",
          people.practitioner(), "heldOn", "2026-04-02", "correction", "The caseload is 22"));
    });
    forms.put(correction + "UserTask_SuperviseeSignsRecord", () -> {
      People people = signedRecord();
      String instance = correctionOf(people);
      return OpenForm.task(engine, task(instance, "UserTask_SuperviseeSignsRecord"), people.practitioner(),
          Map.of("superviseeSigns", true));
    });
    forms.put(correction + "UserTask_SupervisorSignsRecord", () -> {
      People people = signedRecord();
      String instance = correctionOf(people);
      engine.getTaskService().complete(task(instance, "UserTask_SuperviseeSignsRecord").getId(),
          Map.of("superviseeSigns", true));
      return OpenForm.task(engine, task(instance, "UserTask_SupervisorSignsRecord"), people.teamManager(),
          Map.of("supervisorSigns", true));
    });
    String absence = SupervisionCover.PROCESS_KEY + "/";
    forms.put(absence + "StartEvent_AbsenceRecorded", () -> {
      People people = contractedOrganisation();
      return OpenForm.start(engine, SupervisionCover.PROCESS_KEY, people.serviceManager(),
          Map.of("supervisorId", people.teamManager(), "firstDayAbsent", "2026-03-09", "expectedReturn", "2026-06-01"));
    });
    forms.put(absence + "UserTask_ArrangeCover", () -> {
      People people = contractedOrganisation();
      String instance = absenceOf(people);
      return OpenForm.task(engine, task(instance, "UserTask_ArrangeCover"), people.serviceManager(),
          Map.of("coverDecision", "cover", "coveringSupervisorId", people.otherTeamManager()));
    });
    forms.put(absence + "UserTask_ConfirmReturn", () -> {
      People people = contractedOrganisation();
      String instance = absenceOf(people);
      engine.getTaskService().complete(task(instance, "UserTask_ArrangeCover").getId(),
          Map.of("coverDecision", "cover", "coveringSupervisorId", people.otherTeamManager()));
      at(LocalDateTime.of(2026, 6, 1, 9, 0));
      Job returnDue = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
      engine.getManagementService().executeJob(returnDue.getId());
      return OpenForm.task(engine, task(instance, "UserTask_ConfirmReturn"), people.serviceManager(),
          Map.of("supervisorReturned", "no", "newExpectedReturn", "2026-06-15"));
    });
    return forms;
  }

  /** The practitioner's first session, recorded and signed by both on 2 April 2026. */
  private People signedRecord() {
    People people = contractedOrganisation();
    at(LocalDateTime.of(2026, 4, 2, 12, 0));
    Long recordId = recording.record(schedule.scheduleOf(people.practitioner()).get(0).getId(), firstRecord(), null)
        .getId();
    recording.signBySupervisee(recordId, true, null);
    recording.signBySupervisor(recordId, true);
    return people;
  }

  private String correctionOf(People people) {
    return engine.getRuntimeService().startProcessInstanceByKey(SessionProcess.CORRECTION_KEY, Map.of("requesterId",
        people.teamManager(), "superviseeId", people.practitioner(), "heldOn", "2026-04-02",
        "correction", "The caseload is 22")).getId();
  }

  /** The team manager away from 9 March to 1 June 2026: longer than a month, so cover is asked at once. */
  private String absenceOf(People people) {
    return engine.getRuntimeService().startProcessInstanceByKey(SupervisionCover.PROCESS_KEY, Map.of("recordedBy",
        people.serviceManager(), "supervisorId", people.teamManager(), "firstDayAbsent", "2026-03-09",
        "expectedReturn", "2026-06-01")).getId();
  }

  /** A fresh organisation whose practitioner and team manager have contracts in force since 2 March 2026. */
  private People contractedOrganisation() {
    at(LocalDateTime.of(2026, 3, 2, 9, 0));
    People people = organisation.create(LocalDateTime.of(2026, 3, 2, 9, 0).toLocalDate());
    contracts.inForce(people.practitioner());
    contracts.inForce(people.teamManager());
    return people;
  }

  /** The first session's agenda task, a week before it (2 April 2026). */
  private Task agendaTask(String superviseeId, String taskKey) {
    BookedSession first = schedule.scheduleOf(superviseeId).get(0);
    at(LocalDateTime.of(2026, 3, 26, 10, 0));
    Job agendaOpens = engine.getManagementService().createJobQuery().processInstanceId(first.getProcessInstanceId())
        .timers().singleResult();
    engine.getManagementService().executeJob(agendaOpens.getId());
    return task(first.getProcessInstanceId(), taskKey);
  }

  private Task firstSessionAtRecording(String superviseeId) {
    return atRecording(schedule.scheduleOf(superviseeId).get(0), LocalDateTime.of(2026, 4, 2, 12, 0));
  }

  /** The first session recorded on its day; the second (4 May) held ten days late, on 14 May. */
  private Task secondSessionHeldLate(String superviseeId) {
    at(LocalDateTime.of(2026, 4, 2, 12, 0));
    recording.record(schedule.scheduleOf(superviseeId).get(0).getId(), firstRecord(), null);
    return atRecording(schedule.scheduleOf(superviseeId).get(1), LocalDateTime.of(2026, 5, 14, 12, 0));
  }

  private Task atRecording(BookedSession session, LocalDateTime now) {
    at(now);
    for (int step = 0; step < 2; step++) {
      Job due = engine.getManagementService().createJobQuery().processInstanceId(session.getProcessInstanceId())
          .timers().singleResult();
      engine.getManagementService().executeJob(due.getId());
    }
    return engine.getTaskService().createTaskQuery().processInstanceId(session.getProcessInstanceId())
        .taskDefinitionKeyLike("UserTask_Record%").singleResult();
  }

  /** The monthly check of a month, and each escalation's own first step, as the job executor would run it. */
  private void checkMonth(YearMonth month) {
    missedSupervision.checkMonth(month);
    var management = engine.getManagementService();
    management.createJobQuery().processDefinitionKey(MissedSupervision.PROCESS_KEY).activityId("StartEvent_MonthMissed")
        .list().forEach(start -> management.executeJob(start.getId()));
  }

  private Task missedSupervisionTask(String superviseeId) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(MissedSupervision.PROCESS_KEY)
        .processInstanceBusinessKey(superviseeId).singleResult();
  }

  private Task task(String processInstanceId, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey).singleResult();
  }

  private static Map<String, Object> firstRecord() {
    Map<String, Object> values = new HashMap<>();
    values.put("heldOn", "2026-04-02");
    values.put("durationMinutes", 90);
    values.put("workloadManagement", "Caseload reviewed");
    // A manager's record has other headings.
    values.put("budget", "Spend on target");
    return values;
  }

  private static Map<String, Object> lateRecord() {
    Map<String, Object> values = new HashMap<>();
    values.put("heldOn", "2026-05-14");
    values.put("durationMinutes", 90);
    values.put("gapComment", "Supervisor on leave");
    values.put("workloadManagement", "Caseload reviewed");
    return values;
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
  }
}
