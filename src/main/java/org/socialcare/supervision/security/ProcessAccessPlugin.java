package org.socialcare.supervision.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Attaches the confidentiality grants to every process and user task an analyst models, so no
 * diagram has to remember them: on process start and on every task's creation the readers of
 * the process's subject (its business key) are granted read access. A task handed to someone else
 * is no longer the former assignee's ({@link TaskAssignmentAuthorizations}).
 */
@Component
class ProcessAccessPlugin extends AbstractProcessEnginePlugin {

  private final ProcessAccessGrants grants;

  ProcessAccessPlugin(@Lazy ProcessAccessGrants grants) {
    this.grants = grants;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new GrantingParseListener());
    configuration.setCustomPostBPMNParseListeners(listeners);
    configuration.setResourceAuthorizationProvider(new TaskAssignmentAuthorizations(grants));
  }

  private class GrantingParseListener extends AbstractBpmnParseListener {

    // The process key goes with each grant, so a feature can exclude readers from one process.
    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
      String key = processDefinition.getKey();
      processDefinition.addListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
          grants.grantProcessInstance(key, execution.getProcessInstanceId(), execution.getProcessBusinessKey()));
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
      String key = activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
          ? definition.getKey() : null;
      if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
        behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, (TaskListener) task ->
            grants.grantTask(key, task.getId(), task.getProcessInstanceId(), task.getExecution().getProcessBusinessKey()));
      }
    }
  }
}
