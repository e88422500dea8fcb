package org.socialcare.supervision.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.common.ModelFiles;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the analysts' guide says about versions, shown on the contract: a changed diagram deployed
 * (with its forms, as Modeler deploys it) is a new version; new contracts start on it, running
 * ones stay on theirs until they are migrated, and then continue where they were.
 */
class ProcessVersionsTest extends ProcessTestCase {

  @Autowired
  ContractProcess contractProcess;

  Deployment version2;

  @AfterEach
  void removeVersion2() {
    if (version2 != null) {
      engine.getRepositoryService().deleteDeployment(version2.getId(), true);
    }
  }

  @Test
  void aChangedDueDateAppliesToNewContractsAndToRunningOnesOnlyOnceMigrated() throws IOException {
    People people = organisation.create(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());
    ProcessInstance running = contractProcess.start(people.practitioner());
    Date runningDue = task(running).getDueDate();

    deployVersion2WithDraftDue("P14D");

    ProcessInstance started = contractProcess.start(people.colleague());
    assertThat(Duration.between(runningDue.toInstant(), task(started).getDueDate().toInstant()))
        .as("a contract started now is due 14 days on, not 10").isEqualTo(Duration.ofDays(4));
    assertThat(definitionOf(running).getVersionTag()).isEqualTo("1.1");

    ProcessDefinition target = definitionOf(started);
    MigrationPlan plan = engine.getRuntimeService()
        .createMigrationPlan(running.getProcessDefinitionId(), target.getId())
        .mapEqualActivities().updateEventTriggers().build();
    engine.getRuntimeService().newMigration(plan).processInstanceIds(running.getId()).execute();

    assertThat(definitionOf(running).getVersionTag()).isEqualTo("1.2");
    assertThat(running).isWaitingAt("UserTask_DraftContract").task().isAssignedTo(people.teamManager());
    // The task it already had keeps its due date; its next tasks follow version 2.
    assertThat(task(running).getDueDate()).isEqualTo(runningDue);
  }

  private void deployVersion2WithDraftDue(String period) throws IOException {
    String diagram = Files.readString(Path.of("bpmn/supervision-contract.bpmn"))
        .replace("camunda:versionTag=\"1.1\"", "camunda:versionTag=\"1.2\"")
        .replace("camunda:dueDate=\"${due.in('P10D')}\"", "camunda:dueDate=\"${due.in('" + period + "')}\"");
    RepositoryService repository = engine.getRepositoryService();
    DeploymentBuilder deployment = repository.createDeployment().name("supervision-models")
        .addString("bpmn/supervision-contract.bpmn", diagram);
    for (Path form : ModelFiles.forms()) {
      deployment.addString("forms/" + form.getFileName(), Files.readString(form));
    }
    version2 = deployment.deploy();
  }

  private ProcessDefinition definitionOf(ProcessInstance instance) {
    String id = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId())
        .singleResult().getProcessDefinitionId();
    return engine.getRepositoryService().getProcessDefinition(id);
  }
}
