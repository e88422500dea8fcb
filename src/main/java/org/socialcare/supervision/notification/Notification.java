package org.socialcare.supervision.notification;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** A message the application sent a person: kept whether or not it could be mailed. */
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

  protected Notification() {
  }

  Notification(String recipientId, String recipientEmail, String subject, String body, String attachmentName,
      LocalDateTime createdAt) {
    this.attachmentName = attachmentName;
    this.recipientId = recipientId;
    this.recipientEmail = recipientEmail;
    this.subject = subject;
    this.body = body;
    this.createdAt = createdAt;
  }

  void markMailed() {
    this.mailed = true;
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
}
