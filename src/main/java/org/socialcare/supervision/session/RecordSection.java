package org.socialcare.supervision.session;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What was discussed under one heading of a supervision record. */
@Entity
@Table(name = "record_section")
public class RecordSection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long recordId;
  private int position;
  private String sectionKey;
  private String heading;
  private String discussed;

  protected RecordSection() {
  }

  RecordSection(Long recordId, int position, String sectionKey, String heading, String discussed) {
    this.recordId = recordId;
    this.position = position;
    this.sectionKey = sectionKey;
    this.heading = heading;
    this.discussed = discussed;
  }

  public Long getRecordId() {
    return recordId;
  }

  public int getPosition() {
    return position;
  }

  public String getSectionKey() {
    return sectionKey;
  }

  public String getHeading() {
    return heading;
  }

  public String getDiscussed() {
    return discussed;
  }
}
