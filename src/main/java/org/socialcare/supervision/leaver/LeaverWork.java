package org.socialcare.supervision.leaver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.contract.ContractService;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.OrganisationService;
import org.socialcare.supervision.security.Groups;
import org.socialcare.supervision.security.ProcessAccessGrants;
import org.socialcare.supervision.security.RandomPasswords;
import org.socialcare.supervision.session.SessionSchedule;
import org.springframework.stereotype.Component;

/**
 * What leaving does to the engine: running work ends cleanly on the leaving date, and access ends
 * once HR has accepted the archive.
 *
 * <p>Running work, in this order: the people the leaver supervises get the leaver's line manager as
 * their supervisor (a new supervisory relationship: a new contract, and the file, open tasks and
 * sessions transfer with it, see {@link SupervisionFileTransfer}); every process about the leaver
 * is deleted with the reason "Left the organisation on ...", visible in history, the sessions
 * they had booked are withdrawn from their supervisors' diaries, and their contract ends; any other
 * task still assigned to the leaver (a group session they facilitate, an action they own in someone
 * else's supervision, an escalation) goes to their line manager, who is told which. A leaver with
 * no line manager (the director) keeps such tasks for HR to reassign in Cockpit.
 */
@Component
class LeaverWork {

  static final String REASON = "Left the organisation on ";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final IdentityService identityService;
  private final AuthorizationService authorizations;
  private final ProcessAccessGrants grants;
  private final LineManagement lineManagement;
  private final OrganisationService organisationService;
  private final NotificationService notifications;
  private final SystemAccess systemAccess;
  private final SessionSchedule sessions;
  private final ContractService contracts;

  LeaverWork(RuntimeService runtimeService, TaskService taskService, RepositoryService repositoryService,
      IdentityService identityService, AuthorizationService authorizations, ProcessAccessGrants grants,
      LineManagement lineManagement, OrganisationService organisationService, NotificationService notifications,
      SystemAccess systemAccess, SessionSchedule sessions, ContractService contracts) {
    this.sessions = sessions;
    this.contracts = contracts;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.authorizations = authorizations;
    this.grants = grants;
    this.lineManagement = lineManagement;
    this.organisationService = organisationService;
    this.notifications = notifications;
    this.systemAccess = systemAccess;
  }

  /** @return the processes ended and the tasks reassigned */
  int[] endRunningWork(String leaverId, LocalDate leavingDate) {
    String lineManager = lineManagement.lineManagerOf(leaverId);
    if (lineManager != null) {
      lineManagement.superviseesOf(leaverId).forEach(supervisee ->
          organisationService.assignSupervisor(supervisee, lineManager));
    }
    return systemAccess.run(() -> {
      List<String> about = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(leaverId).list()
          .stream().filter(instance -> !isLeaverArchiving(instance)).map(ProcessInstance::getId).toList();
      // Tasks elsewhere first: a query in this command still sees the tasks of instances deleted in it.
      List<String> moved = new ArrayList<>();
      if (lineManager != null) {
        for (Task task : taskService.createTaskQuery().taskAssignee(leaverId).list()) {
          if (!about.contains(task.getProcessInstanceId())) {
            taskService.setAssignee(task.getId(), lineManager);
            moved.add(task.getName());
          }
        }
      }
      for (String instance : about) {
        runtimeService.deleteProcessInstanceIfExists(instance, REASON + leavingDate, true, true, false, false);
      }
      sessions.withdrawOnLeaving(leaverId, leavingDate);
      contracts.endOnLeaving(leaverId, leavingDate);
      if (!moved.isEmpty()) {
        notifications.notify(lineManager, lineManagement.nameOf(leaverId) + "'s open tasks are now yours",
            lineManagement.nameOf(leaverId) + " left the organisation on " + leavingDate + ". These tasks were "
                + "theirs and are now yours in Tasklist; pass them on to whoever takes over:\n- "
                + String.join("\n- ", moved));
      }
      return new int[] {about.size(), moved.size()};
    });
  }

  /**
   * The person's access ends: no groups, no grants of their own, a password nobody knows; and
   * nobody but HR reads the processes about them any more (the archive is HR's).
   */
  void removeAccess(String leaverId) {
    systemAccess.run(() -> {
      for (Group group : identityService.createGroupQuery().groupMember(leaverId).list()) {
        identityService.deleteMembership(leaverId, group.getId());
      }
      for (Authorization authorization : authorizations.createAuthorizationQuery().userIdIn(leaverId).list()) {
        authorizations.deleteAuthorization(authorization.getId());
      }
      User user = identityService.createUserQuery().userId(leaverId).singleResult();
      if (user != null) {
        user.setPassword(RandomPasswords.unknownToAnyone());
        identityService.saveUser(user);
      }
      grants.revokeAllAbout(leaverId, anyone -> true);
      grants.grantAllAboutToGroup(leaverId, Groups.HR);
    });
  }

  private boolean isLeaverArchiving(ProcessInstance instance) {
    return LeaverArchivingProcess.KEY.equals(repositoryService.getProcessDefinition(instance.getProcessDefinitionId())
        .getKey());
  }
}
