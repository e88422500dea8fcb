package org.socialcare.supervision.common;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * When completing a task fails because the task was dealt with meanwhile, the user is told so in
 * words ({@link TaskConflictException}) instead of seeing the engine's optimistic-locking or
 * "cannot find task" message - in Tasklist and on the REST API alike, as both complete tasks
 * through the engine. The cases:
 * <ul>
 *   <li>two submissions at the same moment (two tabs, or the task reassigned while submitted):
 *       the engine or the database refuses the second transaction, which is rolled back whole -
 *       the records written by its task listeners included, as they share the transaction;</li>
 *   <li>a submission that failed in any way (task not found, no longer permitted, values that
 *       break a rule against what the other submission saved) while the task was completed or
 *       withdrawn meanwhile;</li>
 *   <li>a submission by the task's former assignee, after it was passed to someone else.</li>
 * </ul>
 * The last two are told only to someone who was involved in the task (and, for the last, may still
 * read it); anyone else gets the engine's answer as before, so nobody learns about tasks that were
 * never theirs, or are theirs no more to see.
 */
@Component
class TaskConflicts extends AbstractProcessEnginePlugin {

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    // Before the transaction interceptor, so failures at commit (the optimistic lock, deadlocks) are seen too.
    interceptors.add(new ConflictInterceptor());
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private class ConflictInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (RuntimeException failure) {
        String taskId = taskIdOf(command);
        if (taskId == null || failure instanceof TaskConflictException) {
          throw failure;
        }
        throw conflict(taskId, failure).orElseThrow(() -> failure);
      }
    }
  }

  private Optional<TaskConflictException> conflict(String taskId, RuntimeException failure) {
    if (TaskConflictException.isConcurrencyFailure(failure)) {
      return Optional.of(new TaskConflictException(TaskConflictException.AT_THE_SAME_MOMENT, failure));
    }
    Authentication authentication = configuration.getIdentityService().getCurrentAuthentication();
    String userId = authentication == null ? null : authentication.getUserId();
    // A former assignee who may no longer even read the task learns nothing about it: 403 as before.
    boolean passedOnMayBeTold = failure instanceof AuthorizationException
        && configuration.getTaskService().createTaskQuery().taskId(taskId).count() > 0;
    // Whatever else went wrong (not found, no longer allowed, a rule the values break against what
    // the other submission saved), a task dealt with meanwhile is the answer that matters.
    try {
      String message = configuration.getCommandExecutorTxRequired().execute(context ->
          context.runWithoutAuthorization(() -> {
            String gone = whyGone(taskId, userId);
            return gone == null && passedOnMayBeTold ? whyRefused(taskId, userId) : gone;
          }));
      return Optional.ofNullable(message).map(text -> new TaskConflictException(text, failure));
    } catch (RuntimeException lookupFailed) {
      failure.addSuppressed(lookupFailed);
      return Optional.empty();
    }
  }

  /** The task is not open: completed or withdrawn, if this user had anything to do with it. */
  private String whyGone(String taskId, String userId) {
    HistoricTaskInstance task = configuration.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId)
        .singleResult();
    if (task == null || task.getEndTime() == null || !wasInvolved(task.getAssignee(), taskId, userId)) {
      return null;
    }
    return "completed".equals(task.getDeleteReason()) ? TaskConflictException.ALREADY_COMPLETED
        : TaskConflictException.WITHDRAWN;
  }

  /** The user may no longer work on the task: it was theirs, and is now someone else's. */
  private String whyRefused(String taskId, String userId) {
    Task task = configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult();
    boolean wasTheirs = userId != null && configuration.getHistoryService().createHistoricIdentityLinkLogQuery()
        .taskId(taskId).userId(userId).type(IdentityLinkType.ASSIGNEE).count() > 0;
    return task != null && wasTheirs && !userId.equals(task.getAssignee()) ? TaskConflictException.PASSED_ON : null;
  }

  private boolean wasInvolved(String lastAssignee, String taskId, String userId) {
    return userId == null || Objects.equals(lastAssignee, userId)
        || configuration.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(taskId).userId(userId)
            .count() > 0;
  }

  /** The task a completion command is about; the engine keeps it in a protected field. */
  private static String taskIdOf(Command<?> command) {
    if (!(command instanceof SubmitTaskFormCmd) && !(command instanceof CompleteTaskCmd)) {
      return null;
    }
    for (Class<?> type = command.getClass(); type != Object.class; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField("taskId");
        field.setAccessible(true);
        return (String) field.get(command);
      } catch (NoSuchFieldException e) {
        // declared further up
      } catch (IllegalAccessException e) {
        return null;
      }
    }
    return null;
  }
}
