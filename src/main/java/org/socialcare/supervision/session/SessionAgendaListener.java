package org.socialcare.supervision.session;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.session.SessionProcess.Var;
import org.springframework.stereotype.Component;

/**
 * The agenda tasks of both parties: on create the form shows the agenda so far; on complete the
 * items typed in ({@code myAgendaItems}, local to each task so the two do not mix) are stored.
 */
@Component("sessionAgenda")
class SessionAgendaListener implements TaskListener {

  static final String MY_ITEMS = SessionRecording.Field.AGENDA_ITEMS;
  static final String AGENDA_SO_FAR = "agendaSoFar";

  private final SessionRecording recording;

  SessionAgendaListener(SessionRecording recording) {
    this.recording = recording;
  }

  @Override
  public void notify(DelegateTask task) {
    Long sessionId = (Long) task.getVariable(Var.SESSION_ID);
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      task.setVariableLocal(AGENDA_SO_FAR, recording.agendaText(sessionId));
    } else {
      recording.addAgenda(sessionId, task.getAssignee(), task.getVariable(MY_ITEMS));
    }
  }
}
