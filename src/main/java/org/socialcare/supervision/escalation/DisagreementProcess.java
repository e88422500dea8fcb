package org.socialcare.supervision.escalation;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialcare.supervision.common.SystemAccess;
import org.springframework.stereotype.Component;

/**
 * The {@code disagreement-escalation} process from outside. Business key: the supervisee. Started
 * from Tasklist by either party (its start form), or from the supervisee's signing of the record.
 */
@Component
public class DisagreementProcess {

  public static final String KEY = "disagreement-escalation";

  public static final class Var {
    public static final String RAISED_BY = "raisedBy";
    public static final String RECORD_ID = "recordId";
    public static final String DISAGREEMENT_ID = "disagreementId";
    public static final String DECIDING_MANAGER_ID = "decidingManagerId";
    public static final String ESCALATION_MANAGER_ID = "escalationManagerId";
    public static final String SUMMARY = "disagreementSummary";
    /** Input of ServiceTask_ReferDisagreement in the diagram: how long the manager has to decide (ISO period). */
    public static final String DECISION_PERIOD = "decisionPeriod";
    /** When the decision falls due, and an undecided disagreement goes to the manager above. */
    public static final String DECISION_DUE_AT = "decisionDueAt";

    private Var() {
    }
  }

  private final RuntimeService runtimeService;
  private final SystemAccess systemAccess;

  DisagreementProcess(RuntimeService runtimeService, SystemAccess systemAccess) {
    this.runtimeService = runtimeService;
    this.systemAccess = systemAccess;
  }

  /** Raised while signing the record: the process checks it as it checks the start form, and rejects alike. */
  String startFromRecord(String raisedBy, String superviseeId, Long recordId, Map<String, Object> statement) {
    Map<String, Object> variables = new HashMap<>(statement);
    variables.put(Var.RAISED_BY, raisedBy);
    variables.put(DisagreementService.Field.SUPERVISEE_ID, superviseeId);
    variables.put(Var.RECORD_ID, recordId);
    // The parties may not start processes about each other; the application starts it for them.
    return systemAccess.run(() -> runtimeService.startProcessInstanceByKey(KEY, superviseeId, variables).getId());
  }
}
