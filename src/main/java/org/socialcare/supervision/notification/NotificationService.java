package org.socialcare.supervision.notification;

import java.time.Clock;
import java.time.LocalDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a person something. Every notification is stored; it is also mailed when a mail server is
 * configured ({@code spring.mail.host}). A mail failure is logged, never lost: the stored
 * notification records that it was not mailed.
 */
@Service
@Transactional
public class NotificationService {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationService.class);

  private final NotificationRepository notifications;
  private final LineManagement lineManagement;
  private final ObjectProvider<JavaMailSender> mailSender;
  private final String mailHost;
  private final String from;
  private final Clock clock;

  public NotificationService(NotificationRepository notifications, LineManagement lineManagement,
      ObjectProvider<JavaMailSender> mailSender, @Value("${spring.mail.host:}") String mailHost,
      @Value("${supervision.mail.from:supervision@localhost}") String from, Clock clock) {
    this.notifications = notifications;
    this.lineManagement = lineManagement;
    this.mailSender = mailSender;
    this.mailHost = mailHost;
    this.from = from;
    this.clock = clock;
  }

  public Notification notify(String recipientId, String subject, String body) {
    return notify(recipientId, subject, body, null);
  }

  /** A notification with a file: the mail carries it; the stored notification names it. */
  public Notification notify(String recipientId, String subject, String body, Attachment attachment) {
    String email = lineManagement.find(recipientId).map(StaffMember::getEmail).orElse(null);
    Notification notification = notifications.save(new Notification(recipientId, email, subject, body,
        attachment == null ? null : attachment.filename(), LocalDateTime.now(clock)));
    JavaMailSender sender = mailSender.getIfAvailable();
    if (email != null && sender != null && !mailHost.isBlank()) {
      try {
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper message = new MimeMessageHelper(mail, attachment != null, "UTF-8");
        message.setFrom(from);
        message.setTo(email);
        message.setSubject(subject);
        message.setText(body);
        if (attachment != null) {
          message.addAttachment(attachment.filename(), new ByteArrayResource(attachment.content()),
              attachment.contentType());
        }
        sender.send(mail);
        notification.markMailed();
      } catch (MailException | MessagingException e) {
        LOG.warn("Could not mail notification {} to {}: {}", notification.getId(), recipientId, e.getMessage());
      }
    } else {
      LOG.info("Notification for {}: {}", recipientId, subject);
    }
    return notification;
  }
}
