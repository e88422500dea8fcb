package org.socialcare.supervision.escalation;

import java.time.Clock;
import java.time.LocalDateTime;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seed 001, Appendix 1: "If the supervisee is concerned about any aspect of the supervisor's
 * supervision practice and they are not able to resolve the issue in discussion with the
 * supervisor, they may speak with the supervisor's line manager who will address the issue
 * raised." The concern goes to that line manager; the supervisor is not told and cannot read it.
 */
@Service
@Transactional
public class ConcernService {

  /** Form keys of the concern forms. */
  public static final class Field {
    public static final String CONCERN = "concern";
    public static final String TRIED_WITH_SUPERVISOR = "triedWithSupervisor";
    public static final String ACTION_TAKEN = "actionTaken";

    private Field() {
    }
  }

  private final SupervisionConcernRepository concerns;
  private final LineManagement lineManagement;
  private final NotificationService notifications;
  private final Clock clock;

  ConcernService(SupervisionConcernRepository concerns, LineManagement lineManagement,
      NotificationService notifications, Clock clock) {
    this.concerns = concerns;
    this.lineManagement = lineManagement;
    this.notifications = notifications;
    this.clock = clock;
  }

  /** The supervisee raises a concern about their own supervisor; it goes to the supervisor's line manager. */
  public SupervisionConcern raise(String superviseeId, Object concernField, Object triedField, String processInstanceId) {
    FieldErrors errors = new FieldErrors();
    String concern = errors.requireText(Field.CONCERN, "Your concern about your supervision", concernField);
    String tried = triedField == null || triedField.toString().isBlank() ? null
        : errors.requireText(Field.TRIED_WITH_SUPERVISOR, "What you have tried with your supervisor", triedField);
    StaffMember supervisee = lineManagement.find(superviseeId).filter(StaffMember::isActive).orElse(null);
    String supervisor = supervisee == null ? null : supervisee.getSupervisorId();
    String lineManager = supervisor == null ? null : lineManagement.lineManagerOf(supervisor);
    if (supervisee == null || supervisor == null) {
      errors.reject(Field.CONCERN, "You have no supervisor recorded; speak to HR");
    } else if (lineManager == null) {
      errors.reject(Field.CONCERN, lineManagement.nameOf(supervisor) + " has no line manager recorded; speak to HR");
    }
    errors.throwIfAny();
    SupervisionConcern raised = concerns.save(new SupervisionConcern(superviseeId, supervisor, lineManager, concern,
        tried, now(), processInstanceId));
    notifications.notify(lineManager, "A concern about supervision practice for you to address",
        supervisee.fullName() + " is concerned about the supervision practice of " + lineManagement.nameOf(supervisor)
            + ", whose line manager you are. It is in your tasks; " + lineManagement.nameOf(supervisor)
            + " is not told.");
    return raised;
  }

  /** The line manager records what was done; the supervisee is told. */
  public SupervisionConcern address(Long concernId, Object actionField) {
    FieldErrors errors = new FieldErrors();
    String action = errors.requireText(Field.ACTION_TAKEN, "What was done", actionField);
    errors.throwIfAny();
    SupervisionConcern concern = concern(concernId);
    if (concern.isAddressed()) {
      throw new SubmissionRejectedException(Field.ACTION_TAKEN, "This concern is already addressed");
    }
    concern.addressed(action, now());
    notifications.notify(concern.getSuperviseeId(), "Your concern about your supervision has been addressed",
        lineManagement.nameOf(concern.getLineManagerId()) + " has addressed your concern:\n\n" + action);
    return concern;
  }

  /** The concern as the line manager's form shows it. */
  @Transactional(readOnly = true)
  public String summary(SupervisionConcern concern) {
    return lineManagement.nameOf(concern.getSuperviseeId()) + " about the supervision practice of "
        + lineManagement.nameOf(concern.getSupervisorId()) + ":\n" + concern.getConcern()
        + (concern.getTriedWithSupervisor() == null ? ""
            : "\n\nTried with the supervisor: " + concern.getTriedWithSupervisor());
  }

  @Transactional(readOnly = true)
  public SupervisionConcern concern(Long concernId) {
    return concerns.findById(concernId).orElseThrow(() -> new IllegalArgumentException("No concern " + concernId));
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
