package org.socialcare.supervision.session;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.session.SessionProcess.Var;
import org.socialcare.supervision.session.SessionRecording.Field;
import org.springframework.stereotype.Component;

/** The two signatures: the supervisee's (with comments), then the supervisor's, which locks the record. */
@Component("recordSigned")
class RecordSignedListener implements TaskListener {

  static final String SUPERVISEE_TASK = "UserTask_SuperviseeSignsRecord";

  private final SessionRecording recording;

  RecordSignedListener(SessionRecording recording) {
    this.recording = recording;
  }

  @Override
  public void notify(DelegateTask task) {
    Long recordId = (Long) task.getVariable(Var.RECORD_ID);
    if (SUPERVISEE_TASK.equals(task.getTaskDefinitionKey())) {
      recording.signBySupervisee(recordId, task.getVariable(Field.SUPERVISEE_SIGNS),
          task.getVariable(Field.SUPERVISEE_COMMENTS), task.getVariable(Field.RAISE_DISAGREEMENT));
      task.setVariable(SessionRecordForm.RECORD_SUMMARY, recording.summary(recordId));
    } else {
      recording.signBySupervisor(recordId, task.getVariable(Field.SUPERVISOR_SIGNS));
    }
  }
}
