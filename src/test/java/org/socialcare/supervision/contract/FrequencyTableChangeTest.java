package org.socialcare.supervision.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The promise to analysts: a rule of {@code supervision-frequency} changed in Camunda Modeler and
 * deployed changes what contracts propose and enforce, with no Java change. Here the change is made
 * to a copy of {@code bpmn/supervision-frequency.dmn} in memory and deployed to the running engine,
 * as Modeler's deploy button does; the deployment is removed afterwards.
 */
class FrequencyTableChangeTest extends ProcessTestCase {

  private static final Path TABLE = Path.of("bpmn/supervision-frequency.dmn");

  @Autowired
  ContractProcess contractProcess;

  People people;
  Deployment analystsChange;

  @BeforeEach
  void organisation() {
    people = organisation.create(today());
  }

  @AfterEach
  void removeTheChange() {
    if (analystsChange != null) {
      engine.getRepositoryService().deleteDeployment(analystsChange.getId(), true);
    }
  }

  @Test
  void aFrequencyRowChangedInTheTableChangesTheContractProposedAndItsMinimum() {
    assertThat(contractProcess.start(people.colleague())).variables().containsEntry("frequency", "MONTHLY");

    deployTableWith("CASE_MANAGEMENT_SOCIAL_WORKER", "frequency", "\"FORTNIGHTLY\"");

    ProcessInstance contract = contractProcess.start(people.practitioner());
    assertThat(contract).variables().containsEntry("frequency", "FORTNIGHTLY");
    // The new row is the policy minimum the server enforces, too.
    assertThatThrownBy(() -> complete(task(contract), draft("frequency", "MONTHLY")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("policy minimum");
    complete(task(contract), draft("frequency", "FORTNIGHTLY"));
    assertThat(contract).isWaitingAt("UserTask_SuperviseeSignsContract", "UserTask_SupervisorSignsContract");
  }

  @Test
  void aDurationChangedInTheTableChangesTheDurationProposed() {
    deployTableWith("CASE_MANAGEMENT_SOCIAL_WORKER", "durationMinutes", "120");

    assertThat(contractProcess.start(people.practitioner())).variables().containsEntry("durationMinutes", 120);
  }

  /**
   * Deploys a copy of the table in which the rule for {@code staffCategory} gives {@code value}
   * (a FEEL literal) for {@code output}: what an analyst does by editing one cell in Modeler.
   */
  private void deployTableWith(String staffCategory, String output, String value) {
    DmnModelInstance table = Dmn.readModelFromFile(TABLE.toFile());
    DecisionTable decisionTable = table.getModelElementsByType(DecisionTable.class).iterator().next();
    int categoryColumn = columnOf(decisionTable.getInputs().stream()
        .map(input -> input.getInputExpression().getText().getTextContent()).toList(), "staffCategory");
    int outputColumn = columnOf(decisionTable.getOutputs().stream().map(o -> o.getName()).toList(), output);
    Rule rule = decisionTable.getRules().stream()
        .filter(r -> r.getInputEntries().stream().skip(categoryColumn).findFirst().map(InputEntry::getTextContent)
            .orElse("").trim().equals("\"" + staffCategory + "\""))
        .findFirst().orElseThrow(() -> new AssertionError("No rule for " + staffCategory + " in " + TABLE));
    OutputEntry cell = rule.getOutputEntries().stream().skip(outputColumn).findFirst().orElseThrow();
    cell.getText().setTextContent(value);

    analystsChange = engine.getRepositoryService().createDeployment()
        .name("analyst-changes-" + output)
        .addModelInstance("bpmn/supervision-frequency.dmn", table)
        .deploy();
  }

  private static int columnOf(java.util.List<String> columns, String name) {
    int index = columns.stream().map(String::trim).toList().indexOf(name);
    assertThat(index).as(name + " is a column of " + TABLE).isNotNegative();
    return index;
  }

  private Map<String, Object> draft(String field, Object value) {
    Map<String, Object> values = new HashMap<>(ContractFormScenarios.validDraft(people, today()));
    values.put(field, value);
    return values;
  }

}
