package org.socialcare.supervision.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.context.ApplicationContext;

/**
 * What every year step works with: the engine, engine time, acting as a user as Tasklist does, and
 * the jobs that are due, executed by this thread as the job executor would (the job executor itself
 * is stopped during the simulated year, so runs are repeatable and the time is the work's).
 */
final class Simulation {

  private static final int JOB_PAGE = 500;
  private static final ObjectMapper JSON = new ObjectMapper();

  final ProcessEngine engine;
  final ApplicationContext context;
  final ScaledOrganisation.Roles roles;
  private final Map<String, List<String>> groups = new HashMap<>();
  long tasksCompleted;
  long jobsExecuted;
  long jobsFailed;

  Simulation(ProcessEngine engine, ApplicationContext context, ScaledOrganisation.Roles roles) {
    this.engine = engine;
    this.context = context;
    this.roles = roles;
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
  }

  static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
  }

  static LocalDate today() {
    return now().toLocalDate();
  }

  /** Runs a call as Tasklist would for this user: authenticated with their groups. */
  <T> T asUser(String userId, Supplier<T> call) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(userId, groupsOf(userId));
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  List<String> groupsOf(String userId) {
    return groups.computeIfAbsent(userId, user -> engine.getIdentityService().createGroupQuery().groupMember(user)
        .list().stream().map(Group::getId).toList());
  }

  /** The assignee completes the task through the task service, with what their form submits. */
  void complete(Task task, Map<String, Object> values) {
    asUser(task.getAssignee(), () -> {
      engine.getTaskService().complete(task.getId(), values);
      return null;
    });
    tasksCompleted++;
  }

  /** A member of the task's candidate group claims it, as Tasklist's "Claim" does; answers it claimed. */
  Task claim(Task task, String userId) {
    asUser(userId, () -> {
      engine.getTaskService().claim(task.getId(), userId);
      return null;
    });
    return tasks().taskId(task.getId()).singleResult();
  }

  /** The assignee submits the task's form, as Tasklist's "Complete" button does (form service). */
  void submit(Task task, Map<String, Object> values) {
    asUser(task.getAssignee(), () -> {
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
    tasksCompleted++;
  }

  /** Open tasks of an activity of a process, as the application (no authorization check) finds them. */
  List<Task> openTasks(String processKey, String activityId) {
    return tasks().processDefinitionKey(processKey).taskDefinitionKey(activityId).list();
  }

  /** Open tasks of an activity created on or before the day that many days before today. */
  List<Task> openedDaysAgo(String processKey, String activityId, int days) {
    Date openedBefore = Date.from(today().minusDays(days - 1L).atStartOfDay(ZoneId.systemDefault()).toInstant());
    return tasks().processDefinitionKey(processKey).taskDefinitionKey(activityId).taskCreatedBefore(openedBefore)
        .list();
  }

  TaskQuery tasks() {
    return engine.getTaskService().createTaskQuery();
  }

  /** Executes every job due at engine time, and those that follow from them, until none is due. */
  long runDueJobs() {
    long executed = 0;
    for (List<Job> due = dueJobs(); !due.isEmpty(); due = dueJobs()) {
      for (Job job : due) {
        try {
          engine.getManagementService().executeJob(job.getId());
          executed++;
        } catch (RuntimeException e) {
          if (engine.getManagementService().createJobQuery().jobId(job.getId()).count() == 0) {
            // An earlier job of the page ended its activity (a boundary timer, say): the job executor
            // skips such a job as well.
            continue;
          }
          // The engine keeps the failure on the job (retries, incident); the report counts it.
          if (jobsFailed++ < 3) {
            System.err.println("Job " + job.getId() + " failed: " + e);
          }
        }
      }
    }
    jobsExecuted += executed;
    return executed;
  }

  /**
   * The jobs due now, as the job executor's acquisition asks: by due date, which the due-date index
   * answers (every job has one, {@code ensureJobDueDateNotNull}). The query's {@code executable()}
   * also accepts a job without a due date, so it read the whole job table - 60,000 waiting timers at
   * 5,000 staff - each time the simulation looked, which was most of the simulated month's time.
   */
  private List<Job> dueJobs() {
    Date justAfterNow = new Date(ClockUtil.getCurrentTime().getTime() + 1);
    return engine.getManagementService().createJobQuery().withRetriesLeft().duedateLowerThan(justAfterNow)
        .listPage(0, JOB_PAGE);
  }

  /** A list as Camunda Forms submit it from Tasklist: a Json variable. */
  static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
