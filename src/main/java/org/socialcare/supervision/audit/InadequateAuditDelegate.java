package org.socialcare.supervision.audit;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.socialcare.supervision.audit.AuditProcess.Var;
import org.springframework.stereotype.Component;

/** ServiceTask_TellAuditorsManager: an Inadequate file goes to the auditor's own manager. */
@Component("tellAuditorsManager")
class InadequateAuditDelegate implements JavaDelegate {

  private final AuditTool tool;

  InadequateAuditDelegate(AuditTool tool) {
    this.tool = tool;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable("escalatedTo", tool.tellAuditorsManager((Long) execution.getVariable(Var.AUDIT_ID)));
  }
}
