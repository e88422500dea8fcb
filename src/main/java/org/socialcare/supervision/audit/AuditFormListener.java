package org.socialcare.supervision.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.audit.AuditProcess.Var;
import org.socialcare.supervision.common.FormJson;
import org.springframework.stereotype.Component;

/** UserTask_AuditSupervisionFile is created: the audit tool is filled with what the file shows. */
@Component("prepareAuditForm")
class AuditFormListener implements TaskListener {

  private final AuditForm form;

  AuditFormListener(AuditForm form) {
    this.form = form;
  }

  @Override
  public void notify(DelegateTask task) {
    form.valuesFor((Long) task.getVariable(Var.AUDIT_ID)).forEach((name, value) ->
        task.getExecution().setVariable(name, FormJson.asVariable(value)));
  }
}
