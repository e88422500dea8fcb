package org.socialcare.supervision.session;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.socialcare.supervision.action.ActionService;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.common.FormJson;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.session.SessionRecording.Field;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the record form shows when the supervisor opens it: the date and duration to confirm, the
 * last supervision and the gap it allows, both parties' agenda, actions overdue from earlier
 * sessions, the children to discuss and the choices for actions.
 */
@Component
@Transactional(readOnly = true)
public class SessionRecordForm {

  public static final String RECORD_SUMMARY = "recordSummary";

  private final SessionSchedule schedule;
  private final SessionRecording recording;
  private final ActionService actions;
  private final LineManagement lineManagement;

  SessionRecordForm(SessionSchedule schedule, SessionRecording recording, ActionService actions,
      LineManagement lineManagement) {
    this.schedule = schedule;
    this.recording = recording;
    this.actions = actions;
    this.lineManagement = lineManagement;
  }

  public Map<String, Object> valuesFor(Long sessionId) {
    BookedSession session = schedule.session(sessionId);
    RecordTemplate template = RecordTemplate.forSupervisee(lineManagement.member(session.getSuperviseeId())
        .getPosition());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put(Field.HELD_ON, session.getScheduledAt().toLocalDate().toString());
    values.put(Field.DURATION, session.getDurationMinutes());
    Optional<LocalDate> last = recording.lastHeldBeforeTheDayOf(session);
    values.put("lastHeldOn", last.map(LocalDate::toString).orElse("none recorded"));
    Optional<LocalDate> latest = recording.latestWithoutGapComment(session);
    // The form shows the gap comment once the date of the session is after this day ("9999" when there is no gap rule).
    values.put("latestWithoutGapComment", latest.map(LocalDate::toString).orElse("9999-12-31"));
    values.put("gapRule", latest.map(day -> "The contract's frequency is " + session.getFrequency().label()
        .toLowerCase() + ": a session held after " + day + " needs a comment on the gap.").orElse(""));
    values.put("agendaSoFar", recording.agendaText(sessionId));
    values.put("overdueActions", actions.overdue(session.getSuperviseeId()).stream()
        .map(this::describe).collect(Collectors.joining("\n")));
    values.put(Field.CASE_DISCUSSIONS, FormJson.of(recording.casesToDiscuss(session)));
    values.put("actionOwners", FormJson.of(List.of(
        FormJson.option(session.getSuperviseeId(), lineManagement.nameOf(session.getSuperviseeId())
            + " (supervisee)"),
        FormJson.option(session.getSupervisorId(), lineManagement.nameOf(session.getSupervisorId())
            + " (supervisor)"))));
    values.put("recordSections", FormJson.of(template.sections().stream()
        .map(section -> FormJson.option(section.key(), section.heading())).toList()));
    values.put(Field.ACTIONS, FormJson.of(List.of()));
    LocalDateTimeText next = new LocalDateTimeText(schedule.nextAfter(session));
    values.put("nextSession", next.text());
    return values;
  }

  private String describe(AgreedAction action) {
    return "- " + action.getDescription() + " (" + lineManagement.nameOf(action.getOwnerId()) + ", due "
        + action.getDueOn() + ")";
  }

  private record LocalDateTimeText(java.time.LocalDateTime time) {
    String text() {
      return time == null ? "not yet booked" : SessionTimes.display(time);
    }
  }
}
