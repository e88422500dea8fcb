package org.socialcare.supervision.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 001, 3.5: "If a supervisor is absent from work for more than one month, their line Manager
 * should ensure that arrangements are made for the effective supervision of the staff for whom
 * they are responsible."
 */
class SupervisorAbsenceTest extends ProcessTestCase {

  @Autowired
  ContractFixture contracts;
  @Autowired
  SessionSchedule schedule;
  @Autowired
  SupervisionCover cover;

  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(today());
    contracts.inForce(people.practitioner());
  }

  @Test
  void anAbsenceKnownToBeLongerThanAMonthAsksTheLineManagerForCoverAtOnce() {
    ProcessInstance absence = recordAbsence("2026-03-09", "2026-06-01");

    assertThat(absence).isWaitingAt("UserTask_ArrangeCover").task().isAssignedTo(people.serviceManager());
    assertThat(absence.getBusinessKey()).isEqualTo(people.teamManager());
  }

  @Test
  void theCoveringManagerGetsTheOpenSessionTasksAndTheSessionsToComeUntilTheSupervisorIsBack() {
    ProcessInstance firstSession = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(schedule.scheduleOf(people.practitioner()).get(0).getProcessInstanceId()).singleResult();
    moveClockTo(LocalDateTime.of(2026, 3, 26, 10, 0));
    execute(job(firstSession));
    ProcessInstance absence = recordAbsence("2026-03-27", "2026-06-01");

    assertThat(rejectionOf(() -> complete(task(absence), withVariables("coverDecision", "cover",
        "coveringSupervisorId", people.colleague()))).fieldErrors()).containsKey("coveringSupervisorId");
    complete(task(absence), withVariables("coverDecision", "cover", "coveringSupervisorId",
        people.otherTeamManager()));

    assertThat(task("UserTask_SupervisorAddsAgenda", firstSession)).isAssignedTo(people.otherTeamManager());
    assertThat(schedule.upcoming(people.practitioner())).allSatisfy(session ->
        assertThat(session.getSupervisorId()).isEqualTo(people.otherTeamManager()));
    moveClockTo(LocalDateTime.of(2026, 4, 2, 10, 0));
    execute(job("BoundaryEvent_SessionTimeReached", firstSession));
    assertThat(firstSession).isWaitingAt("UserTask_RecordSession").task().isAssignedTo(people.otherTeamManager());

    moveClockTo(LocalDateTime.of(2026, 6, 1, 9, 0));
    execute(job(absence));
    assertThat(absence).isWaitingAt("UserTask_ConfirmReturn");
    complete(task(absence), withVariables("supervisorReturned", "no", "newExpectedReturn", "2026-06-15"));
    assertThat(absence).isWaitingAt("TimerEvent_ExpectedReturn");
    moveClockTo(LocalDateTime.of(2026, 6, 15, 9, 0));
    execute(job(absence));
    complete(task(absence), withVariables("supervisorReturned", "yes"));

    assertThat(absence).isEnded().hasPassed("EndEvent_CoverEnded");
    assertThat(task(firstSession)).isAssignedTo(people.teamManager());
    assertThat(schedule.upcoming(people.practitioner())).allSatisfy(session ->
        assertThat(session.getSupervisorId()).isEqualTo(people.teamManager()));
    assertThat(cover.absence((Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(absence.getId()).variableName("absenceId").singleResult().getValue()).getReturnedOn())
        .isEqualTo(LocalDateTime.of(2026, 6, 15, 9, 0).toLocalDate());
  }

  @Test
  void aShortAbsenceIsCheckedAfterAMonthAndNeedsNoCoverIfTheSupervisorIsBack() {
    ProcessInstance absence = recordAbsence("2026-03-09", "2026-03-20");
    assertThat(absence).isWaitingAt("TimerEvent_AbsentForAMonth");

    moveClockTo(LocalDateTime.of(2026, 4, 9, 9, 0));
    execute(job(absence));
    complete(task(absence), withVariables("coverDecision", "returned"));
    assertThat(absence).isEnded().hasPassed("EndEvent_SupervisorBack");
    assertThat(taskQuery().taskAssignee(people.otherTeamManager()).count()).isZero();
  }

  @Test
  void onlyAManagerAboveTheSupervisorMayRecordTheirAbsence() {
    assertThat(rejectionOf(() -> asUser(people.otherServiceManager(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SupervisionCover.PROCESS_KEY, Map.of("supervisorId", people.teamManager(),
            "firstDayAbsent", "2026-03-09", "expectedReturn", "2026-06-01")))).fieldErrors())
        .containsKey("supervisorId");
    assertThat(rejectionOf(() -> asUser(people.serviceManager(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SupervisionCover.PROCESS_KEY, Map.of("supervisorId", people.teamManager(),
            "firstDayAbsent", "2026-03-09", "expectedReturn", "2026-03-01")))).fieldErrors())
        .containsKey("expectedReturn");
  }

  private ProcessInstance recordAbsence(String firstDay, String expectedReturn) {
    return asUser(people.serviceManager(), () -> engine.getRuntimeService().startProcessInstanceByKey(
        SupervisionCover.PROCESS_KEY, Map.of("supervisorId", people.teamManager(), "firstDayAbsent", firstDay,
            "expectedReturn", expectedReturn)));
  }

  private void moveClockTo(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
  }
}
