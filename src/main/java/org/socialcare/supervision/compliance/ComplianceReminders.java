package org.socialcare.supervision.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.socialcare.supervision.compliance.StaffCompliance.OverdueCase;
import org.socialcare.supervision.notification.Attachment;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.session.ScheduleCalendar;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The daily reminders by mail (issue 7), each sent once ({@link ReminderLedger}):
 * <ul>
 *   <li>a session coming up within {@code supervision.reminders.session-days-ahead} days (7): to
 *   supervisee and supervisor, with the booked schedule as an iCalendar file;</li>
 *   <li>a record waiting for a signature for {@code supervision.reminders.signature-grace-days} days (3)
 *   or more: to whoever has still to sign (the supervisee signs first, then the supervisor);</li>
 *   <li>an agreed action due within {@code supervision.reminders.action-days-ahead} days (3): to its
 *   owner; and once more when it is overdue;</li>
 *   <li>a child's case overdue for discussion (decision {@code case-discussion-frequency}): to the
 *   allocated worker, with the booked schedule, and to their supervisor - once per due date.</li>
 * </ul>
 */
@Service
public class ComplianceReminders {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

  private final JdbcTemplate jdbc;
  private final ReminderLedger ledger;
  private final NotificationService notifications;
  private final ScheduleCalendar calendar;
  private final ComplianceService compliance;
  private final LineManagement lineManagement;
  private final Clock clock;
  private final int sessionDaysAhead;
  private final int signatureGraceDays;
  private final int actionDaysAhead;

  ComplianceReminders(JdbcTemplate jdbc, ReminderLedger ledger, NotificationService notifications,
      ScheduleCalendar calendar, ComplianceService compliance, LineManagement lineManagement, Clock clock,
      @Value("${supervision.reminders.session-days-ahead:7}") int sessionDaysAhead,
      @Value("${supervision.reminders.signature-grace-days:3}") int signatureGraceDays,
      @Value("${supervision.reminders.action-days-ahead:3}") int actionDaysAhead) {
    this.jdbc = jdbc;
    this.ledger = ledger;
    this.notifications = notifications;
    this.calendar = calendar;
    this.compliance = compliance;
    this.lineManagement = lineManagement;
    this.clock = clock;
    this.sessionDaysAhead = sessionDaysAhead;
    this.signatureGraceDays = signatureGraceDays;
    this.actionDaysAhead = actionDaysAhead;
  }

  /** Sends every reminder due today that has not been sent before; answers how many were sent now. */
  public int sendDue() {
    LocalDateTime now = LocalDateTime.now(clock);
    LocalDate today = now.toLocalDate();
    return upcomingSessions(now) + recordsToSign(now) + actions(today) + overdueCaseDiscussions(today);
  }

  private int upcomingSessions(LocalDateTime now) {
    int[] sent = {0};
    jdbc.query("""
        select b.id, b.supervisee_id, b.supervisor_id, b.scheduled_at from booked_session b
        join staff_member s on s.user_id = b.supervisee_id and s.employment_status = 'ACTIVE'
        where b.status = 'BOOKED' and b.scheduled_at >= ? and b.scheduled_at < ?""", rs -> {
          long id = rs.getLong("id");
          String supervisee = rs.getString("supervisee_id");
          String supervisor = rs.getString("supervisor_id");
          String at = time(rs.getTimestamp("scheduled_at").toLocalDateTime());
          String subject = "Supervision on " + at;
          String body = "Supervision of " + lineManagement.nameOf(supervisee) + " with " + lineManagement.nameOf(supervisor)
              + " is booked for " + at + ". Add your agenda items in Tasklist beforehand; the booked schedule is "
              + "attached for your diary.";
          Supplier<Attachment> schedule = calendar.attachmentWrittenOnceFor(supervisee);
          for (String recipient : new String[] {supervisee, supervisor}) {
            if (ledger.sendOnce("session-upcoming:" + id + ":" + recipient, recipient,
                () -> notifications.notify(recipient, subject, body, schedule.get()))) {
              sent[0]++;
            }
          }
        }, Timestamp.valueOf(now), Timestamp.valueOf(now.plusDays(sessionDaysAhead)));
    return sent[0];
  }

