package org.socialcare.supervision.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails stored notifications: an outbox. A notification is stored in the transaction of what it
 * tells about and mailed only after that transaction commits, so a step that is rolled back (a
 * conflict, a failure, a crash) mails nothing, and its retry mails once. Before sending, the
 * notification is claimed in a transaction of its own (PENDING to SENDING), so two nodes, or the
 * after-commit send and the check below, never send the same one twice. Mails are sent on a
 * thread of their own: the committing thread (a user's request, a job) neither waits for the mail
 * server nor holds its database connection while another is opened for the claim
 * ({@code supervision.mail.send-in-background=false} sends in the committing thread, for tests).
 * <p>
 * Every minute the outbox sends what is still PENDING: notifications whose send was cut short by a
 * restart (a crash after the commit, before the mail), and mails the server refused, tried again
 * after 5 minutes, 30 minutes and 2 hours, then FAILED with the error kept. A notification found
 * SENDING long after is one a crash interrupted mid-send: it may have gone out, so it is not
 * sent again but marked FAILED, saying so.
 */
@Component
class NotificationMailer {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);
  private static final List<Duration> RETRY_AFTER = List.of(Duration.ofMinutes(5), Duration.ofMinutes(30),
      Duration.ofHours(2));
  private static final Duration INTERRUPTED_AFTER = Duration.ofMinutes(10);
  static final String INTERRUPTED = "The application stopped while this was being mailed; it may or may not "
      + "have gone out, so it is not sent again";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final String mailHost;
  private final String from;
  private final Clock clock;
  private final ExecutorService background;

  NotificationMailer(JdbcTemplate jdbc, PlatformTransactionManager transactions,
      ObjectProvider<JavaMailSender> mailSender, @Value("${spring.mail.host:}") String mailHost,
      @Value("${supervision.mail.from:supervision@localhost}") String from, Clock clock,
      @Value("${supervision.mail.send-in-background:true}") boolean sendInBackground) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.mailSender = mailSender;
    this.mailHost = mailHost;
    this.from = from;
    this.clock = clock;
    this.background = sendInBackground ? Executors.newSingleThreadExecutor(work -> {
      Thread thread = new Thread(work, "mail-outbox");
      thread.setDaemon(true);
      return thread;
    }) : null;
  }

  @PreDestroy
  void stopSending() {
    if (background != null) {
      // What is still queued stays PENDING and goes out on the next start's first check.
      background.shutdownNow();
    }
  }

  /** A mail server is configured ({@code spring.mail.host}). */
  boolean enabled() {
    return !mailHost.isBlank() && mailSender.getIfAvailable() != null;
  }

  /** Mails the notification once the current transaction has committed; at once when there is none. */
  void mailAfterCommit(Long notificationId) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          sendSoon(notificationId);
        }
      });
    } else {
      sendSoon(notificationId);
    }
  }

  private void sendSoon(Long notificationId) {
    Runnable sending = () -> {
      try {
        send(notificationId);
      } catch (RuntimeException e) {
        LOG.warn("Notification {} not mailed now; the outbox tries again: {}", notificationId, e.getMessage());
      }
    };
    if (background == null) {
      sending.run();
      return;
    }
    try {
      background.execute(sending);
    } catch (RejectedExecutionException shuttingDown) {
      LOG.info("Notification {} is mailed after the restart", notificationId);
    }
  }

  @Scheduled(initialDelayString = "${supervision.mail.outbox-check:PT1M}",
      fixedDelayString = "${supervision.mail.outbox-check:PT1M}")
  void sendDue() {
    if (!enabled()) {
      return;
    }
    LocalDateTime now = LocalDateTime.now(clock);
    int interrupted = ownTransaction.execute(status -> jdbc.update("update notification set mail_status = ?, "
        + "mail_error = ?, attachment_content = null where mail_status = ? and next_mail_attempt_at < ?",
        MailStatus.FAILED.name(), INTERRUPTED, MailStatus.SENDING.name(), Timestamp.valueOf(now.minus(INTERRUPTED_AFTER))));
    if (interrupted > 0) {
      LOG.warn("{} notification(s) were being mailed when the application stopped; they may or may not have gone "
          + "out and are not sent again (mail_status FAILED in table notification)", interrupted);
    }
    for (Long id : jdbc.queryForList("select id from notification where mail_status = ? and next_mail_attempt_at <= ? "
        + "order by id", Long.class, MailStatus.PENDING.name(), Timestamp.valueOf(now))) {
      send(id);
    }
  }

  /** A claimed notification, as it goes to the mail server. */
  private record Outgoing(String recipientId, String email, String subject, String body, Attachment attachment,
      int attempts) {
  }

  private void send(Long id) {
    Outgoing notification = claim(id);
    if (notification == null) {
      return;
    }
    try {
      mail(notification);
      ownTransaction.executeWithoutResult(status -> jdbc.update("update notification set mail_status = ?, "
          + "mailed = true, mail_error = null, attachment_content = null where id = ?", MailStatus.MAILED.name(), id));
    } catch (MailException | MessagingException e) {
      int attempts = notification.attempts();
      boolean again = attempts <= RETRY_AFTER.size();
      String error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      ownTransaction.executeWithoutResult(status -> jdbc.update("update notification set mail_status = ?, "
          + "mail_error = ?, next_mail_attempt_at = ? where id = ?",
          (again ? MailStatus.PENDING : MailStatus.FAILED).name(), error.length() > 500 ? error.substring(0, 500) : error,
          Timestamp.valueOf(LocalDateTime.now(clock).plus(again ? RETRY_AFTER.get(attempts - 1) : Duration.ZERO)), id));
      LOG.warn("Could not mail notification {} to {} (try {}): {}{}", id, notification.recipientId(), attempts,
          error, again ? "; it is tried again later" : "; given up");
    }
  }

  /** PENDING to SENDING, in a transaction of its own: whoever changes the row sends the mail. */
  private Outgoing claim(Long id) {
    return ownTransaction.execute(status -> {
      int claimed = jdbc.update("update notification set mail_status = ?, mail_attempts = mail_attempts + 1, "
          + "next_mail_attempt_at = ? where id = ? and mail_status = ?", MailStatus.SENDING.name(),
          Timestamp.valueOf(LocalDateTime.now(clock)), id, MailStatus.PENDING.name());
      if (claimed == 0) {
        return null;
      }
      return jdbc.queryForObject("select recipient_id, recipient_email, subject, body, attachment_name, attachment_type, "
          + "attachment_content, mail_attempts from notification where id = ?", (row, n) -> new Outgoing(
              row.getString("recipient_id"), row.getString("recipient_email"), row.getString("subject"),
              row.getString("body"), row.getBytes("attachment_content") == null ? null : new Attachment(
                  row.getString("attachment_name"), row.getString("attachment_type"), row.getBytes("attachment_content")),
              row.getInt("mail_attempts")), id);
    });
  }

  private void mail(Outgoing notification) throws MessagingException {
    JavaMailSender sender = mailSender.getObject();
    Attachment attachment = notification.attachment();
    MimeMessage mail = sender.createMimeMessage();
    MimeMessageHelper message = new MimeMessageHelper(mail, attachment != null, "UTF-8");
    message.setFrom(from);
    message.setTo(notification.email());
    message.setSubject(notification.subject());
    message.setText(notification.body());
    if (attachment != null) {
      message.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()), attachment.contentType());
    }
    sender.send(mail);
  }
}
