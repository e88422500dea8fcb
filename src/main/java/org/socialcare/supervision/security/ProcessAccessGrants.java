package org.socialcare.supervision.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who may read a process about a person, its tasks and their history: the person, their
 * supervisor and the managers up the line (seed 001, "Confidentiality"). Granted as the engine
 * creates instances and tasks; the assignee's right to work a task is the engine's own default grant.
 * A process about a group (its business key names no person) is readable by whom the feature's
 * {@link GroupProcessReaders} names. A feature may leave people out of one process
 * ({@link ExcludedProcessReaders}).
 */
@Component
public class ProcessAccessGrants {

  private static final List<Resource> INSTANCE_RESOURCES = List.of(Resources.PROCESS_INSTANCE,
      Resources.HISTORIC_PROCESS_INSTANCE);
  private static final List<Resource> TASK_RESOURCES = List.of(Resources.TASK, Resources.HISTORIC_TASK);

  private final AuthorizationService authorizations;
  private final HistoryService historyService;
  private final LineManagement lineManagement;
  private final SystemAccess systemAccess;
  private final ObjectProvider<GroupProcessReaders> groupReaders;
  private final ObjectProvider<ExcludedProcessReaders> excludedReaders;
  private final GroupAuthorizations groupGrants;

  public ProcessAccessGrants(AuthorizationService authorizations, HistoryService historyService,
      LineManagement lineManagement, SystemAccess systemAccess, ObjectProvider<GroupProcessReaders> groupReaders,
      ObjectProvider<ExcludedProcessReaders> excludedReaders, GroupAuthorizations groupGrants) {
    this.groupGrants = groupGrants;
    this.authorizations = authorizations;
    this.historyService = historyService;
    this.lineManagement = lineManagement;
    this.systemAccess = systemAccess;
    this.groupReaders = groupReaders;
    this.excludedReaders = excludedReaders;
  }

  /** @param businessKey the person the process is about, or a group's key */
  public void grantProcessInstance(String processInstanceId, String businessKey) {
    grantProcessInstance(null, processInstanceId, businessKey);
  }

  /** @param processDefinitionKey the process's key, for readers a feature excludes from it; null for none */
  public void grantProcessInstance(String processDefinitionKey, String processInstanceId, String businessKey) {
    Set<String> readers = readersOf(processDefinitionKey, businessKey);
    if (readers.isEmpty()) {
      return;
    }
    systemAccess.run(() -> grant(readers, instanceTargets(processInstanceId)));
  }

  /** @param businessKey the person the process is about, or a group's key */
  public void grantTask(String taskId, String processInstanceId, String businessKey) {
    grantTask(null, taskId, processInstanceId, businessKey);
  }

  /** @param processDefinitionKey the process's key, for readers a feature excludes from it; null for none */
  public void grantTask(String processDefinitionKey, String taskId, String processInstanceId, String businessKey) {
    Set<String> readers = readersOf(processDefinitionKey, businessKey);
    if (readers.isEmpty()) {
      return;
    }
    List<Target> targets = new ArrayList<>(List.of(new Target(Resources.TASK, taskId, Permissions.READ),
        new Target(Resources.HISTORIC_TASK, taskId, HistoricTaskPermissions.READ)));
    targets.addAll(instanceTargets(processInstanceId));
    systemAccess.run(() -> grant(readers, targets));
  }

  private static List<Target> instanceTargets(String processInstanceId) {
    return List.of(new Target(Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ),
        new Target(Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, HistoricProcessInstancePermissions.READ));
  }

  /**
   * Grants the present readers of a person's file every process about them, running or ended, and
   * every task of those processes: after a change of supervisor the new one reads the file as the
   * old one did (seed 001, "Confidentiality": "the records will be transferred to the new supervisor").
   */
  public void grantAllAbout(String businessKey) {
    systemAccess.run(() -> {
      // With each process's key, so a reader a feature excludes (the supervisor, from a concern
      // about their practice) is not let in by a transfer either.
      for (HistoricProcessInstance instance : instancesAbout(businessKey)) {
        grantProcessInstance(instance.getProcessDefinitionKey(), instance.getId(), businessKey);
      }
      for (HistoricTaskInstance task : tasksAbout(businessKey)) {
        grantTask(task.getProcessDefinitionKey(), task.getId(), task.getProcessInstanceId(), businessKey);
      }
    });
  }

  /**
   * Withdraws what the users {@code whose} were granted on every process about a person and their
   * tasks (the engine never removes a grant by itself). Group grants - a candidate group's right to
   * work a task - stay.
   *
   * @return how many grants were withdrawn
   */
  public int revokeAllAbout(String businessKey, Predicate<String> whose) {
    return systemAccess.run(() -> {
      int revoked = 0;
      for (HistoricProcessInstance instance : instancesAbout(businessKey)) {
        revoked += revoke(INSTANCE_RESOURCES, instance.getId(), whose);
      }
      for (HistoricTaskInstance task : tasksAbout(businessKey)) {
        revoked += revoke(TASK_RESOURCES, task.getId(), whose);
      }
      return revoked;
    });
  }

  /**
   * Lets a group read one process instance, its variables and its history: HR, the leaver-archiving
   * process whose tasks they work as a group (Tasklist shows a task's "About" only to readers).
   */
  public void grantProcessInstanceToGroup(String processInstanceId, String groupId) {
    systemAccess.run(() -> {
      groupGrants.grant(groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
      groupGrants.grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
          HistoricProcessInstancePermissions.READ);
    });
  }

