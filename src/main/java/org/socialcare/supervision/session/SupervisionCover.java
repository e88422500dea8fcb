package org.socialcare.supervision.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.action.ActionProcess;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.Position;
import org.socialcare.supervision.organisation.StaffMember;
import org.socialcare.supervision.security.ProcessAccessGrants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cover for an absent supervisor (seed 001, 3.5): a manager above records the absence; when it
 * lasts more than a month the line manager names a covering supervisor, who gets the supervisees'
 * open session tasks and the sessions still to come, and reads their files (earlier records and
 * processes included: {@link CoveringSupervisors}), until the supervisor is back.
 */
@Service
@Transactional
public class SupervisionCover {

  public static final String PROCESS_KEY = "supervisor-absence";
  public static final String DECISION_COVER = "cover";
  public static final String DECISION_RETURNED = "returned";

  private final SupervisorAbsenceRepository absences;
  private final BookedSessionRepository sessions;
  private final LineManagement lineManagement;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final SystemAccess systemAccess;
  private final NotificationService notifications;
  private final ProcessAccessGrants grants;
  private final Clock clock;

  SupervisionCover(SupervisorAbsenceRepository absences, BookedSessionRepository sessions,
      LineManagement lineManagement, RuntimeService runtimeService, TaskService taskService, SystemAccess systemAccess,
      NotificationService notifications, ProcessAccessGrants grants, Clock clock) {
    this.absences = absences;
    this.sessions = sessions;
    this.lineManagement = lineManagement;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.systemAccess = systemAccess;
    this.notifications = notifications;
    this.grants = grants;
    this.clock = clock;
  }

  /** A manager above the supervisor records the absence: its first day and when the supervisor is expected back. */
  public SupervisorAbsence recordAbsence(String recordedBy, Object supervisorField, Object firstDayField,
      Object expectedReturnField) {
    FieldErrors errors = new FieldErrors();
    String supervisorId = errors.requireText("supervisorId", "Supervisor (user id)", supervisorField);
    LocalDate firstDay = FormValues.date(errors, "firstDayAbsent", "First day of absence", firstDayField);
    LocalDate expectedReturn = FormValues.date(errors, "expectedReturn", "Expected return", expectedReturnField);
    if (supervisorId != null) {
      StaffMember supervisor = lineManagement.find(supervisorId).filter(StaffMember::isActive).orElse(null);
      if (supervisor == null) {
        errors.reject("supervisorId", "'" + supervisorId + "' is not a current member of staff");
      } else if (lineManagement.superviseesOf(supervisorId).isEmpty()) {
        errors.reject("supervisorId", supervisor.fullName() + " supervises nobody");
      } else if (!lineManagement.managersAbove(supervisorId).contains(recordedBy)) {
        errors.reject("supervisorId", "Only a manager above " + supervisor.fullName() + " may record their absence");
      }
    }
    if (firstDay != null && expectedReturn != null && !expectedReturn.isAfter(firstDay)) {
      errors.reject("expectedReturn", "Expected return must be after the first day of absence");
    }
    errors.throwIfAny();
    return absences.save(new SupervisorAbsence(supervisorId, recordedBy, firstDay, expectedReturn, now()));
  }

