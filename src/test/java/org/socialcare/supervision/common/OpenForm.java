package org.socialcare.supervision.common;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * A form open in Tasklist for one user - a task form of a waiting process, or a process's start
 * form - with what a valid submission of it holds. Submissions go through the engine's form service
 * as that user, as Tasklist and the REST API send them.
 *
 * @param validSubmission values the server accepts: every field the form requires, filled in
 * @param submitter submits values; throws what the engine throws when the submission is rejected
 * @param unchangedCheck true while nothing submitted has been stored: the form is still open, as it was
 * @param where who has the form open and where the REST API takes its submission
 */
public record OpenForm(Map<String, Object> validSubmission, Consumer<Map<String, Object>> submitter,
    BooleanSupplier unchangedCheck, Where where) {

  /**
   * Whose form it is and which task or process definition it belongs to.
   *
   * @param taskId null for a start form
   * @param processInstanceId null for a start form
   */
  public record Where(String userId, String taskId, String processDefinitionId, String processInstanceId) {

    public boolean isStartForm() {
      return taskId == null;
    }

    /** Where a client of the REST API posts the form: {@code /engine-rest/...}. */
    public String submitPath() {
      return submitPath("/engine-rest");
    }

    /** Where the form is posted under one of the engine APIs ({@code /engine-rest}, Tasklist's own). */
    public String submitPath(String api) {
      return isStartForm() ? api + "/process-definition/" + processDefinitionId + "/submit-form"
          : api + "/task/" + taskId + "/submit-form";
    }
  }

  public void submit(Map<String, Object> values) {
    submitter.accept(values);
  }

  public boolean unchanged() {
    return unchangedCheck.getAsBoolean();
  }

  /** The form of a waiting user task, as its assignee {@code userId} sees it. */
  public static OpenForm task(ProcessEngine engine, Task task, String userId, Map<String, Object> validSubmission) {
    String processInstanceId = task.getProcessInstanceId();
    Map<String, Object> before = snapshot(engine, processInstanceId);
    return new OpenForm(validSubmission,
        values -> as(engine, userId, () -> {
          engine.getFormService().submitTaskForm(task.getId(), values);
          return null;
        }),
        () -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 1
            && snapshot(engine, processInstanceId).equals(before),
        new Where(userId, task.getId(), task.getProcessDefinitionId(), processInstanceId));
  }

  /** The start form of the latest version of process {@code processKey}, as {@code userId} sees it in Tasklist. */
  public static OpenForm start(ProcessEngine engine, String processKey, String userId,
      Map<String, Object> validSubmission) {
    ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(processKey).latestVersion().singleResult();
    Supplier<Long> started = () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(processKey).count();
    long before = started.get();
    return new OpenForm(validSubmission,
        values -> as(engine, userId, () -> engine.getFormService().submitStartForm(definition.getId(), values)),
        () -> started.get() == before,
        new Where(userId, null, definition.getId(), null));
  }

  /** The process variables as stored: JSON and other serialized values compared by their text. */
  private static Map<String, Object> snapshot(ProcessEngine engine, String processInstanceId) {
    VariableMap typed = engine.getRuntimeService().getVariablesTyped(processInstanceId, false);
    Map<String, Object> values = new java.util.HashMap<>();
    for (String name : typed.keySet()) {
      TypedValue value = typed.getValueTyped(name);
      values.put(name, value instanceof SerializableValue serialized ? serialized.getValueSerialized() : value.getValue());
    }
    return values;
  }

  /** Runs an engine call as the logged-in user, with their groups and so their authorizations. */
  private static <T> T as(ProcessEngine engine, String userId, Supplier<T> call) {
    IdentityService identity = engine.getIdentityService();
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
