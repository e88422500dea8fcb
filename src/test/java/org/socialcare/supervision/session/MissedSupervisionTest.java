package org.socialcare.supervision.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.notification.NotificationRepository;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 001, 3.5: "Supervision should not be missed for more than one consecutive month." */
class MissedSupervisionTest extends ProcessTestCase {

  @Autowired
  ContractFixture contracts;
  @Autowired
  MissedSupervision missedSupervision;
  @Autowired
  NotificationRepository notifications;

  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(today());
  }

  @Test
  void aMonthWithoutSupervisionEscalatesToTheSupervisorsLineManager() {
    contracts.inForce(people.practitioner());
    runMonthlyCheckOn(LocalDateTime.of(2026, 5, 1, 6, 0));

    assertThat(missedSupervision.missedMonthsOf(people.practitioner())).singleElement().satisfies(missed -> {
      assertThat(missed.getMonthStart()).isEqualTo(LocalDate.of(2026, 4, 1));
      assertThat(missed.getConsecutiveMonths()).isEqualTo(1);
      assertThat(missed.getEscalatedTo()).isEqualTo(people.serviceManager());
      assertThat(missed.isFlaggedOnFile()).isFalse();
    });
    Task task = escalationTaskOf(people.practitioner());
    assertThat(task.getTaskDefinitionKey()).isEqualTo("UserTask_ArrangeMissedSupervision");
    assertThat(task.getAssignee()).isEqualTo(people.serviceManager());
    assertThat(notifications.findAll()).filteredOn(n -> n.getSubject().equals("Supervision missed in 2026-04"))
        .extracting(n -> n.getRecipientId()).contains(people.practitioner(), people.teamManager());

    assertThat(rejectionOf(() -> complete(task, withVariables("managerResponse", ""))).fieldErrors())
        .containsKey("managerResponse");
    complete(task, withVariables("managerResponse", "Session booked for 6 May; spoke to Tess"));
    assertThat(missedSupervision.missedMonthsOf(people.practitioner()).get(0).getManagerResponse())
        .isEqualTo("Session booked for 6 May; spoke to Tess");
  }

  @Test
  void aSecondConsecutiveMissedMonthGoesToTheGrandparentManagerAndIsFlaggedOnTheFile() {
    contracts.inForce(people.practitioner());
    runMonthlyCheckOn(LocalDateTime.of(2026, 5, 1, 6, 0));
    runMonthlyCheckOn(LocalDateTime.of(2026, 6, 1, 6, 0));

    assertThat(missedSupervision.missedMonthsOf(people.practitioner())).hasSize(2).last().satisfies(missed -> {
      assertThat(missed.getMonthStart()).isEqualTo(LocalDate.of(2026, 5, 1));
      assertThat(missed.getConsecutiveMonths()).isEqualTo(2);
      assertThat(missed.getEscalatedTo()).as("the supervisor's grandparent manager").isEqualTo(people.assistantDirector());
      assertThat(missed.isFlaggedOnFile()).isTrue();
    });
    assertThat(taskQuery().taskDefinitionKey("UserTask_ReviewRepeatedMissedSupervision")
        .processInstanceBusinessKey(people.practitioner()).singleResult().getAssignee())
        .isEqualTo(people.assistantDirector());
  }

  @Test
  void aMonthWithAHeldSessionIsNotMissedAndTheCheckNeverRecordsAMonthTwice(@Autowired SessionRecording recording,
      @Autowired SessionSchedule schedule) {
    contracts.inForce(people.practitioner());
    BookedSession first = schedule.scheduleOf(people.practitioner()).get(0);
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 4, 2, 12, 0).atZone(ZoneId.systemDefault()).toInstant()));
    recording.record(first.getId(), java.util.Map.of("heldOn", "2026-04-02", "durationMinutes", 90,
        "workloadManagement", "Caseload"), null);

    assertThat(missedSupervision.checkMonth(YearMonth.of(2026, 4)))
        .noneMatch(missed -> missed.getSuperviseeId().equals(people.practitioner()));
    assertThat(missedSupervision.checkMonth(YearMonth.of(2026, 3)))
        .as("the contract came into force on 2 March, not for the whole of March")
        .noneMatch(missed -> missed.getSuperviseeId().equals(people.practitioner()));
  }

  @Test
  void quarterlySupervisionIsNotCheckedMonthByMonth() {
    contracts.inForce(people.nonCaseHolder());
    assertThat(missedSupervision.checkMonth(YearMonth.of(2026, 4)))
        .noneMatch(missed -> missed.getSuperviseeId().equals(people.nonCaseHolder()));
  }

  /**
   * The check records everyone's month in one step and leaves each escalation to a step of its own,
   * so a large organisation is not one long transaction and one escalation that fails waits as an
   * incident of its own in Cockpit while the others go on.
   */
  @Test
  void theCheckRecordsTheMonthAndEachEscalationStartsInAStepOfItsOwn() {
    contracts.inForce(people.practitioner());
    checkOn(LocalDateTime.of(2026, 5, 1, 6, 0));

    assertThat(missedSupervision.missedMonthsOf(people.practitioner())).hasSize(1);
    ProcessInstance escalation = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(MissedSupervision.PROCESS_KEY).processInstanceBusinessKey(people.practitioner())
        .singleResult();
    assertThat(escalation).isWaitingAt("StartEvent_MonthMissed");
    assertThat(escalationTaskOf(people.practitioner())).isNull();

    execute(job(escalation));

    assertThat(escalationTaskOf(people.practitioner()).getAssignee()).isEqualTo(people.serviceManager());
  }

  private void runMonthlyCheckOn(LocalDateTime time) {
    checkOn(time);
    managementService().createJobQuery().processDefinitionKey(MissedSupervision.PROCESS_KEY).activityId(
        "StartEvent_MonthMissed").list().forEach(start -> managementService().executeJob(start.getId()));
  }

  private void checkOn(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
    // The timer was scheduled when the models were deployed, by the real clock; it is run as it would be on the day.
    Job timer = managementService().createJobQuery().processDefinitionKey("missed-supervision-check").timers()
        .singleResult();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.getDayOfMonth()).as("the monthly check runs on the first of the month").isEqualTo(1);
    assertThat(due.toLocalTime()).isEqualTo(java.time.LocalTime.of(6, 0));
    managementService().executeJob(timer.getId());
  }

  private Task escalationTaskOf(String superviseeId) {
    return taskQuery().processDefinitionKey(MissedSupervision.PROCESS_KEY).processInstanceBusinessKey(superviseeId)
        .singleResult();
  }
}
