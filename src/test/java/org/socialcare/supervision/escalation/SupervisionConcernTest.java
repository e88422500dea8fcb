package org.socialcare.supervision.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.notification.Notification;
import org.socialcare.supervision.notification.NotificationRepository;
import org.socialcare.supervision.organisation.OrganisationService;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 001, Appendix 1, "Disagreements": "If the supervisee is concerned about any aspect of the
 * supervisor's supervision practice and they are not able to resolve the issue in discussion with
 * the supervisor, they may speak with the supervisor's line manager who will address the issue
 * raised." The supervisor is the one person about the supervisee who must not see it.
 */
class SupervisionConcernTest extends ProcessTestCase {

  @Autowired
  ConcernService concerns;
  @Autowired
  NotificationRepository notifications;
  @Autowired
  OrganisationService organisationService;

  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(today());
  }

  @Test
  void aConcernGoesToTheSupervisorsLineManagerWhoRecordsWhatWasDone() {
    ProcessInstance concern = raise(people.practitioner(), Map.of("concern", "Sessions are always cut short",
        "triedWithSupervisor", "Raised it twice in supervision"));

    assertThat(concern.getBusinessKey()).isEqualTo(people.practitioner());
    assertThat(concern).isWaitingAt("UserTask_AddressConcern").task().isAssignedTo(people.serviceManager());
    assertThat(concern).variables().extractingByKey("concernSummary").asString()
        .contains("Sessions are always cut short", "Raised it twice");
    assertThat(rejectionOf(() -> complete(task(concern), withVariables("actionTaken", ""))).fieldErrors())
        .containsKey("actionTaken");
    complete(task(concern), withVariables("actionTaken", "Met Tess; sessions now protected in the diary"));

    assertThat(concern).isEnded().hasPassed("EndEvent_ConcernAddressed");
    SupervisionConcern addressed = concerns.concern((Long) engine.getHistoryService()
        .createHistoricVariableInstanceQuery().processInstanceId(concern.getId()).variableName("concernId")
        .singleResult().getValue());
    assertThat(addressed.getSupervisorId()).isEqualTo(people.teamManager());
    assertThat(addressed.getActionTaken()).isEqualTo("Met Tess; sessions now protected in the diary");
    assertThat(subjectsTo(people.practitioner())).contains("Your concern about your supervision has been addressed");
    assertThat(notifications.findByRecipientIdOrderByIdAsc(people.teamManager())).as("the supervisor is not told")
        .isEmpty();
  }

  @Test
  void theSupervisorCannotSeeTheConcernItsTaskOrItsHistory() {
    ProcessInstance concern = raise(people.practitioner(), Map.of("concern", "Feedback is only ever negative"));
    String taskId = task(concern).getId();

    assertThat(visibleTo(people.teamManager(), concern, taskId)).as("the supervisor").containsOnly(0L);
    assertThat(visibleTo(people.serviceManager(), concern, taskId)).as("the supervisor's line manager")
        .containsOnly(1L);
    assertThat(visibleTo(people.practitioner(), concern, taskId)).as("the supervisee").containsOnly(1L);

    asUser(people.serviceManager(), () -> {
      engine.getTaskService().complete(taskId, Map.of("actionTaken", "Coaching on feedback arranged"));
      return null;
    });
    assertThat(asUser(people.teamManager(), () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(concern.getId()).count())).as("nor once it is over").isZero();
    assertThat(asUser(people.teamManager(), () -> engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(concern.getId()).count())).isZero();
  }

  @Test
  void aNewSupervisorIsNotLetInToAConcernWhenTheFileIsTransferred() {
    ProcessInstance concern = raise(people.practitioner(), Map.of("concern", "Sessions are always cut short"));
    String taskId = task(concern).getId();

    organisationService.assignSupervisor(people.practitioner(), people.otherTeamManager());

    assertThat(visibleTo(people.otherTeamManager(), concern, taskId)).as("the new supervisor").containsOnly(0L);
    assertThat(visibleTo(people.teamManager(), concern, taskId)).as("the previous supervisor").containsOnly(0L);
    assertThat(visibleTo(people.practitioner(), concern, taskId)).as("the supervisee").containsOnly(1L);
  }

  @Test
  void aConcernAboutATeamManagersSupervisionGoesToTheAssistantDirectorAndNotToTheServiceManager() {
    ProcessInstance concern = raise(people.teamManager(), Map.of("concern", "Supervision keeps being cancelled"));

    assertThat(concern).task().isAssignedTo(people.assistantDirector());
    assertThat(asUser(people.serviceManager(), () -> engine.getTaskService().createTaskQuery()
        .processInstanceId(concern.getId()).count())).isZero();
  }

  @Test
  void theConcernItselfIsRequired() {
    assertThat(rejectionOf(() -> raise(people.practitioner(), Map.of("concern", " "))).fieldErrors())
        .containsOnlyKeys("concern");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(ConcernProcess.KEY)
        .processInstanceBusinessKey(people.practitioner()).count()).isZero();
  }

  /** How many of the process instance, its task, and their history the user can see. */
  private List<Long> visibleTo(String userId, ProcessInstance concern, String taskId) {
    return asUser(userId, () -> List.of(
        engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(concern.getId()).count(),
        engine.getTaskService().createTaskQuery().taskId(taskId).count(),
        engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(concern.getId()).count(),
        engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).count()));
  }

  private ProcessInstance raise(String userId, Map<String, Object> form) {
    return asUser(userId, () -> engine.getRuntimeService().startProcessInstanceByKey(ConcernProcess.KEY, form));
  }

  private List<String> subjectsTo(String userId) {
    return notifications.findByRecipientIdOrderByIdAsc(userId).stream().map(Notification::getSubject).toList();
  }
}
