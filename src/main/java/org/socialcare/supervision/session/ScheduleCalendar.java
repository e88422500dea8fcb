package org.socialcare.supervision.session;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import org.socialcare.supervision.notification.Attachment;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;

/** The booked schedule as an iCalendar file for both diaries (seed 001, 3.5: "booked into ... electronic diary"). */
@Component
public class ScheduleCalendar {

  public static final String CONTENT_TYPE = "text/calendar";

  private final BookedSessionRepository sessions;
  private final LineManagement lineManagement;

  ScheduleCalendar(BookedSessionRepository sessions, LineManagement lineManagement) {
    this.sessions = sessions;
    this.lineManagement = lineManagement;
  }

  /** Every session of the supervisee's schedule; those called off (cancelled, replaced, withdrawn) as cancelled events. */
  public String icsFor(String superviseeId) {
    List<BookedSession> schedule = sessions.findBySuperviseeIdOrderByScheduledAt(superviseeId);
    Calendar calendar = new Calendar().withProdId("-//Social care supervision//Supervision schedule//EN")
        .withDefaults().getFluentTarget();
    String superviseeName = lineManagement.nameOf(superviseeId);
    for (BookedSession session : schedule) {
      String summary = (session.getKind() == SessionKind.GROUP ? "Group supervision: " : "Supervision: ")
          + superviseeName + (session.getKind() == SessionKind.GROUP ? ""
          : " with " + lineManagement.nameOf(session.getSupervisorId()));
      VEvent event = (VEvent) new VEvent(session.getScheduledAt().atZone(ZoneId.systemDefault()).toInstant(),
          session.getEndsAt().atZone(ZoneId.systemDefault()).toInstant(), summary)
          .withProperty(new Uid("supervision-session-" + session.getId() + "@socialcare.org"))
          .withProperty(new Description(description(session)))
          .withProperty(new Status(session.getStatus().isCalledOff() ? Status.VALUE_CANCELLED : Status.VALUE_CONFIRMED))
          .getFluentTarget();
      calendar = calendar.withComponent(event).getFluentTarget();
    }
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write the supervision calendar", e);
    }
    return out.toString();
  }

  public Attachment attachmentFor(String superviseeId) {
    return new Attachment("supervision-schedule-" + superviseeId + ".ics", CONTENT_TYPE,
        icsFor(superviseeId).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The supervisee's schedule, written when a mail first needs it and then reused: a reminder goes to
   * the supervisee and the supervisor with the same file, and a year of sessions is worth writing once
   * (the schedule was 7% of a simulated month when written per recipient; BENCHMARKS.md).
   */
  public Supplier<Attachment> attachmentWrittenOnceFor(String superviseeId) {
    return new Supplier<>() {
      private Attachment written;

      @Override
      public Attachment get() {
        if (written == null) {
          written = attachmentFor(superviseeId);
        }
        return written;
      }
    };
  }

  private static String description(BookedSession session) {
    String base = session.getDurationMinutes() + " minutes"
        + (session.getPolicyRule() == null ? "" : ". Policy: " + session.getPolicyRule());
    return session.getKind() == SessionKind.GROUP
        ? base + ". Reflective group supervision: attend your team's group session."
        : base + ". Both add agenda items in Tasklist the week before.";
  }
}
