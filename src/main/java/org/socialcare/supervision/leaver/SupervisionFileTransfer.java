package org.socialcare.supervision.leaver;

import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.SupervisorAssigned;
import org.socialcare.supervision.security.ProcessAccessGrants;
import org.socialcare.supervision.session.SessionProcess;
import org.socialcare.supervision.session.SessionStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 001, "Confidentiality": "When the supervisor changes, the records will be transferred to the
 * new supervisor." On a change of supervisor (the contract feature starts the new contract on the
 * same event) the supervisee's file goes with it: the new supervisor may read every process about
 * the supervisee, running or ended; the previous supervisor, and the managers who read only through
 * them, no longer may; the previous supervisor's open tasks about the supervisee, the sessions still
 * booked and the running processes that name the supervisor pass to the new one.
 */
@Component
@Transactional
public class SupervisionFileTransfer {

  private final LineManagement lineManagement;
  private final ProcessAccessGrants grants;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final SystemAccess systemAccess;
  private final NotificationService notifications;
  private final EntityManager entityManager;

  SupervisionFileTransfer(LineManagement lineManagement, ProcessAccessGrants grants, RuntimeService runtimeService,
      TaskService taskService, SystemAccess systemAccess, NotificationService notifications,
      EntityManager entityManager) {
    this.lineManagement = lineManagement;
    this.grants = grants;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.systemAccess = systemAccess;
    this.notifications = notifications;
    this.entityManager = entityManager;
  }

  @EventListener
  void onSupervisorAssigned(SupervisorAssigned event) {
    if (event.previousSupervisorId() != null && !event.previousSupervisorId().equals(event.supervisorId())) {
      transfer(event.superviseeId(), event.previousSupervisorId(), event.supervisorId());
    }
  }

  /** Moves the supervisee's file from {@code from} to {@code to}, who is already their supervisor in the organisation. */
  public void transfer(String superviseeId, String from, String to) {
    int tasksMoved = moveWork(superviseeId, from, to);
    grants.grantAllAbout(superviseeId);
    Set<String> formerReaders = new LinkedHashSet<>();
    formerReaders.add(from);
    formerReaders.addAll(lineManagement.managersAbove(from));
    formerReaders.removeAll(lineManagement.entitledReadersAbout(superviseeId));
    grants.revokeAllAbout(superviseeId, formerReaders::contains);
    notifications.notify(to, "You now supervise " + lineManagement.nameOf(superviseeId),
        lineManagement.nameOf(superviseeId) + "'s supervision file has been transferred to you from "
            + lineManagement.nameOf(from) + (tasksMoved == 0 ? "." : "; " + tasksMoved
            + " open task(s) about them are now yours in Tasklist."));
  }

  /**
   * The previous supervisor's open tasks about the supervisee, the running processes naming them as
   * supervisor, and the booked sessions not yet held. Absence cover moves work the same way
   * ({@code session.SupervisionCover}).
   */
  private int moveWork(String superviseeId, String from, String to) {
    int moved = systemAccess.run(() -> {
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(superviseeId).active().list()) {
        if (from.equals(runtimeService.getVariable(instance.getId(), SessionProcess.Var.SUPERVISOR_ID))) {
          runtimeService.setVariable(instance.getId(), SessionProcess.Var.SUPERVISOR_ID, to);
          runtimeService.setVariable(instance.getId(), SessionProcess.Var.SUPERVISOR_NAME, lineManagement.nameOf(to));
        }
      }
      int count = 0;
      for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(superviseeId).taskAssignee(from).list()) {
        taskService.setAssignee(task.getId(), to);
        count++;
      }
      return count;
    });
    // Recorded sessions keep who held them; those still to be held (or recorded) are the new supervisor's.
    entityManager.createQuery("update BookedSession s set s.supervisorId = :to where s.superviseeId = :supervisee"
            + " and s.supervisorId = :from and s.status = :booked")
        .setParameter("to", to).setParameter("from", from).setParameter("supervisee", superviseeId)
        .setParameter("booked", SessionStatus.BOOKED)
        .executeUpdate();
    return Objects.requireNonNull(moved);
  }
}
