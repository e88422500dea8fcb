package org.socialcare.supervision.contract;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.stereotype.Component;

/**
 * The {@code supervision-contract} process from outside: its key, variables and messages, how it is
 * started and how messages reach it. Business key: the supervisee's user id.
 */
@Component
public class ContractProcess {

  public static final String KEY = "supervision-contract";
  /** Started from Tasklist by either party to ask for a review before the review date. */
  public static final String REVIEW_REQUEST_KEY = "contract-review-request";
  public static final String MESSAGE_REVIEW_REQUESTED = "ContractReviewRequested";
  public static final String MESSAGE_SUPERSEDED = "ContractSuperseded";

  /** Process variable names; form fields use the same names. */
  public static final class Var {
    public static final String SUPERVISEE_ID = "superviseeId";
    /** The logged-in user who started the process from Tasklist (camunda:initiator); absent when the application did. */
    public static final String STARTED_BY = "startedBy";
    public static final String SUPERVISEE_NAME = TasklistFilters.ABOUT;
    public static final String SUPERVISOR_ID = "supervisorId";
    public static final String SUPERVISOR_NAME = "supervisorName";
    public static final String CONTRACT_ID = "contractId";
    public static final String POLICY_MINIMUM = "policyMinimum";
    public static final String FORMAT = "format";
    public static final String FREQUENCY = "frequency";
    public static final String DURATION_MINUTES = "durationMinutes";
    public static final String KEY_TASKS = "keyTasks";
    public static final String STANDARDS = "standards";
    public static final String REVIEW_DATE = "reviewDate";
    public static final String DISAGREEMENT_MANAGER_ID = "disagreementManagerId";
    public static final String DISAGREEMENT_MANAGER_NAME = "disagreementManagerName";
    public static final String SUPERVISEE_DECISION = "superviseeDecision";
    public static final String RETURN_COMMENTS = "returnComments";
    public static final String SUPERVISOR_SIGNS = "supervisorSigns";
    public static final String REVIEW_DUE_AT = "reviewDueAt";
    /** contract-review-request: who asked (camunda:initiator) and why. */
    public static final String REQUESTER_ID = "requesterId";
    public static final String REVIEW_REASON = "reason";

    private Var() {
    }
  }

  public static final String DECISION_SIGN = "sign";
  public static final String DECISION_RETURN = "return";

  private final RuntimeService runtimeService;
  private final SystemAccess systemAccess;

  public ContractProcess(RuntimeService runtimeService, SystemAccess systemAccess) {
    this.runtimeService = runtimeService;
    this.systemAccess = systemAccess;
  }

  /** A new supervisory relationship: the supervisor is asked to draft a contract. */
  public ProcessInstance start(String superviseeId) {
    return runtimeService.startProcessInstanceByKey(KEY, superviseeId, Map.of(Var.SUPERVISEE_ID, superviseeId));
  }

  /** Either party asks for a review before the review date; false when no contract is waiting for review. */
  public boolean requestEarlierReview(String superviseeId) {
    return !systemAccess.run(() -> runtimeService.createMessageCorrelation(MESSAGE_REVIEW_REQUESTED)
        .processInstanceBusinessKey(superviseeId)
        .correlateAllWithResult()).isEmpty();
  }

  /** Ends the review wait of earlier contracts for this supervisee, which a new contract replaces. */
  void endEarlierContracts(String superviseeId) {
    systemAccess.run(() -> runtimeService.createMessageCorrelation(MESSAGE_SUPERSEDED)
        .processInstanceBusinessKey(superviseeId)
        .correlateAllWithResult());
  }
}
