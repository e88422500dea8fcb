package org.socialcare.supervision.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * Something added to a supervision record after it was written - here a disagreement between a
 * service manager and a team manager and its resolution. The record itself, once signed, never
 * changes; the addendum is a row linked to it and shown with it.
 */
@Entity
@Table(name = "record_addendum")
public class RecordAddendum {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long recordId;
  private Long disagreementId;
  private String heading;
  /** The four statements of a disagreement fit: 4 x 4000 characters and their labels. */
  @Column(length = 20000)
  private String text;
  private LocalDateTime addedAt;

  protected RecordAddendum() {
  }

  RecordAddendum(Long recordId, Long disagreementId, String heading, String text, LocalDateTime addedAt) {
    this.recordId = recordId;
    this.disagreementId = disagreementId;
    this.heading = heading;
    this.text = text;
    this.addedAt = addedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getRecordId() {
    return recordId;
  }

  public Long getDisagreementId() {
    return disagreementId;
  }

  public String getHeading() {
    return heading;
  }

  public String getText() {
    return text;
  }

  public LocalDateTime getAddedAt() {
    return addedAt;
  }
}
