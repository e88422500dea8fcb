package org.socialcare.supervision.contract;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.socialcare.supervision.contract.ContractProcess.Var;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;

/** Writes a proposed contract into the variables the drafting and signing forms show. */
@Component
class ContractFormVariables {

  private final LineManagement lineManagement;

  ContractFormVariables(LineManagement lineManagement) {
    this.lineManagement = lineManagement;
  }

  void writeDraft(VariableScope scope, ContractDraft draft) {
    ContractTerms terms = draft.proposedTerms();
    scope.setVariable(Var.SUPERVISEE_NAME, draft.superviseeName());
    scope.setVariable(Var.SUPERVISOR_ID, draft.supervisorId());
    scope.setVariable(Var.SUPERVISOR_NAME, draft.supervisorName());
    PolicyFrequency policy = draft.policy();
    scope.setVariable(Var.POLICY_MINIMUM, policy.frequency().label()
        + (policy.durationMinutes() == null ? ", duration as required" : ", " + policy.durationMinutes() + " minutes")
        + " (" + policy.rule() + ")");
    writeTerms(scope, terms);
  }

  void writeTerms(VariableScope scope, ContractTerms terms) {
    scope.setVariable(Var.FORMAT, terms.format().name());
    scope.setVariable(Var.FREQUENCY, terms.frequency().name());
    scope.setVariable(Var.DURATION_MINUTES, terms.durationMinutes());
    scope.setVariable(Var.KEY_TASKS, terms.keyTasks());
    scope.setVariable(Var.STANDARDS, terms.standards());
    scope.setVariable(Var.REVIEW_DATE, terms.reviewDate().toString());
    scope.setVariable(Var.DISAGREEMENT_MANAGER_ID, terms.disagreementManagerId());
    scope.setVariable(Var.DISAGREEMENT_MANAGER_NAME, lineManagement.nameOf(terms.disagreementManagerId()));
  }
}
