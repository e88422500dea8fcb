package org.socialcare.supervision.leaver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.organisation.OrganisationService;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.session.SessionRecording;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;

/**
 * Seed 001, "Confidentiality": "When the supervisor changes, the records will be transferred to the
 * new supervisor." The file goes with the supervisor: who reads it in Tasklist, Cockpit and the
 * application's own REST, the open tasks, and the session under way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SupervisorChangeTest extends ProcessTestCase {

  @Autowired
  LeaverFixture fixture;
  @Autowired
  OrganisationService organisationService;
  @Autowired
  SessionRecording recording;

  People people;
  ProcessInstance session;

  /** The practitioner, supervised by their team manager, has a contract in force and a session waiting to be recorded. */
  @BeforeEach
  void aSessionWaitingToBeRecorded() {
    people = organisation.create(today());
    session = fixture.firstSessionAtRecording(people.practitioner());
  }

  @Test
  void theNewSupervisorReadsTheWholeFileAndTheSessionContinuesWithThem() {
    String newSupervisor = people.otherTeamManager();
    assertThat(fixture.readableInstancesAbout(newSupervisor, people.practitioner())).as("before the change").isZero();

    organisationService.assignSupervisor(people.practitioner(), newSupervisor);

    assertThat(fixture.readableInstancesAbout(newSupervisor, people.practitioner()))
        .as("every process about the supervisee, the ended contract drafting included")
        .isEqualTo(fixture.instancesAbout(people.practitioner()));
    assertThat(fixture.readableHistoricTasksAbout(newSupervisor, people.practitioner()))
        .as("the history of every task about the supervisee")
        .isEqualTo(fixture.historicTasksAbout(people.practitioner()));
    assertThat(fixture.restStatus(newSupervisor, "/api/supervisees/" + people.practitioner() + "/records"))
        .isEqualTo(HttpStatus.OK);
    assertThat(task("UserTask_RecordSession", session)).isAssignedTo(newSupervisor);
    assertThat(session).variables().containsEntry("supervisorId", newSupervisor)
        .containsEntry("supervisorName", "Theo Other");

    complete(task("UserTask_RecordSession", session), LeaverFixture.heldRecord());
    complete(task("UserTask_SuperviseeSignsRecord", session), withVariables("superviseeSigns", true));
    assertThat(task("UserTask_SupervisorSignsRecord", session)).isAssignedTo(newSupervisor);
    complete(task("UserTask_SupervisorSignsRecord", session), withVariables("supervisorSigns", true));
    execute(job(session));

    assertThat(session).isEnded().hasPassed("EndEvent_RecordSigned");
    assertThat(recording.recordsOf(people.practitioner())).singleElement()
        .satisfies(record -> assertThat(record.getSupervisorId()).isEqualTo(newSupervisor));
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey(ContractProcess.KEY)
        .processInstanceBusinessKey(people.practitioner()).taskDefinitionKey("UserTask_DraftContract")
        .taskAssignee(newSupervisor).count()).as("a new contract to draft").isEqualTo(1);
  }

  @Test
  void aPreviousSupervisorOutsideTheLineNoLongerReadsTheFile() {
    organisationService.assignSupervisor(people.practitioner(), people.otherTeamManager());
    assertThat(fixture.readableInstancesAbout(people.otherServiceManager(), people.practitioner()))
        .as("the new supervisor's manager reads through them").isPositive();

    organisationService.assignSupervisor(people.practitioner(), people.teamManager());

    for (String former : new String[] {people.otherTeamManager(), people.otherServiceManager()}) {
      assertThat(fixture.readableInstancesAbout(former, people.practitioner())).as(former).isZero();
      assertThat(fixture.readableHistoricTasksAbout(former, people.practitioner())).as(former).isZero();
      assertThat(fixture.readableTasksAbout(former, people.practitioner())).as(former).isZero();
      assertThat(fixture.restStatus(former, "/api/supervisees/" + people.practitioner() + "/records")).as(former)
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(task("UserTask_RecordSession", session)).isAssignedTo(people.teamManager());
    assertThat(fixture.readableInstancesAbout(people.teamManager(), people.practitioner()))
        .isEqualTo(fixture.instancesAbout(people.practitioner()));
    assertThat(fixture.restStatus(people.teamManager(), "/api/supervisees/" + people.practitioner() + "/records"))
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void theFirstSupervisorInTheLineKeepsReadingAsLineManager() {
    organisationService.assignSupervisor(people.practitioner(), people.otherTeamManager());

    assertThat(fixture.readableInstancesAbout(people.teamManager(), people.practitioner()))
        .isEqualTo(fixture.instancesAbout(people.practitioner()));
    assertThat(fixture.notificationsTo(people.otherTeamManager())).anySatisfy(subject ->
        assertThat(subject).isEqualTo("You now supervise Pat Practitioner"));
  }
}
