package org.socialcare.supervision.session;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.stereotype.Component;

/**
 * The {@code supervision-session} process from outside: one instance per booked one-to-one
 * session, business key the supervisee. Cancelling and replacing reach it as messages.
 */
@Component
public class SessionProcess {

  public static final String KEY = "supervision-session";
  /** Started from Tasklist by either party to cancel a session before it takes place. */
  public static final String CANCELLATION_KEY = "session-cancellation";
  /** Started from Tasklist by the supervisor to correct a signed record. */
  public static final String CORRECTION_KEY = "record-correction";
  public static final String MESSAGE_CANCELLED = "SessionCancelled";
  public static final String MESSAGE_SCHEDULE_REPLACED = "SessionScheduleReplaced";

  public static final class Var {
    public static final String SESSION_ID = "sessionId";
    public static final String SUPERVISEE_ID = "superviseeId";
    public static final String SUPERVISEE_NAME = TasklistFilters.ABOUT;
    public static final String SUPERVISOR_ID = "supervisorId";
    public static final String SUPERVISOR_NAME = "supervisorName";
    public static final String SCHEDULED_FOR = "scheduledFor";
    public static final String TEMPLATE = "recordTemplate";
    public static final String RECORD_ID = "recordId";
    public static final String CANCELLATION_REASON = "cancellationReason";
    public static final String CANCELLED_BY = "cancelledBy";

    private Var() {
    }
  }

  private final RuntimeService runtimeService;
  private final SystemAccess systemAccess;
  private final LineManagement lineManagement;

  SessionProcess(RuntimeService runtimeService, SystemAccess systemAccess, LineManagement lineManagement) {
    this.runtimeService = runtimeService;
    this.systemAccess = systemAccess;
    this.lineManagement = lineManagement;
  }

  String start(BookedSession session) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.SESSION_ID, session.getId());
    variables.put(Var.SUPERVISEE_ID, session.getSuperviseeId());
    variables.put(Var.SUPERVISEE_NAME, lineManagement.nameOf(session.getSuperviseeId()));
    variables.put(Var.SUPERVISOR_ID, session.getSupervisorId());
    variables.put(Var.SUPERVISOR_NAME, lineManagement.nameOf(session.getSupervisorId()));
    variables.put(Var.SCHEDULED_FOR, SessionTimes.display(session.getScheduledAt()));
    variables.put(Var.TEMPLATE, RecordTemplate.forSupervisee(lineManagement.member(session.getSuperviseeId())
        .getPosition()).name());
    return systemAccess.run(() -> runtimeService
        .startProcessInstanceByKey(KEY, session.getSuperviseeId(), variables).getId());
  }

  /** False when the session is no longer waiting to take place (it is being recorded, or over). */
  boolean cancel(BookedSession session, String cancelledBy, String reason) {
    return !systemAccess.run(() -> runtimeService.createMessageCorrelation(MESSAGE_CANCELLED)
        .processInstanceId(session.getProcessInstanceId())
        .setVariable(Var.CANCELLATION_REASON, reason)
        .setVariable(Var.CANCELLED_BY, cancelledBy)
        .correlateAllWithResult()).isEmpty();
  }

  /** A new contract booked a new schedule: this session's wait ends. */
  void replace(BookedSession session) {
    systemAccess.run(() -> runtimeService.createMessageCorrelation(MESSAGE_SCHEDULE_REPLACED)
        .processInstanceId(session.getProcessInstanceId())
        .correlateAllWithResult());
  }
}
