package org.socialcare.supervision.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationServiceTest extends ProcessTestCase {

  @Autowired
  OrganisationService organisationService;
  @Autowired
  LineManagement lineManagement;

  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(LocalDate.now());
  }

  @Test
  void aNewSupervisorStartsANewContractForTheNewSupervisorToDraft() {
    organisationService.assignSupervisor(people.colleague(), people.otherTeamManager());

    assertThat(lineManagement.supervisorOf(people.colleague())).isEqualTo(people.otherTeamManager());
    ProcessInstance contract = processInstanceQuery().processDefinitionKey(ContractProcess.KEY)
        .processInstanceBusinessKey(people.colleague()).singleResult();
    assertThat(contract).isWaitingAt("UserTask_DraftContract").task().isAssignedTo(people.otherTeamManager());
  }

  @Test
  void aSupervisorMustBeACurrentMemberOfStaffOtherThanTheSuperviseeAndNotManagedByThem() {
    assertThatThrownBy(() -> organisationService.assignSupervisor(people.colleague(), "nobody"))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("supervisorId");
    assertThatThrownBy(() -> organisationService.assignSupervisor(people.colleague(), people.colleague()))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("themselves");
    assertThatThrownBy(() -> organisationService.assignSupervisor(people.serviceManager(), people.teamManager()))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("is managed by");

    assertThat(lineManagement.supervisorOf(people.colleague())).isEqualTo(people.teamManager());
    assertThat(processInstanceQuery().processInstanceBusinessKey(people.colleague()).count()).isZero();
  }
}
