package org.socialcare.supervision.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notification is mailed once what it tells about is saved, and once only: never for a step
 * rolled back, again later when the mail server refused it, after a restart when a crash came
 * between the save and the mail - and not again when a crash came while it was being sent.
 */
// The same context as ScheduleMailTest (same properties), so no further Spring context is started.
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3025",
    "camunda.bpm.process-engine-name=scheduleMailTest"})
@ActiveProfiles("test")
class MailOutboxTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP)
      .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

  @Autowired
  NotificationService notifications;
  @Autowired
  NotificationRepository stored;
  @Autowired
  NotificationMailer outbox;
  @Autowired
  TestOrganisation organisation;
  @Autowired
  PlatformTransactionManager transactions;
  @Autowired
  JdbcTemplate jdbc;

  String supervisee;

  @BeforeEach
  void aSupervisee() {
    supervisee = organisation.create(LocalDate.now()).practitioner();
  }

  @AfterEach
  void serverBackAndClockReset() {
    if (!mail.isRunning()) {
      mail.start();
    }
    ClockUtil.reset();
  }

  @Test
  void aNotificationIsMailedOnlyOnceWhatItTellsAboutIsSaved() {
    int[] mailedBeforeCommit = new int[1];

    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      notifications.notify(supervisee, "Supervision schedule booked", "12 sessions are booked.",
          new Attachment("schedule.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)));
      mailedBeforeCommit[0] = mail.getReceivedMessages().length;
    });

    assertThat(mailedBeforeCommit[0]).as("mails sent before the commit").isZero();
    assertThat(mail.getReceivedMessages()).hasSize(1);
    Notification notification = only();
    assertThat(notification.getMailStatus()).isEqualTo(MailStatus.MAILED);
    assertThat(notification.isMailed()).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from notification where id = ? and attachment_content is null",
        Integer.class, notification.getId())).as("the file is not kept once mailed").isEqualTo(1);
  }

  /** Free text in a mail (a cancellation reason) goes as plain text: markup in it is never rendered. */
  @Test
  void aMailShowsMarkupAsPlainText() throws Exception {
    String reason = "Reason: <script>alert(1)</script><img src=x onerror=alert(1)>";

    notifications.notify(supervisee, "Supervision cancelled", reason);

    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(mail.getReceivedMessages()[0].getContentType()).startsWith("text/plain");
    assertThat(mail.getReceivedMessages()[0].getContent().toString().trim()).isEqualTo(reason);
  }

  @Test
  void whatIsRolledBackIsNeitherKeptNorMailed() {
    Throwable failure = catchThrowable(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
      notifications.notify(supervisee, "Supervision schedule booked", "12 sessions are booked.");
      throw new IllegalStateException("the step failed after telling the supervisee");
    }));

    assertThat(failure).isNotNull();
    assertThat(mail.getReceivedMessages()).isEmpty();
    assertThat(stored.findByRecipientIdOrderByIdAsc(supervisee)).isEmpty();
  }

  @Test
  void aMailTheServerRefusedIsTriedAgainFiveMinutesLaterAndSentOnce() {
    notifiedWhileTheMailServerIsDown();
    Notification refused = only();
    assertThat(refused.getMailStatus()).isEqualTo(MailStatus.PENDING);
    assertThat(refused.getMailAttempts()).isEqualTo(1);
    assertThat(refused.getMailError()).isNotBlank();

    mail.start();
    outbox.sendDue();
    assertThat(mail.getReceivedMessages()).as("before the 5 minutes are up").isEmpty();

    moveClockBy(Duration.ofMinutes(5));
    outbox.sendDue();
    outbox.sendDue();

    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(only().getMailStatus()).isEqualTo(MailStatus.MAILED);
  }

  @Test
  void aMailTheServerKeepsRefusingIsGivenUpAfterFourTriesWithTheErrorKept() {
    notifiedWhileTheMailServerIsDown();
    for (Duration wait : new Duration[] {Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2)}) {
      moveClockBy(wait);
      outbox.sendDue();
    }

    Notification givenUp = only();
    assertThat(givenUp.getMailAttempts()).isEqualTo(4);
    assertThat(givenUp.getMailStatus()).isEqualTo(MailStatus.FAILED);
    assertThat(givenUp.getMailError()).isNotBlank();
  }

  @Test
  void aNotificationACrashLeftUnmailedAfterItsCommitIsMailedAfterTheRestart() {
    notifiedWhileTheMailServerIsDown();
    // As a crash between the commit and the mail leaves it: pending, due, never tried.
    asACrashLeftIt(MailStatus.PENDING, now());

    outbox.sendDue();

    assertThat(mail.getReceivedMessages()).hasSize(1);
    assertThat(only().getMailStatus()).isEqualTo(MailStatus.MAILED);
  }

  @Test
  void aNotificationACrashInterruptedWhileSendingIsNotSentAgainButMarkedSo() {
    notifiedWhileTheMailServerIsDown();
    // As a crash in the middle of talking to the mail server leaves it.
    asACrashLeftIt(MailStatus.SENDING, now().minusMinutes(11));

    outbox.sendDue();

    assertThat(mail.getReceivedMessages()).isEmpty();
    Notification interrupted = only();
    assertThat(interrupted.getMailStatus()).isEqualTo(MailStatus.FAILED);
    assertThat(interrupted.getMailError()).isEqualTo(NotificationMailer.INTERRUPTED);
  }

  /** The supervisee told while the mail server is down: stored, its first try refused. */
  private void notifiedWhileTheMailServerIsDown() {
    mail.stop();
    notifications.notify(supervisee, "Supervision schedule booked", "12 sessions are booked.");
  }

  /** The notification as a crash left it; the mail server back by the restart. */
  private void asACrashLeftIt(MailStatus status, LocalDateTime claimedOrDue) {
    jdbc.update("update notification set mail_status = ?, mail_attempts = 0, mail_error = null, "
        + "next_mail_attempt_at = ? where recipient_id = ?", status.name(), Timestamp.valueOf(claimedOrDue), supervisee);
    mail.start();
  }

  private Notification only() {
    assertThat(stored.findByRecipientIdOrderByIdAsc(supervisee)).hasSize(1);
    return stored.findByRecipientIdOrderByIdAsc(supervisee).get(0);
  }

  private static LocalDateTime now() {
    return LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), java.time.ZoneId.systemDefault());
  }

  private static void moveClockBy(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }
}
