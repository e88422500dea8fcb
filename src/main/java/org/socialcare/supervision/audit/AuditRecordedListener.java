package org.socialcare.supervision.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.audit.AuditProcess.Var;
import org.springframework.stereotype.Component;

/** Completing UserTask_AuditSupervisionFile: the audit tool is checked and stored, its actions started. */
@Component("auditRecorded")
class AuditRecordedListener implements TaskListener {

  private final AuditTool tool;

  AuditRecordedListener(AuditTool tool) {
    this.tool = tool;
  }

  @Override
  public void notify(DelegateTask task) {
    tool.recordFileAudit((Long) task.getVariable(Var.AUDIT_ID), task.getVariables());
  }
}
