package org.socialcare.supervision.session;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_CancelSession of {@code session-cancellation}: the supervisee or their supervisor
 * cancels a booked session with a reason; the session's process asks the supervisor for a new date.
 */
@Component("requestSessionCancellation")
class RequestCancellationDelegate implements JavaDelegate {

  private final SessionSchedule schedule;
  private final SessionProcess sessionProcess;
  private final LineManagement lineManagement;

  RequestCancellationDelegate(SessionSchedule schedule, SessionProcess sessionProcess, LineManagement lineManagement) {
    this.schedule = schedule;
    this.sessionProcess = sessionProcess;
    this.lineManagement = lineManagement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String requester = (String) execution.getVariable("requesterId");
    Object superviseeField = execution.getVariable("superviseeId");
    String superviseeId = superviseeField == null || superviseeField.toString().isBlank() ? requester
        : superviseeField.toString().trim();
    FieldErrors errors = new FieldErrors();
    LocalDate day = FormValues.date(errors, "sessionDate", "Date of the session", execution.getVariable("sessionDate"));
    errors.requireText("reason", "Reason for cancelling", execution.getVariable("reason"));
    if (lineManagement.find(superviseeId).isEmpty()) {
      errors.reject("superviseeId", "'" + superviseeId + "' is not a member of staff");
    } else if (!requester.equals(superviseeId) && !requester.equals(lineManagement.supervisorOf(superviseeId))) {
      errors.reject("superviseeId", "Only " + lineManagement.nameOf(superviseeId)
          + " or their supervisor may cancel their supervision");
    }
    errors.throwIfAny();
    BookedSession session = schedule.bookedOn(superviseeId, day);
    if (session.getKind() != SessionKind.INDIVIDUAL || session.getProcessInstanceId() == null) {
      throw new SubmissionRejectedException("sessionDate", "The session on " + day
          + " is a group session; tell the group's facilitator instead");
    }
    schedule.cancel(session.getId(), requester, execution.getVariable("reason"));
    if (!sessionProcess.cancel(session, requester, execution.getVariable("reason").toString().trim())) {
      throw new SubmissionRejectedException("sessionDate", "The session on " + day + " is already recorded and cannot be cancelled");
    }
    execution.setVariable("superviseeId", superviseeId);
    execution.setProcessBusinessKey(superviseeId);
  }
}
