package org.socialcare.supervision.contract;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Puts a contract in force through its process, on the terms the draft form proposes (the policy's). */
@Component
public class ContractFixture {

  private final ContractProcess contractProcess;
  private final ContractService contracts;
  private final RuntimeService runtimeService;

  ContractFixture(ContractProcess contractProcess, ContractService contracts, RuntimeService runtimeService) {
    this.contractProcess = contractProcess;
    this.contracts = contracts;
    this.runtimeService = runtimeService;
  }

  public SupervisionContract inForce(String superviseeId) {
    return inForce(superviseeId, Map.of());
  }

  public SupervisionContract inForce(String superviseeId, Map<String, Object> overrides) {
    ProcessInstance instance = signedByBoth(superviseeId, overrides);
    execute(job(instance));
    return contracts.contractInForce(superviseeId).orElseThrow();
  }

  /** Drafted and signed by both: the asynchronous step putting it in force is due. */
  public ProcessInstance signedByBoth(String superviseeId, Map<String, Object> overrides) {
    ProcessInstance instance = contractProcess.start(superviseeId);
    Map<String, Object> draft = proposedDraft(instance);
    draft.putAll(overrides);
    complete(task("UserTask_DraftContract", instance), draft);
    complete(task("UserTask_SupervisorSignsContract", instance), withVariables("supervisorSigns", true));
    complete(task("UserTask_SuperviseeSignsContract", instance), withVariables("superviseeDecision", "sign"));
    return instance;
  }

  /** What the supervisor submits on the drafting form: the terms it proposes, with key tasks. */
  public Map<String, Object> proposedDraft(ProcessInstance instance) {
    Map<String, Object> proposed = runtimeService.getVariables(instance.getId());
    Map<String, Object> draft = new HashMap<>();
    for (String field : new String[] {"format", "frequency", "durationMinutes", "standards", "reviewDate",
        "disagreementManagerId"}) {
      draft.put(field, proposed.get(field));
    }
    draft.put("keyTasks", "Casework");
    return draft;
  }
}
