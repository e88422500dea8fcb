package org.socialcare.supervision.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person something. Every notification is stored, in the caller's transaction; when a mail
 * server is configured ({@code spring.mail.host}) it is also mailed, after that transaction
 * commits ({@link NotificationMailer}): what was rolled back is never mailed, and a retried step
 * mails once. A mail failure is logged and tried again, never lost: the stored notification
 * records where its mail is.
 */
@Service
@Transactional
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationRepository notifications;
  private final LineManagement lineManagement;
  private final NotificationMailer mailer;
  private final Clock clock;

  NotificationService(NotificationRepository notifications, LineManagement lineManagement,
      NotificationMailer mailer, Clock clock) {
    this.notifications = notifications;
    this.lineManagement = lineManagement;
    this.mailer = mailer;
    this.clock = clock;
  }

  public Notification notify(String recipientId, String subject, String body) {
    return notify(recipientId, subject, body, null);
  }

  /** A notification with a file: the mail carries it; the stored notification names it. */
  public Notification notify(String recipientId, String subject, String body, Attachment attachment) {
    String email = lineManagement.find(recipientId).map(StaffMember::getEmail).orElse(null);
    boolean toBeMailed = email != null && mailer.enabled();
    Notification notification = notifications.save(new Notification(recipientId, email, subject, body, attachment,
        LocalDateTime.now(clock), toBeMailed ? MailStatus.PENDING : MailStatus.NOT_MAILED));
    if (toBeMailed) {
      mailer.mailAfterCommit(notification.getId());
    } else {
      LOG.info("Notification for {}: {}", recipientId, subject);
    }
    return notification;
  }
}
