package org.socialcare.supervision.session;

import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.contract.ContractProcess;
import org.springframework.stereotype.Component;

/**
 * Demo only: some supervisees start with a contract signed five weeks ago, so that their first
 * session has just taken place and waits in the supervisor's Tasklist to be recorded. The engine's
 * clock is set back while the contracts go through their process, exactly as the process tests
 * move time; the timers that have fallen due then fire as soon as the job executor runs.
 */
@Component
public class DemoSessions {

  static final Duration SIGNED_AGO = Duration.ofDays(35);

  private final ContractProcess contractProcess;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;

  DemoSessions(ContractProcess contractProcess, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService) {
    this.contractProcess = contractProcess;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.managementService = managementService;
  }

  public void contractsSignedFiveWeeksAgo(List<String> superviseeIds) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().minus(SIGNED_AGO)));
    try {
      superviseeIds.forEach(this::signContract);
    } finally {
      ClockUtil.reset();
    }
  }

  private void signContract(String superviseeId) {
    String instance = contractProcess.start(superviseeId).getId();
    Map<String, Object> proposed = runtimeService.getVariables(instance);
    Map<String, Object> terms = new HashMap<>();
    for (String field : List.of("format", "frequency", "durationMinutes", "standards", "reviewDate",
        "disagreementManagerId")) {
      terms.put(field, proposed.get(field));
    }
    terms.put("keyTasks", "Casework with looked after children; statutory visits and reviews");
    taskService.complete(task(instance, "UserTask_DraftContract").getId(), terms);
    taskService.complete(task(instance, "UserTask_SupervisorSignsContract").getId(), Map.of("supervisorSigns", true));
    taskService.complete(task(instance, "UserTask_SuperviseeSignsContract").getId(), Map.of("superviseeDecision", "sign"));
    Job putInForce = managementService.createJobQuery().processInstanceId(instance).singleResult();
    managementService.executeJob(putInForce.getId());
  }

  private Task task(String processInstanceId, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }
}
