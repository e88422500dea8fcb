package org.socialcare.supervision.audit;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.audit.AuditProcess.Var;
import org.springframework.stereotype.Component;

/** Completing UserTask_ObserveSupervisionPractice: the observation is checked, stored and fed back. */
@Component("observationRecorded")
class ObservationRecordedListener implements TaskListener {

  private final AuditTool tool;

  ObservationRecordedListener(AuditTool tool) {
    this.tool = tool;
  }

  @Override
  public void notify(DelegateTask task) {
    tool.recordObservation((Long) task.getVariable(Var.AUDIT_ID), task.getVariables());
  }
}
