package org.socialcare.supervision.escalation;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.common.DueDates;
import org.socialcare.supervision.common.FormFields;
import org.socialcare.supervision.escalation.DisagreementProcess.Var;
import org.socialcare.supervision.escalation.DisagreementService.Field;
import org.socialcare.supervision.escalation.DisagreementService.Submission;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.stereotype.Component;

/** The delegates and listeners of {@code disagreement-escalation}, and the session's referral: each reads its form and calls {@link DisagreementService}. */
final class DisagreementDelegates {

  /** The start form, read by {@link ReferDisagreement}. */
  static final FormFields RAISE_FORM = FormFields.of("Form_RaiseDisagreement")
      .text(Field.SUPERVISEE_ID)
      .date(Field.RECORD_HELD_ON)
      .text(Field.DECISION)
      .text(Field.SUPERVISEE_POSITION)
      .text(Field.SUPERVISOR_POSITION)
      .text(Field.AT_STAKE);
  /** The disagreement part of the supervisee's signing form, read by {@link ReferFromRecord}. */
  static final FormFields SIGNING_FORM = FormFields.of("Form_SuperviseeSignsRecord")
      .checkbox(ReferFromRecord.RAISE)
      .text(Field.DECISION)
      .text(Field.SUPERVISEE_POSITION)
      .text(Field.SUPERVISOR_POSITION)
      .text(Field.AT_STAKE);
  /** Read by {@link DisagreementDecided}. */
  static final FormFields DECIDE_FORM = FormFields.of("Form_DecideDisagreement")
      .text(Field.RESOLUTION)
      .checkbox(Field.MET_BOTH_PARTIES);

  private DisagreementDelegates() {
  }

  /**
   * ServiceTask_ReferDisagreement: checks what was raised, stores it and routes it to the deciding
   * manager; the decision falls due after the task's input {@code decisionPeriod}.
   */
  @Component("referDisagreement")
  static class ReferDisagreement implements JavaDelegate {

    private final DisagreementService disagreements;
    private final DueDates due;
    private final IdentityService identityService;
    private final LineManagement lineManagement;

    ReferDisagreement(DisagreementService disagreements, DueDates due, IdentityService identityService,
        LineManagement lineManagement) {
      this.lineManagement = lineManagement;
      this.disagreements = disagreements;
      this.due = due;
      this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Object period = execution.getVariable(Var.DECISION_PERIOD);
      if (period == null) {
        throw new IllegalStateException("ServiceTask_ReferDisagreement needs its input " + Var.DECISION_PERIOD
            + " (an ISO 8601 period such as P10D): how long the manager has to decide");
      }
      DisagreementDraft draft = disagreements.check(new Submission(Raiser.of(identityService, execution, Var.RAISED_BY),
          execution.getVariable(Field.SUPERVISEE_ID), (Long) execution.getVariable(Var.RECORD_ID),
          execution.getVariable(Field.RECORD_HELD_ON), execution.getVariable(Field.DECISION),
          execution.getVariable(Field.SUPERVISEE_POSITION), execution.getVariable(Field.SUPERVISOR_POSITION),
          execution.getVariable(Field.AT_STAKE)));
      Disagreement disagreement = disagreements.raise(draft, execution.getProcessInstanceId());
      DelegateExecution process = execution.getProcessInstance();
      execution.setProcessBusinessKey(disagreement.getSuperviseeId());
      process.setVariable(Var.DISAGREEMENT_ID, disagreement.getId());
      process.setVariable(TasklistFilters.ABOUT, lineManagement.nameOf(disagreement.getSuperviseeId()));
      process.setVariable(Var.RECORD_ID, disagreement.getRecordId());
      process.setVariable(Var.DECIDING_MANAGER_ID, disagreement.getDecidingManagerId());
      process.setVariable(Var.ESCALATION_MANAGER_ID, disagreements.escalationManagerFor(disagreement));
      process.setVariable(Var.SUMMARY, disagreements.statement(disagreement));
      process.setVariable(Var.DECISION_DUE_AT, due.in(period.toString()));
    }
  }

  /** ServiceTask_EscalateDisagreement: the decision is overdue and goes to the manager above. */
  @Component("escalateDisagreement")
  static class EscalateDisagreement implements JavaDelegate {

    private final DisagreementService disagreements;

    EscalateDisagreement(DisagreementService disagreements) {
      this.disagreements = disagreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
      disagreements.escalate((Long) execution.getVariable(Var.DISAGREEMENT_ID));
    }
  }

  /** UserTask_DecideDisagreement and UserTask_DecideOverdueDisagreement: the decision, by whoever holds the task. */
  @Component("disagreementDecided")
  static class DisagreementDecided implements TaskListener {

    private final DisagreementService disagreements;

    DisagreementDecided(DisagreementService disagreements) {
      this.disagreements = disagreements;
    }

    @Override
    public void notify(DelegateTask task) {
      disagreements.decide((Long) task.getVariable(Var.DISAGREEMENT_ID), task.getAssignee(),
          task.getVariable(Field.RESOLUTION), task.getVariable(Field.MET_BOTH_PARTIES));
    }
  }

  /** ServiceTask_RecordOutcome: both parties told; on the record when the policy asks for it. */
  @Component("recordDisagreementOutcome")
  static class RecordOutcome implements JavaDelegate {

    private final DisagreementService disagreements;

    RecordOutcome(DisagreementService disagreements) {
      this.disagreements = disagreements;
    }

    @Override
    public void execute(DelegateExecution execution) {
      disagreements.recordOutcome((Long) execution.getVariable(Var.DISAGREEMENT_ID));
    }
  }

  /**
   * ServiceTask_ReferDisagreement of {@code supervision-session} and {@code record-correction}: the
   * supervisee ticked "I disagree with a decision" while signing; the disagreement process starts
   * with the record signed. A rejected statement rejects the signing, so nothing is half done.
   */
  @Component("referDisagreementFromRecord")
  static class ReferFromRecord implements JavaDelegate {

    static final String RAISE = "raiseDisagreement";

    private final DisagreementProcess process;

    ReferFromRecord(DisagreementProcess process) {
      this.process = process;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Map<String, Object> statement = new LinkedHashMap<>();
      for (String field : new String[] {Field.DECISION, Field.SUPERVISEE_POSITION, Field.SUPERVISOR_POSITION,
          Field.AT_STAKE}) {
        statement.put(field, execution.getVariable(field));
      }
      String superviseeId = (String) execution.getVariable("superviseeId");
      process.startFromRecord(superviseeId, superviseeId, (Long) execution.getVariable("recordId"), statement);
    }
  }
}