  /**
   * The line manager's decision once the absence passes a month (or at once, when it is known to be
   * longer): the supervisor is back, or a named manager covers their supervision.
   */
  public SupervisorAbsence decideCover(Long absenceId, Object decision, Object coverField) {
    SupervisorAbsence absence = absence(absenceId);
    FieldErrors errors = new FieldErrors();
    if (!DECISION_COVER.equals(decision) && !DECISION_RETURNED.equals(decision)) {
      errors.reject("coverDecision", "Choose whether the supervisor is back or who covers");
    }
    String coverId = null;
    if (DECISION_COVER.equals(decision)) {
      coverId = errors.requireText("coveringSupervisorId", "Covering supervisor (user id)", coverField);
      StaffMember cover = coverId == null ? null : lineManagement.find(coverId).filter(StaffMember::isActive).orElse(null);
      if (coverId != null && (cover == null || cover.getPosition() == Position.PRACTITIONER
          || cover.getPosition() == Position.HR_OFFICER || cover.getPosition() == Position.BUSINESS_SUPPORT)) {
        errors.reject("coveringSupervisorId", "The covering supervisor must be a manager in post");
      } else if (absence.getSupervisorId().equals(coverId)) {
        errors.reject("coveringSupervisorId", "The absent supervisor cannot cover themselves");
      }
    }
    errors.throwIfAny();
    if (coverId == null) {
      absence.returned(today());
      return absence;
    }
    absence.coveredBy(coverId, today());
    moveSupervision(absence.getSupervisorId(), coverId);
    lineManagement.superviseesOf(absence.getSupervisorId()).forEach(grants::grantAllAbout);
    String body = lineManagement.nameOf(coverId) + " covers the supervision of " + names(absence.getSupervisorId())
        + " while " + lineManagement.nameOf(absence.getSupervisorId()) + " is away (expected back "
        + absence.getExpectedReturn() + ").";
    notifications.notify(coverId, "You cover supervision for " + lineManagement.nameOf(absence.getSupervisorId()), body);
    lineManagement.superviseesOf(absence.getSupervisorId()).forEach(supervisee ->
        notifications.notify(supervisee, "Your supervision while your supervisor is away", body));
    return absence;
  }

  /** At the expected return: back (the cover ends and everything goes back), or a new expected return. */
  public SupervisorAbsence confirmReturn(Long absenceId, Object returnedField, Object newExpectedReturnField) {
    SupervisorAbsence absence = absence(absenceId);
    if (!"yes".equals(returnedField) && !"no".equals(returnedField)) {
      throw new org.socialcare.supervision.common.SubmissionRejectedException("supervisorReturned",
          "Say whether the supervisor is back");
    }
    if ("no".equals(returnedField)) {
      FieldErrors errors = new FieldErrors();
      LocalDate newReturn = FormValues.date(errors, "newExpectedReturn", "New expected return", newExpectedReturnField);
      if (newReturn != null && !newReturn.isAfter(today())) {
        errors.reject("newExpectedReturn", "New expected return must be after today");
      }
      errors.throwIfAny();
      absence.expectedBackOn(newReturn);
      return absence;
    }
    absence.returned(today());
    String cover = absence.getCoverSupervisorId();
    if (cover != null) {
      moveSupervision(cover, absence.getSupervisorId(), absence.getSupervisorId());
      for (String supervisee : lineManagement.superviseesOf(absence.getSupervisorId())) {
        if (!lineManagement.entitledReadersAbout(supervisee).contains(cover)) {
          grants.revokeAllAbout(supervisee, cover::equals);
        }
      }
    }
    return absence;
  }

  @Transactional(readOnly = true)
  public SupervisorAbsence absence(Long absenceId) {
    return absences.findById(absenceId).orElseThrow(() -> new IllegalArgumentException("No absence " + absenceId));
  }

  private void moveSupervision(String from, String to) {
    moveSupervision(from, to, from);
  }

  /** The open session and action tasks, the running sessions and the sessions to come of whom {@code of} supervises. */
  private void moveSupervision(String from, String to, String of) {
    for (String supervisee : lineManagement.superviseesOf(of)) {
      systemAccess.run(() -> {
        for (ProcessInstance session : runtimeService.createProcessInstanceQuery()
            .processDefinitionKey(SessionProcess.KEY).processInstanceBusinessKey(supervisee).active().list()) {
          runtimeService.setVariable(session.getId(), SessionProcess.Var.SUPERVISOR_ID, to);
          runtimeService.setVariable(session.getId(), SessionProcess.Var.SUPERVISOR_NAME, lineManagement.nameOf(to));
        }
        for (String key : List.of(SessionProcess.KEY, ActionProcess.KEY)) {
          for (Task task : taskService.createTaskQuery().processDefinitionKey(key)
              .processInstanceBusinessKey(supervisee).taskAssignee(from).list()) {
            taskService.setAssignee(task.getId(), to);
          }
        }
      });
      sessions.findBySuperviseeIdAndStatusAndScheduledAtAfterOrderByScheduledAt(supervisee, SessionStatus.BOOKED,
          now().minusMonths(1)).forEach(session -> session.supervisedBy(to));
    }
  }

  private String names(String supervisorId) {
    return String.join(", ", lineManagement.superviseesOf(supervisorId).stream().map(lineManagement::nameOf).toList());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
