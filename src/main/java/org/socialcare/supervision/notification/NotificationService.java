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
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
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
    String email = lineManagement.find(recipientId).map(StaffMember::getEmail).orElse(null);
    Notification notification = notifications.save(
        new Notification(recipientId, email, subject, body, LocalDateTime.now(clock)));
    JavaMailSender sender = mailSender.getIfAvailable();
    if (email != null && sender != null && !mailHost.isBlank()) {
      try {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(email);
        mail.setSubject(subject);
        mail.setText(body);
        sender.send(mail);
        notification.markMailed();
      } catch (MailException e) {
        LOG.warn("Could not mail notification {} to {}: {}", notification.getId(), recipientId, e.getMessage());
      }
    } else {
      LOG.info("Notification for {}: {}", recipientId, subject);
    }
    return notification;
  }
}
