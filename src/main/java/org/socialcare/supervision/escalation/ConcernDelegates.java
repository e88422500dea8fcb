package org.socialcare.supervision.escalation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.common.FormFields;
import org.socialcare.supervision.escalation.ConcernProcess.Var;
import org.socialcare.supervision.escalation.ConcernService.Field;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.stereotype.Component;

/** The delegate and listener of {@code supervision-concern}: each reads its form and calls {@link ConcernService}. */
final class ConcernDelegates {

  /** The start form, read by {@link RecordConcern}. */
  static final FormFields RAISE_FORM = FormFields.of("Form_RaiseSupervisionConcern")
      .text(Field.CONCERN)
      .text(Field.TRIED_WITH_SUPERVISOR);
  /** Read by {@link ConcernAddressed}. */
  static final FormFields ADDRESS_FORM = FormFields.of("Form_AddressSupervisionConcern")
      .text(Field.ACTION_TAKEN);

  private ConcernDelegates() {
  }

  /** ServiceTask_RecordConcern: stored, and routed to the supervisor's line manager. */
  @Component("recordSupervisionConcern")
  static class RecordConcern implements JavaDelegate {

    private final ConcernService concerns;
    private final IdentityService identityService;
    private final LineManagement lineManagement;

    RecordConcern(ConcernService concerns, IdentityService identityService, LineManagement lineManagement) {
      this.lineManagement = lineManagement;
      this.concerns = concerns;
      this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
      String raisedBy = Raiser.of(identityService, execution, Var.RAISED_BY);
      SupervisionConcern concern = concerns.raise(raisedBy, execution.getVariable(Field.CONCERN),
          execution.getVariable(Field.TRIED_WITH_SUPERVISOR), execution.getProcessInstanceId());
      execution.setProcessBusinessKey(concern.getSuperviseeId());
      execution.setVariable(Var.CONCERN_ID, concern.getId());
      execution.setVariable(TasklistFilters.ABOUT, lineManagement.nameOf(concern.getSuperviseeId()));
      execution.setVariable(Var.LINE_MANAGER_ID, concern.getLineManagerId());
      execution.setVariable(Var.SUMMARY, concerns.summary(concern));
    }
  }

  /** UserTask_AddressConcern: what the line manager did; the supervisee is told. */
  @Component("supervisionConcernAddressed")
  static class ConcernAddressed implements TaskListener {

    private final ConcernService concerns;

    ConcernAddressed(ConcernService concerns) {
      this.concerns = concerns;
    }

    @Override
    public void notify(DelegateTask task) {
      concerns.address((Long) task.getVariable(Var.CONCERN_ID), task.getVariable(Field.ACTION_TAKEN));
    }
  }
}
