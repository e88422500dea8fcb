package org.socialcare.supervision.notification;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A message the application sent a person: kept whether or not it could be mailed. It is stored in
 * the transaction of what it tells about and mailed only once that has committed (see
 * {@link NotificationMailer}), so a step rolled back or retried never mails twice.
 */
@Entity
@Table(name = "notification")
public class Notification {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String recipientId;
  private String recipientEmail;
  private String subject;
  private String body;
  private String attachmentName;
  private LocalDateTime createdAt;
  private boolean mailed;
  private String attachmentType;
  /** Kept until mailed, so a mail retried after a failure or a restart still carries its file. */
  @Basic(fetch = FetchType.LAZY)
  private byte[] attachmentContent;
  @Enumerated(EnumType.STRING)
  private MailStatus mailStatus;
  private int mailAttempts;
  private LocalDateTime nextMailAttemptAt;
  private String mailError;

  protected Notification() {
  }

  Notification(String recipientId, String recipientEmail, String subject, String body, Attachment attachment,
      LocalDateTime createdAt, MailStatus mailStatus) {
    this.recipientId = recipientId;
    this.recipientEmail = recipientEmail;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
    this.mailStatus = mailStatus;
    this.nextMailAttemptAt = createdAt;
    if (attachment != null) {
      this.attachmentName = attachment.filename();
      this.attachmentType = attachment.contentType();
      this.attachmentContent = mailStatus == MailStatus.PENDING ? attachment.content() : null;
    }
  }

  public Long getId() {
    return id;
  }

  public String getRecipientId() {
    return recipientId;
  }

  public String getRecipientEmail() {
    return recipientEmail;
  }

  public String getSubject() {
    return subject;
  }

  public String getBody() {
    return body;
  }

  public String getAttachmentName() {
    return attachmentName;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  public boolean isMailed() {
    return mailed;
  }

  public MailStatus getMailStatus() {
    return mailStatus;
  }

  public int getMailAttempts() {
    return mailAttempts;
  }

  public String getMailError() {
    return mailError;
  }
}
