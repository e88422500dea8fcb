package org.socialcare.supervision.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.socialcare.supervision.ProcessTestCase;
import org.springframework.stereotype.Component;

/** Puts a contract in force through its process, on the terms the draft form proposes (the policy's). */
@Component
public class ContractFixture {

  private final ContractProcess contractProcess;
  private final ContractService contracts;
  private final RuntimeService runtimeService;
  private final ProcessEngine engine;

  ContractFixture(ContractProcess contractProcess, ContractService contracts, RuntimeService runtimeService,
      ProcessEngine engine) {
    this.contractProcess = contractProcess;
    this.contracts = contracts;
    this.runtimeService = runtimeService;
    this.engine = engine;
  }

  public SupervisionContract inForce(String superviseeId) {
    return inForce(superviseeId, Map.of());
  }

  public SupervisionContract inForce(String superviseeId, Map<String, Object> overrides) {
    ProcessInstance instance = contractProcess.start(superviseeId);
    Map<String, Object> proposed = runtimeService.getVariables(instance.getId());
    Map<String, Object> draft = new HashMap<>();
    for (String field : new String[] {"format", "frequency", "durationMinutes", "standards", "reviewDate",
        "disagreementManagerId"}) {
      draft.put(field, proposed.get(field));
    }
    draft.put("keyTasks", "Casework");
    draft.putAll(overrides);
    complete(task("UserTask_DraftContract", instance), draft);
    complete(task("UserTask_SupervisorSignsContract", instance), withVariables("supervisorSigns", true));
    complete(task("UserTask_SuperviseeSignsContract", instance), withVariables("superviseeDecision", "sign"));
    ProcessTestCase.executeDueJobs(engine, instance.getId());
    return contracts.contractInForce(superviseeId).orElseThrow();
  }
}
