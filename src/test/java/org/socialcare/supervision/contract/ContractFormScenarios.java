package org.socialcare.supervision.contract;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.common.FormScenarios;
import org.socialcare.supervision.common.OpenForm;
import org.socialcare.supervision.contract.ContractProcess.Var;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.stereotype.Component;

/**
 * How the build reaches every form of the contract processes, each time in a fresh organisation,
 * and what a supervisor or supervisee validly submits on it. Used by RequiredFormFieldsTest.
 */
@Component
class ContractFormScenarios implements FormScenarios {

  private final ProcessEngine engine;
  private final ContractProcess contractProcess;
  private final TestOrganisation organisation;

  ContractFormScenarios(ProcessEngine engine, ContractProcess contractProcess, TestOrganisation organisation) {
    this.engine = engine;
    this.contractProcess = contractProcess;
    this.organisation = organisation;
  }

  @Override
  public Map<String, Supplier<OpenForm>> forms() {
    Map<String, Supplier<OpenForm>> forms = new LinkedHashMap<>();
    forms.put(ContractProcess.KEY + "/StartEvent_ContractRequested", () -> {
      People people = organisation.create(today());
      return OpenForm.start(engine, ContractProcess.KEY, people.teamManager(),
          Map.of(Var.SUPERVISEE_ID, people.practitioner()));
    });
    forms.put(ContractProcess.KEY + "/UserTask_DraftContract", () -> {
      People people = organisation.create(today());
      ProcessInstance contract = contractProcess.start(people.practitioner());
      return taskForm(contract, "UserTask_DraftContract", people.teamManager(), validDraft(people, today()));
    });
    forms.put(ContractProcess.KEY + "/UserTask_SuperviseeSignsContract", () -> {
      People people = organisation.create(today());
      ProcessInstance contract = drafted(people);
      // Returning it shows the comments field too, so both required fields are checked.
      return taskForm(contract, "UserTask_SuperviseeSignsContract", people.practitioner(), Map.of(
          Var.SUPERVISEE_DECISION, ContractProcess.DECISION_RETURN, Var.RETURN_COMMENTS, "Please add my court work"));
    });
    forms.put(ContractProcess.KEY + "/UserTask_SupervisorSignsContract", () -> {
      People people = organisation.create(today());
      ProcessInstance contract = drafted(people);
      return taskForm(contract, "UserTask_SupervisorSignsContract", people.teamManager(),
          Map.of(Var.SUPERVISOR_SIGNS, true));
    });
    forms.put(ContractProcess.KEY + "/UserTask_ReviewContract", () -> {
      People people = organisation.create(today());
      ProcessInstance contract = inForce(people);
      contractProcess.requestEarlierReview(people.practitioner());
      return taskForm(contract, "UserTask_ReviewContract", people.teamManager(), validDraft(people, today()));
    });
    forms.put(ContractProcess.REVIEW_REQUEST_KEY + "/StartEvent_ReviewRequested", () -> {
      People people = organisation.create(today());
      inForce(people);
      return OpenForm.start(engine, ContractProcess.REVIEW_REQUEST_KEY, people.practitioner(),
          Map.of(Var.REVIEW_REASON, "My caseload has changed"));
    });
    return forms;
  }

  /** What a supervisor submits on the drafting form for the practitioner: the policy's terms and key tasks. */
  static Map<String, Object> validDraft(People people, LocalDate today) {
    Map<String, Object> values = new HashMap<>();
    values.put(Var.FORMAT, "INDIVIDUAL");
    values.put(Var.FREQUENCY, "MONTHLY");
    values.put(Var.DURATION_MINUTES, 90);
    values.put(Var.KEY_TASKS, "Child protection casework; court skills");
    values.put(Var.STANDARDS, ContractService.DEFAULT_STANDARDS);
    values.put(Var.REVIEW_DATE, today.plusMonths(12).toString());
    values.put(Var.DISAGREEMENT_MANAGER_ID, people.serviceManager());
    return values;
  }

  private ProcessInstance drafted(People people) {
    ProcessInstance contract = contractProcess.start(people.practitioner());
    complete(contract, "UserTask_DraftContract", validDraft(people, today()));
    return contract;
  }

  private ProcessInstance inForce(People people) {
    ProcessInstance contract = drafted(people);
    complete(contract, "UserTask_SupervisorSignsContract", Map.of(Var.SUPERVISOR_SIGNS, true));
    complete(contract, "UserTask_SuperviseeSignsContract", Map.of(Var.SUPERVISEE_DECISION, ContractProcess.DECISION_SIGN));
    ProcessTestCase.executeDueJobs(engine, contract.getId());
    return contract;
  }

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    engine.getTaskService().complete(task(instance, taskKey).getId(), values);
  }

  private OpenForm taskForm(ProcessInstance instance, String taskKey, String userId, Map<String, Object> valid) {
    return OpenForm.task(engine, task(instance, taskKey), userId, valid);
  }

  private Task task(ProcessInstance instance, String taskKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).singleResult();
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
