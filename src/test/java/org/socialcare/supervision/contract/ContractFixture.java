package org.socialcare.supervision.contract;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.socialcare.supervision.ProcessTestCase;
import org.springframework.stereotype.Component;

/**
 * Puts a contract in force through its process, on the terms the draft form proposes (the policy's).
 * Tasks are completed through this context's engine, not camunda-bpm-assert's static one, which a
 * test class with an engine of its own (a spied bean) may have left pointing at that other engine.
 */
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
    ProcessInstance instance = signedByBoth(superviseeId, overrides);
    ProcessTestCase.executeDueJobs(engine, instance.getId());
    return contracts.contractInForce(superviseeId).orElseThrow();
  }

  /**
   * Drafted and signed by both: the signatures' join (a save point) and then the asynchronous step
   * putting it in force are due as jobs.
   */
  public ProcessInstance signedByBoth(String superviseeId, Map<String, Object> overrides) {
    ProcessInstance instance = contractProcess.start(superviseeId);
    Map<String, Object> draft = proposedDraft(instance);
    draft.putAll(overrides);
    complete(instance, "UserTask_DraftContract", draft);
    complete(instance, "UserTask_SupervisorSignsContract", Map.of("supervisorSigns", true));
    complete(instance, "UserTask_SuperviseeSignsContract", Map.of("superviseeDecision", "sign"));
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

  private void complete(ProcessInstance instance, String taskKey, Map<String, Object> values) {
    var tasks = engine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey)
        .singleResult().getId(), values);
  }
}
