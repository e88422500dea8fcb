package org.socialcare.supervision.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default grants, except that a task handed to someone else - by an administrator in
 * Tasklist or Cockpit, by a change of supervisor, by absence cover, by a leaver's work passing on -
 * is no longer the former assignee's: the engine grants the new assignee (the task and its history)
 * but never withdraws the old grants, so the former assignee could still complete the task and read
 * it. Here they keep only the right to read it, and only if they read about the task's subject anyway
 * ({@link ProcessAccessGrants}).
 */
class TaskAssignmentAuthorizations extends DefaultAuthorizationProvider {

  private final ProcessAccessGrants grants;

  TaskAssignmentAuthorizations(ProcessAccessGrants grants) {
    this.grants = grants;
  }

  @Override
  public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
    AuthorizationEntity[] granted = super.newTaskAssignee(task, oldAssignee, newAssignee);
    if (oldAssignee != null && !oldAssignee.equals(newAssignee) && task instanceof TaskEntity entity) {
      withdraw(entity, oldAssignee);
    }
    return granted;
  }

  private void withdraw(TaskEntity task, String former) {
    ProcessDefinitionEntity definition = task.getProcessDefinition();
    ExecutionEntity instance = task.getProcessInstance();
    boolean reader = instance != null && grants.isReader(former, definition == null ? null : definition.getKey(),
        instance.getBusinessKey());
    AuthorizationEntity work = grantOf(former, Resources.TASK, task.getId());
    AuthorizationEntity history = grantOf(former, Resources.HISTORIC_TASK, task.getId());
    if (reader) {
      if (work != null) {
        // Changed in place: the engine writes the change when the command ends.
        work.setPermissions(Permissions.READ.getValue());
      }
      return;
    }
    AuthorizationEntity[] withdrawn = Stream.of(work, history).filter(Objects::nonNull)
        .toArray(AuthorizationEntity[]::new);
    Context.getCommandContext().getTaskManager().deleteDefaultAuthorizations(withdrawn);
  }

  /** The user's grant on the resource: made earlier in this command (not written yet), or stored. */
  private AuthorizationEntity grantOf(String userId, Resource resource, String resourceId) {
    CommandContext command = Context.getCommandContext();
    return command.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
        .filter(a -> a.getAuthorizationType() == AUTH_TYPE_GRANT && userId.equals(a.getUserId())
            && a.getResourceType() == resource.resourceType() && resourceId.equals(a.getResourceId()))
        .findFirst()
        .orElseGet(() -> getGrantAuthorizationByUserId(userId, resource, resourceId));
  }
}
