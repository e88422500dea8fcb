package org.socialcare.supervision.session;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;

/** The delegate and listeners of {@code supervisor-absence}: each reads its form and calls {@link SupervisionCover}. */
final class SupervisorAbsenceListeners {

  static final String ABSENCE_ID = "absenceId";
  static final String EXPECTED_RETURN_AT = "expectedReturnAt";

  private SupervisorAbsenceListeners() {
  }

  static Date morningOf(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(9, 0)).atZone(ZoneId.systemDefault()).toInstant());
  }

  /** ServiceTask_RecordAbsence: the absence is stored; the timers are set from it. */
  @Component("recordSupervisorAbsence")
  static class RecordAbsence implements JavaDelegate {

    private final SupervisionCover cover;
    private final LineManagement lineManagement;

    RecordAbsence(SupervisionCover cover, LineManagement lineManagement) {
      this.cover = cover;
      this.lineManagement = lineManagement;
    }

    @Override
    public void execute(DelegateExecution execution) {
      SupervisorAbsence absence = cover.recordAbsence((String) execution.getVariable("recordedBy"),
          execution.getVariable("supervisorId"), execution.getVariable("firstDayAbsent"),
          execution.getVariable("expectedReturn"));
      execution.setProcessBusinessKey(absence.getSupervisorId());
      execution.setVariable(ABSENCE_ID, absence.getId());
      execution.setVariable("supervisorName", lineManagement.nameOf(absence.getSupervisorId()));
      execution.setVariable("lineManagerId", lineManagement.lineManagerOf(absence.getSupervisorId()));
      execution.setVariable("longAbsence", absence.isLongerThanAMonth());
      execution.setVariable("coverDueAt", morningOf(absence.getFirstDay().plusMonths(1)));
      execution.setVariable(EXPECTED_RETURN_AT, morningOf(absence.getExpectedReturn()));
    }
  }

  /** UserTask_ArrangeCover: back already, or who covers. */
  @Component("supervisionCoverDecided")
  static class CoverDecided implements TaskListener {

    private final SupervisionCover cover;

    CoverDecided(SupervisionCover cover) {
      this.cover = cover;
    }

    @Override
    public void notify(DelegateTask task) {
      cover.decideCover((Long) task.getVariable(ABSENCE_ID), task.getVariable("coverDecision"),
          task.getVariable("coveringSupervisorId"));
    }
  }

  /** UserTask_ConfirmReturn: back (the cover ends), or a new expected return. */
  @Component("supervisorReturnConfirmed")
  static class ReturnConfirmed implements TaskListener {

    private final SupervisionCover cover;

    ReturnConfirmed(SupervisionCover cover) {
      this.cover = cover;
    }

    @Override
    public void notify(DelegateTask task) {
      SupervisorAbsence absence = cover.confirmReturn((Long) task.getVariable(ABSENCE_ID),
          task.getVariable("supervisorReturned"), task.getVariable("newExpectedReturn"));
      task.setVariable(EXPECTED_RETURN_AT, morningOf(absence.getExpectedReturn()));
    }
  }
}