  /** Lets a group read every process about a person and its tasks: HR, once it holds a leaver's archive. */
  public void grantAllAboutToGroup(String businessKey, String groupId) {
    systemAccess.run(() -> {
      for (HistoricProcessInstance instance : instancesAbout(businessKey)) {
        groupGrants.grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, instance.getId(),
            HistoricProcessInstancePermissions.READ);
      }
      for (HistoricTaskInstance task : tasksAbout(businessKey)) {
        groupGrants.grant(groupId, Resources.HISTORIC_TASK, task.getId(), HistoricTaskPermissions.READ);
      }
    });
  }

  /** Whether the user may read a process of this key (null: any) about this business key. */
  public boolean isReader(String userId, String processDefinitionKey, String businessKey) {
    return readersOf(processDefinitionKey, businessKey).contains(userId);
  }

  private List<HistoricProcessInstance> instancesAbout(String businessKey) {
    return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).list();
  }

  private List<HistoricTaskInstance> tasksAbout(String businessKey) {
    return historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey).list();
  }

  private int revoke(List<Resource> resources, String resourceId, Predicate<String> whose) {
    int revoked = 0;
    for (Resource resource : resources) {
      for (Authorization authorization : authorizations.createAuthorizationQuery().resourceType(resource)
          .resourceId(resourceId).list()) {
        if (authorization.getUserId() != null && whose.test(authorization.getUserId())) {
          authorizations.deleteAuthorization(authorization.getId());
          revoked++;
        }
      }
    }
    return revoked;
  }

  /** One permission on one resource, to be granted to each reader. */
  private record Target(Resource resource, String resourceId, Permission permission) {
  }

  /**
   * Grants each reader each target they do not hold yet. What they hold is read once per resource
   * (one query for all readers and all its resource types), and not at all for an instance or task
   * this command created: nothing can be stored about it yet. Asked per reader and per resource, this
   * was 8 queries on every process start and 16 on every task's creation, the largest part of the
   * grants' cost in the timer burst and in booking a year of sessions (BENCHMARKS.md).
   */
  private void grant(Set<String> readers, List<Target> targets) {
    Set<String> ids = new LinkedHashSet<>();
    targets.forEach(target -> ids.add(target.resourceId()));
    Set<String> granted = grantedEarlierInThisCommand(ids);
    Map<String, Authorization> stored = storedGrants(ids);
    for (String reader : readers) {
      for (Target target : targets) {
        String key = key(reader, target.resource().resourceType(), target.resourceId());
        if (!granted.add(key)) {
          continue;
        }
        Authorization existing = stored.get(key);
        if (existing == null) {
          Authorization authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
          authorization.setUserId(reader);
          authorization.setResource(target.resource());
          authorization.setResourceId(target.resourceId());
          authorization.addPermission(target.permission());
          authorizations.saveAuthorization(authorization);
        } else if (!existing.isPermissionGranted(target.permission())) {
          existing.addPermission(target.permission());
          authorizations.saveAuthorization(existing);
        }
      }
    }
  }

  /** The users' stored grants on these resources, by {@link #key}; none asked for what this command created. */
  private Map<String, Authorization> storedGrants(Set<String> resourceIds) {
    Map<String, Authorization> stored = new HashMap<>();
    for (String resourceId : resourceIds) {
      if (createdInThisCommand(resourceId)) {
        continue;
      }
      for (Authorization authorization : authorizations.createAuthorizationQuery().resourceId(resourceId).list()) {
        if (authorization.getUserId() != null && authorization.getAuthorizationType() == AUTH_TYPE_GRANT) {
          stored.put(key(authorization.getUserId(), authorization.getResourceType(), resourceId), authorization);
        }
      }
    }
    return stored;
  }

  /** Whether the instance or task of this id was created by the running command and is not stored yet. */
  private static boolean createdInThisCommand(String resourceId) {
    CommandContext command = Context.getCommandContext();
    if (command == null) {
      return false;
    }
    DbEntityCache cache = command.getDbEntityManager().getDbEntityCache();
    DbEntity created = command.getDbEntityManager().getCachedEntity(ExecutionEntity.class, resourceId);
    if (created == null) {
      created = command.getDbEntityManager().getCachedEntity(TaskEntity.class, resourceId);
    }
    return created != null && cache.isTransient(created);
  }

  /**
   * The users' grants on these resources made earlier in the same engine command - ours, or the
   * engine's own for an assignee - which are not flushed yet, so a query cannot see them. Gathered
   * once per instance or task rather than once per grant: a command that starts a process for
   * everyone (the monthly missed-supervision check) holds tens of thousands, and looking through
   * them for every grant made that check quadratic (BENCHMARKS.md, "What the figures changed").
   */
  private static Set<String> grantedEarlierInThisCommand(Set<String> resourceIds) {
    Set<String> granted = new HashSet<>();
    CommandContext command = Context.getCommandContext();
    if (command != null) {
      for (AuthorizationEntity cached : command.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
        if (cached.getUserId() != null && resourceIds.contains(cached.getResourceId())) {
          granted.add(key(cached.getUserId(), cached.getResourceType(), cached.getResourceId()));
        }
      }
    }
    return granted;
  }

  private static String key(String userId, int resourceType, String resourceId) {
    return resourceType + "/" + resourceId + "/" + userId;
  }

  private Set<String> readersOf(String processDefinitionKey, String businessKey) {
    if (businessKey == null) {
      return Set.of();
    }
    Set<String> readers = new LinkedHashSet<>();
    if (lineManagement.find(businessKey).isPresent()) {
      readers.addAll(lineManagement.entitledReadersAbout(businessKey));
    } else {
      groupReaders.orderedStream().forEach(group -> readers.addAll(group.readersOf(businessKey)));
    }
    if (processDefinitionKey != null) {
      excludedReaders.orderedStream()
          .forEach(excluded -> readers.removeAll(excluded.excludedReadersOf(processDefinitionKey, businessKey)));
    }
    return readers;
  }
}
