package org.socialcare.supervision.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.notification.NotificationRepository;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/** Seed 001, Appendix 2: agreed actions (what, when, whom) are followed up until done. */
class AgreedActionProcessTest extends ProcessTestCase {

  @Autowired
  ActionService actions;
  @Autowired
  NotificationRepository notifications;

  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(today());
  }

  @Test
  void anAgreedActionIsATaskForItsOwnerDueOnItsDate() {
    AgreedAction action = agree(people.practitioner(), "Update the chronology", today().plusDays(14));

    ProcessInstance instance = instanceOf(action);
    assertThat(instance).isWaitingAt("UserTask_CarryOutAction").task().isAssignedTo(people.practitioner());
    assertThat(task(instance).getDueDate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
        .isEqualTo(today().plusDays(15)).as("due at the end of the agreed day");
    assertThat(instance.getBusinessKey()).isEqualTo(people.practitioner());
  }

  @Test
  void theOwnerRecordsWhatWasDoneAndTheActionIsClosed() {
    AgreedAction action = agree(people.teamManager(), "Book the practitioner on court skills training",
        today().plusDays(30));
    ProcessInstance instance = instanceOf(action);

    assertThat(rejectionOf(() -> complete(task(instance), withVariables("outcome", " "))).fieldErrors())
        .containsKey("outcome");
    assertThat(instance).isWaitingAt("UserTask_CarryOutAction");

    complete(task(instance), withVariables("outcome", "Booked for 12 May"));
    assertThat(instance).isEnded().hasPassed("EndEvent_ActionDone");
    AgreedAction done = actions.action(action.getId());
    assertThat(done.getStatus()).isEqualTo(ActionStatus.DONE);
    assertThat(done.getOutcome()).isEqualTo("Booked for 12 May");
    assertThat(done.getCompletedOn()).isEqualTo(today());
  }

  @Test
  void anActionNotDoneByItsDateRemindsTheOwnerTellsTheSupervisorAndStaysOpenForTheNextSession() {
    AgreedAction action = agree(people.practitioner(), "Visit the child at school", today().plusDays(7));
    ProcessInstance instance = instanceOf(action);

    moveClockBy(Duration.ofDays(8));
    execute(job(instance));

    assertThat(instance).isWaitingAt("UserTask_CarryOutAction").hasPassed("ServiceTask_RemindOverdueAction");
    assertThat(notifications.findAll()).filteredOn(n -> n.getSubject().contains("Visit the child at school"))
        .extracting(n -> n.getRecipientId())
        .containsExactlyInAnyOrder(people.practitioner(), people.teamManager());
    assertThat(actions.overdue(people.practitioner())).extracting(AgreedAction::getId).containsExactly(action.getId());
  }

  @Test
  void actionRowsNeedWhatWhoAndADateFromToday() {
    FieldErrors errors = new FieldErrors();
    List<ActionDraft> drafts = actions.read(errors, "workloadActions", "Workload management",
        List.of(Map.of("what", "Close two cases", "ownerId", people.practitioner(), "dueOn", today().plusDays(5).toString()),
            Map.of("what", "", "ownerId", "", "dueOn", ""),
            Map.of("what", "Cover the duty rota", "ownerId", people.colleague(), "dueOn", today().toString())),
        "Workload management", Set.of(people.practitioner(), people.teamManager()));

    assertThat(drafts).extracting(ActionDraft::what).containsExactly("Close two cases");
    assertThat(errors.asMap()).containsEntry("workloadActions", "Workload management, action 3: choose who will do it");

    FieldErrors pastDate = new FieldErrors();
    actions.read(pastDate, "otherActions", "Any other issues",
        "[{\"what\":\"Take leave\",\"ownerId\":\"" + people.practitioner() + "\",\"dueOn\":\""
            + today().minusDays(1) + "\"}]", "Any other issues", Set.of(people.practitioner()));
    assertThat(pastDate.asMap().get("otherActions")).contains("may not be in the past");
  }

  private AgreedAction agree(String owner, String what, LocalDate dueOn) {
    return actions.agree(people.practitioner(), ActionSource.SESSION, 1L,
        List.of(new ActionDraft("Workload management", what, owner, dueOn))).get(0);
  }

  private ProcessInstance instanceOf(AgreedAction action) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(action.getProcessInstanceId()).singleResult();
  }
}
