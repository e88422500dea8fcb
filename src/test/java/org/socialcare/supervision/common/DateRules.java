package org.socialcare.supervision.common;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Dates each form must refuse although they are well-formed: the rules of order the services check
 * (an end before its start, a date in the past or too far ahead, a day with nothing on it). A form
 * shows none of these rules, so they are written here from the services that enforce them; a rule
 * dropped from a service makes {@link BadSubmissionFuzzTest} fail.
 */
final class DateRules {

  /**
   * A well-formed date a field must refuse.
   *
   * @param field the field's key, or "list.cell" for a cell of a dynamic list
   */
  record BadDate(String field, String why, Function<Today, String> value) {
  }

  /** What a rule is relative to: today, the valid submission, and the variables the form shows. */
  record Today(LocalDate date, Map<String, Object> valid, Map<String, Object> shown) {

    LocalDate validDate(String key) {
      return LocalDate.parse(valid.get(key).toString().substring(0, 10));
    }
  }

  private static final String LONG_AGO = "1999-01-04";

  private DateRules() {
  }

  /** The rules of one form, by its id. */
  static List<BadDate> of(String formId) {
    List<BadDate> rules = new ArrayList<>();
    switch (formId) {
      case "Form_DraftContract", "Form_ReviewContract" -> {
        // ContractService.validTerms: after today, within the normal 12-month review.
        rules.add(new BadDate("reviewDate", "today", t -> t.date().toString()));
        rules.add(new BadDate("reviewDate", "in the past", t -> t.date().minusDays(1).toString()));
        rules.add(new BadDate("reviewDate", "beyond 12 months", t -> t.date().plusMonths(12).plusDays(1).toString()));
      }
      case "Form_RecordSession", "Form_RecordManagersSession" -> {
        // SessionRecording.record: not in the future, after the last supervision; actions not due in the past.
        rules.add(new BadDate("heldOn", "in the future", t -> t.date().plusDays(1).toString()));
        rules.add(new BadDate("heldOn", "before the last supervision", t -> LONG_AGO));
        rules.add(new BadDate("heldOn", "on the day of the last supervision",
            t -> String.valueOf(t.shown().get("lastHeldOn")).substring(0, 10)));
        rules.add(new BadDate("actions.dueOn", "in the past", t -> t.date().minusDays(1).toString()));
      }
      case "Form_SetNewSessionDate" -> {
        // SessionSchedule.rebook: not in the past, within 28 days, on a weekday.
        rules.add(new BadDate("newSessionDate", "in the past", t -> t.date().minusDays(1).toString()));
        rules.add(new BadDate("newSessionDate", "later than 28 days", t -> t.date().plusDays(29).toString()));
        rules.add(new BadDate("newSessionDate", "a Saturday",
            t -> t.date().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).toString()));
      }
      case "Form_RecordSupervisorAbsence" ->
        // SupervisionCover.recordAbsence: the expected return after the first day of absence.
        rules.add(new BadDate("expectedReturn", "before the first day of absence",
            t -> t.validDate("firstDayAbsent").minusDays(1).toString()));
      case "Form_ConfirmSupervisorReturn" -> {
        // SupervisionCover.confirmReturn: a new expected return after today.
        rules.add(new BadDate("newExpectedReturn", "today", t -> t.date().toString()));
        rules.add(new BadDate("newExpectedReturn", "in the past", t -> t.date().minusDays(7).toString()));
      }
      case "Form_RecordLeaving" ->
        // LeavingService.recordLeaving: a leaving date not in the past.
        rules.add(new BadDate("leavingDate", "in the past", t -> t.date().minusDays(1).toString()));
      case "Form_ObserveSupervisionPractice" ->
        // AuditTool: an observation cannot be in the future.
        rules.add(new BadDate("observedOn", "in the future", t -> t.date().plusDays(1).toString()));
      case "Form_PlanGroupSupervision" -> {
        // GroupSupervisionService.plan: not in the past, within the next 12 months.
        rules.add(new BadDate("startsAt", "in the past", t -> LocalDateTime.of(t.date().minusDays(1),
            java.time.LocalTime.of(10, 0)).toString()));
        rules.add(new BadDate("startsAt", "beyond 12 months", t -> LocalDateTime.of(t.date().plusMonths(13),
            java.time.LocalTime.of(10, 0)).toString()));
      }
      case "Form_CancelSession" ->
        // SessionSchedule: only a booked session can be cancelled.
        rules.add(new BadDate("sessionDate", "a day with no session", t -> LONG_AGO));
      case "Form_CorrectRecord" ->
        // SessionRecording.correct: only a signed record can be corrected.
        rules.add(new BadDate("heldOn", "a day with no signed record", t -> LONG_AGO));
      case "Form_RaiseDisagreement" ->
        // DisagreementService: a disagreement is about a record that exists.
        rules.add(new BadDate("recordHeldOn", "a day with no record", t -> LONG_AGO));
      case "Form_CloseGroupSupervision" ->
        // ActionService.read: an action is not due in the past.
        rules.add(new BadDate("actions.dueOn", "in the past", t -> t.date().minusDays(1).toString()));
      case "Form_AuditSupervisionFile" ->
        rules.add(new BadDate("auditActions.dueOn", "in the past", t -> t.date().minusDays(1).toString()));
      default -> {
        // no rule of order beyond the form's own
      }
    }
    return rules;
  }
}
