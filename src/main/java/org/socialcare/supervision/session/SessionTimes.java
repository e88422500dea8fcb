package org.socialcare.supervision.session;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Times of a booked session for the diagram's timers and due dates, with the lead or lag written
 * in the diagram as an ISO 8601 period so analysts change it in Modeler:
 * {@code ${sessionTimes.before(sessionId, 'P7D')}}.
 */
@Component("sessionTimes")
public class SessionTimes {

  private static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
      Locale.UK);

  private final BookedSessionRepository sessions;

  SessionTimes(BookedSessionRepository sessions) {
    this.sessions = sessions;
  }

  public Date startsAt(Long sessionId) {
    return toDate(scheduledAt(sessionId));
  }

  public Date before(Long sessionId, String isoPeriod) {
    return toDate(shift(scheduledAt(sessionId), isoPeriod, -1));
  }

  public Date after(Long sessionId, String isoPeriod) {
    return toDate(shift(scheduledAt(sessionId), isoPeriod, 1));
  }

  static String display(LocalDateTime time) {
    return time == null ? "" : DISPLAY.format(time);
  }

  private LocalDateTime scheduledAt(Long sessionId) {
    return sessions.findById(sessionId).orElseThrow(() -> new IllegalArgumentException("No session " + sessionId))
        .getScheduledAt();
  }

  private static LocalDateTime shift(LocalDateTime time, String isoPeriod, int sign) {
    String text = isoPeriod.trim().toUpperCase(Locale.ROOT);
    if (text.contains("T")) {
      Duration duration = Duration.parse(text);
      return sign > 0 ? time.plus(duration) : time.minus(duration);
    }
    Period period = Period.parse(text);
    return sign > 0 ? time.plus(period) : time.minus(period);
  }

  private static Date toDate(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }
}
