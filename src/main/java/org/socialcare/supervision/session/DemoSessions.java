package org.socialcare.supervision.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
  static final Duration HISTORY_STARTS_AGO = Duration.ofDays(100);

  private final ContractProcess contractProcess;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ManagementService managementService;
  private final SessionSchedule schedule;

  DemoSessions(ContractProcess contractProcess, RuntimeService runtimeService, TaskService taskService,
      ManagementService managementService, SessionSchedule schedule) {
    this.schedule = schedule;
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

  /**
   * A supervisee with a history and a gap: contract signed 100 days ago, the first monthly session
   * held, recorded and signed by both; the next two never recorded. Recording the latest of them
   * shows the first as the last supervision, two months back, and demands a gap comment.
   */
  public void historyWithAGap(String superviseeId) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    try {
      ClockUtil.setCurrentTime(Date.from(now.minus(HISTORY_STARTS_AGO)));
      signContract(superviseeId);
      BookedSession first = schedule.scheduleOf(superviseeId).get(0);
      ClockUtil.setCurrentTime(Date.from(first.getScheduledAt().plusHours(2).atZone(ZoneId.systemDefault()).toInstant()));
      String instance = first.getProcessInstanceId();
      runDueJobs(instance);
      Map<String, Object> record = new HashMap<>();
      record.put("heldOn", first.getScheduledAt().toLocalDate().toString());
      record.put("durationMinutes", 90);
      record.put("workloadManagement", "Caseload of eleven reviewed; two reviews due next month.");
      record.put("healthAndSupport", "Settling in well after the move from the Assessment Team.");
      taskService.complete(task(instance, "UserTask_RecordSession").getId(), record);
      taskService.complete(task(instance, "UserTask_SuperviseeSignsRecord").getId(), Map.of("superviseeSigns", true));
      taskService.complete(task(instance, "UserTask_SupervisorSignsRecord").getId(), Map.of("supervisorSigns", true));
      runDueJobs(instance);
    } finally {
      ClockUtil.reset();
    }
  }

  /** Runs the jobs of one instance that are due at the engine's (moved) time, as the job executor would. */
  private void runDueJobs(String processInstanceId) {
    for (List<Job> due = dueJobs(processInstanceId); !due.isEmpty(); due = dueJobs(processInstanceId)) {
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private List<Job> dueJobs(String processInstanceId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).executable().list();
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
    // The join of both signatures, then putting the contract in force.
    runDueJobs(instance);
  }

  private Task task(String processInstanceId, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskDefinitionKey)
        .singleResult();
  }
}
