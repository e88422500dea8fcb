package org.socialcare.supervision.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.notification.NotificationRepository;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 7: every morning the reminders due go out by mail, each one once. */
class ComplianceRemindersProcessTest extends ProcessTestCase {

  @Autowired
  SupervisionHistory history;
  @Autowired
  NotificationRepository notifications;

  @Test
  void everyMorningTheRemindersDueAreSentAndASecondRunSendsThemNoMore() {
    People people = organisation.create(today());
    long contract = history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        today().minusMonths(2), today().plusMonths(10));
    history.booked(people.colleague(), people.teamManager(), contract, LocalDateTime.of(2026, 3, 4, 10, 0));

    HistoricProcessInstance first = runDailyTimer();
    assertThat(first.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
    assertThat(historyService().createHistoricVariableInstanceQuery().processInstanceId(first.getId())
        .variableName("remindersSent").singleResult().getValue()).asInstanceOf(
            org.assertj.core.api.InstanceOfAssertFactories.INTEGER).isPositive();
    assertThat(remindersTo(people.colleague())).isEqualTo(1);
    assertThat(remindersTo(people.teamManager())).isEqualTo(1);

    runDailyTimer();
    assertThat(remindersTo(people.colleague())).as("sent once").isEqualTo(1);
    assertThat(remindersTo(people.teamManager())).isEqualTo(1);
  }

  private long remindersTo(String userId) {
    return notifications.findByRecipientIdOrderByIdAsc(userId).stream()
        .filter(n -> n.getSubject().equals("Supervision on Wednesday 4 March 2026 at 10:00")).count();
  }

  /** Runs the daily timer as it would run this morning, then the reminders' own job (a save point). */
  private HistoricProcessInstance runDailyTimer() {
    Job timer = managementService().createJobQuery().processDefinitionKey("compliance-reminders").timers()
        .singleResult();
    LocalDateTime due = LocalDateTime.ofInstant(timer.getDuedate().toInstant(), ZoneId.systemDefault());
    assertThat(due.toLocalTime()).as("the reminders go at seven").isEqualTo(LocalTime.of(7, 0));
    managementService().executeJob(timer.getId());
    Job send = managementService().createJobQuery().processDefinitionKey("compliance-reminders").messages()
        .singleResult();
    managementService().executeJob(send.getId());
    return historyService().createHistoricProcessInstanceQuery().processDefinitionKey("compliance-reminders")
        .orderByProcessInstanceStartTime().desc().list().get(0);
  }

}
