package org.socialcare.supervision.session;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.session.SessionProcess.Var;
import org.springframework.stereotype.Component;

/** ServiceTask_OpenCorrection of {@code record-correction}: the correction is a new record, to sign again. */
@Component("openRecordCorrection")
class OpenCorrectionDelegate implements JavaDelegate {

  private final SessionRecording recording;
  private final LineManagement lineManagement;

  OpenCorrectionDelegate(SessionRecording recording, LineManagement lineManagement) {
    this.recording = recording;
    this.lineManagement = lineManagement;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionRecord correction = recording.correct((String) execution.getVariable("requesterId"),
        execution.getVariable(Var.SUPERVISEE_ID), execution.getVariable("heldOn"), execution.getVariable("correction"),
        execution.getProcessInstanceId());
    execution.setProcessBusinessKey(correction.getSuperviseeId());
    execution.setVariable(Var.SUPERVISEE_ID, correction.getSuperviseeId());
    execution.setVariable(Var.SUPERVISOR_ID, correction.getSupervisorId());
    execution.setVariable(Var.SUPERVISEE_NAME, lineManagement.nameOf(correction.getSuperviseeId()));
    execution.setVariable(Var.RECORD_ID, correction.getId());
    execution.setVariable(SessionRecordForm.RECORD_SUMMARY, recording.summary(correction.getId()));
  }
}
