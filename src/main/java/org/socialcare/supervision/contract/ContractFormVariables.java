package org.socialcare.supervision.contract;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.socialcare.supervision.common.FormFields;
import org.socialcare.supervision.contract.ContractProcess.Var;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;

/**
 * Writes a proposed contract into the variables the drafting and signing forms show, and declares
 * the fields of the contract forms that this package reads back (checked against {@code forms/}
 * by the model checks, so a renamed or retyped field fails the build, not a running task).
 */
@Component
class ContractFormVariables {

  /** Read by {@link ContractService#submitForSignature} when a contract is drafted or reviewed. */
  static final FormFields DRAFT_FORM = contractTerms("Form_DraftContract");
  static final FormFields REVIEW_FORM = contractTerms("Form_ReviewContract");
  /** Read by {@link SuperviseeSignedListener}. */
  static final FormFields SUPERVISEE_SIGNS_FORM = FormFields.of("Form_SuperviseeSignsContract")
      .choice(Var.SUPERVISEE_DECISION, ContractProcess.DECISION_SIGN, ContractProcess.DECISION_RETURN)
      .text(Var.RETURN_COMMENTS);
  /** Read by {@link SupervisorSignedListener}. */
  static final FormFields SUPERVISOR_SIGNS_FORM = FormFields.of("Form_SupervisorSignsContract")
      .checkbox(Var.SUPERVISOR_SIGNS);
  /** The start form of supervision-contract, read by {@link OpenContractDraftDelegate}. */
  static final FormFields REQUEST_CONTRACT_FORM = FormFields.of("Form_RequestContract")
      .text(Var.SUPERVISEE_ID);
  /** The start form of contract-review-request, read by {@link RequestEarlierReviewDelegate}. */
  static final FormFields REQUEST_REVIEW_FORM = FormFields.of("Form_RequestContractReview")
      .text(Var.SUPERVISEE_ID)
      .text(Var.REVIEW_REASON);

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

  private static FormFields contractTerms(String formId) {
    return FormFields.of(formId)
        .choice(Var.FORMAT, SupervisionFormat.class)
        .choice(Var.FREQUENCY, SupervisionFrequency.class)
        .number(Var.DURATION_MINUTES)
        .text(Var.KEY_TASKS)
        .text(Var.STANDARDS)
        .date(Var.REVIEW_DATE)
        .text(Var.DISAGREEMENT_MANAGER_ID);
  }
}
