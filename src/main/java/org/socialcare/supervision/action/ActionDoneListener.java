package org.socialcare.supervision.action;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing UserTask_CarryOutAction: what was done is stored with the action. */
@Component("actionDone")
class ActionDoneListener implements TaskListener {

  private final ActionService actions;

  ActionDoneListener(ActionService actions) {
    this.actions = actions;
  }

  @Override
  public void notify(DelegateTask task) {
    actions.complete((Long) task.getVariable(ActionProcess.Var.ACTION_ID), task.getVariable("outcome"));
  }
}
