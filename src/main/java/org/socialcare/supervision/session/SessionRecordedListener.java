package org.socialcare.supervision.session;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.session.SessionProcess.Var;
import org.springframework.stereotype.Component;

/** Completing a record task: the record is stored (a session that did not take place is cancelled instead). */
@Component("sessionRecorded")
class SessionRecordedListener implements TaskListener {

  private final SessionRecording recording;

  SessionRecordedListener(SessionRecording recording) {
    this.recording = recording;
  }

  @Override
  public void notify(DelegateTask task) {
    Long sessionId = (Long) task.getVariable(Var.SESSION_ID);
    SupervisionRecord record = recording.record(sessionId, task.getVariables(), task.getProcessInstanceId());
    task.setVariable(Var.RECORD_ID, record.getId());
    task.setVariable(SessionRecordForm.RECORD_SUMMARY, recording.summary(record.getId()));
  }
}
