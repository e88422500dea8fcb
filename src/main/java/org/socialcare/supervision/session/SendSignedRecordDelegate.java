package org.socialcare.supervision.session;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialcare.supervision.notification.Attachment;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.session.SessionProcess.Var;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_SendSignedCopy: the supervisee gets the signed record as PDF (seed 001: "the
 * supervisee keeps a signed copy"; seed 004: the report is shared after each session), and so does
 * the supervisor for the supervision file.
 */
@Component("sendSignedRecord")
class SendSignedRecordDelegate implements JavaDelegate {

  private final SessionRecording recording;
  private final RecordPdf pdf;
  private final NotificationService notifications;
  private final LineManagement lineManagement;

  SendSignedRecordDelegate(SessionRecording recording, RecordPdf pdf, NotificationService notifications,
      LineManagement lineManagement) {
    this.recording = recording;
    this.pdf = pdf;
    this.notifications = notifications;
    this.lineManagement = lineManagement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionRecord record = recording.record((Long) execution.getVariable(Var.RECORD_ID));
    String subject = "Signed supervision record of " + record.getHeldOn();
    String body = "The supervision record of " + lineManagement.nameOf(record.getSuperviseeId()) + " of "
        + record.getHeldOn() + " is signed by both and locked. Your signed copy is attached; it can also be downloaded "
        + "at /api/records/" + record.getId() + "/pdf.";
    Attachment signedCopy = pdf.attachmentFor(record.getId());
    notifications.notify(record.getSuperviseeId(), subject, body, signedCopy);
    notifications.notify(record.getSupervisorId(), subject, body, signedCopy);
  }
}
