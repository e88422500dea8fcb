package org.socialcare.supervision.session;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.common.FormJson;
import org.socialcare.supervision.session.SessionProcess.Var;
import org.springframework.stereotype.Component;

/** UserTask_RecordSession is created: the form is filled with what the application knows. */
@Component("prepareSessionRecord")
class SessionRecordFormListener implements TaskListener {

  private final SessionRecordForm form;

  SessionRecordFormListener(SessionRecordForm form) {
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    form.valuesFor((Long) task.getVariable(Var.SESSION_ID)).forEach((name, value) ->
        task.getExecution().setVariable(name, FormJson.asVariable(value)));
  }
}