  private int recordsToSign(LocalDateTime now) {
    int[] sent = {0};
    jdbc.query("""
        select id, supervisee_id, supervisor_id, held_on, supervisee_signed_on from supervision_record
        where status = 'AWAITING_SIGNATURES' and recorded_at <= ?""", rs -> {
          long id = rs.getLong("id");
          String supervisee = rs.getString("supervisee_id");
          boolean superviseeSigned = rs.getDate("supervisee_signed_on") != null;
          String recipient = superviseeSigned ? rs.getString("supervisor_id") : supervisee;
          String heldOn = day(rs.getDate("held_on").toLocalDate());
          String body = "The record of the supervision of " + lineManagement.nameOf(supervisee) + " held on " + heldOn
              + " is waiting for your signature. Please read and sign it in Tasklist"
              + (superviseeSigned ? "; the supervisee has signed it." : "; the supervisor countersigns after you.");
          if (ledger.sendOnce("record-signature:" + id + ":" + recipient, recipient,
              () -> notifications.notify(recipient, "Supervision record to sign (" + heldOn + ")", body))) {
            sent[0]++;
          }
        }, Timestamp.valueOf(now.minusDays(signatureGraceDays)));
    return sent[0];
  }

  private int actions(LocalDate today) {
    int[] sent = {0};
    jdbc.query("""
        select a.id, a.owner_id, a.supervisee_id, a.description, a.due_on from agreed_action a
        join staff_member s on s.user_id = a.owner_id and s.employment_status = 'ACTIVE'
        where a.status = 'OPEN' and a.due_on <= ?""", rs -> {
          long id = rs.getLong("id");
          String owner = rs.getString("owner_id");
          LocalDate dueOn = rs.getDate("due_on").toLocalDate();
          boolean overdue = dueOn.isBefore(today);
          String what = rs.getString("description");
          String subject = (overdue ? "Overdue: " : "Due soon: ") + "agreed action";
          String body = "The action \"" + what + "\" agreed in the supervision of "
              + lineManagement.nameOf(rs.getString("supervisee_id")) + " is " + (overdue ? "overdue; it was due on "
              : "due on ") + day(dueOn) + ". Record it as done in Tasklist when it is.";
          if (ledger.sendOnce((overdue ? "action-overdue:" : "action-due:") + id, owner,
              () -> notifications.notify(owner, subject, body))) {
            sent[0]++;
          }
        }, today.plusDays(actionDaysAhead));
    return sent[0];
  }

  private int overdueCaseDiscussions(LocalDate today) {
    int sent = 0;
    for (StaffCompliance person : compliance.report(ComplianceScope.everyone(), today).people()) {
      String worker = person.userId();
      String supervisor = person.person().supervisorId();
      Supplier<Attachment> schedule = calendar.attachmentWrittenOnceFor(worker);
      for (OverdueCase overdue : person.overdueCases()) {
        String subject = "Case " + overdue.reference() + " is due for discussion in supervision";
        String body = "The case " + overdue.reference() + " held by " + person.person().name() + " was due for "
            + "discussion in supervision on " + day(overdue.dueOn()) + " (" + overdue.rule() + "); it was "
            + (overdue.lastDiscussedOn() == null ? "never discussed" : "last discussed on "
            + day(overdue.lastDiscussedOn())) + ". Please discuss it at the next session; the booked schedule "
            + "is attached.";
        String key = "case-overdue:" + overdue.reference() + ":" + overdue.dueOn() + ":";
        if (ledger.sendOnce(key + worker, worker,
            () -> notifications.notify(worker, subject, body, schedule.get()))) {
          sent++;
        }
        if (supervisor != null && ledger.sendOnce(key + supervisor, supervisor,
            () -> notifications.notify(supervisor, subject, body, schedule.get()))) {
          sent++;
        }
      }
    }
    return sent;
  }

  static String day(LocalDate day) {
    return DAY.format(day);
  }

  static String time(LocalDateTime time) {
    return TIME.format(time);
  }
}
