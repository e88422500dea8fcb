package org.socialcare.supervision.leaver;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One archived record: its kind, where it came from, and the record itself as a PDF. */
@Entity
@Table(name = "archive_item")
public class ArchiveItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long archiveId;
  private String kind;
  private String sourceId;
  private String role;
  private String title;
  private LocalDate recordedOn;
  private String fileName;
  private String contentType;
  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content")
  private byte[] content;
  private LocalDateTime gatheredAt;

  protected ArchiveItem() {
  }

  ArchiveItem(Long archiveId, String kind, ArchiveEntry entry, LocalDateTime gatheredAt) {
    this.archiveId = archiveId;
    this.kind = kind;
    this.sourceId = entry.sourceId();
    this.role = entry.role();
    this.title = entry.title().length() > 300 ? entry.title().substring(0, 300) : entry.title();
    this.recordedOn = entry.recordedOn();
    this.fileName = entry.fileName();
    this.contentType = ArchiveEntry.PDF;
    this.content = entry.pdf();
    this.gatheredAt = gatheredAt;
  }

  public Long getId() {
    return id;
  }

  public Long getArchiveId() {
    return archiveId;
  }

  public String getKind() {
    return kind;
  }

  public String getSourceId() {
    return sourceId;
  }

  public String getRole() {
    return role;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getRecordedOn() {
    return recordedOn;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content;
  }

  public LocalDateTime getGatheredAt() {
    return gatheredAt;
  }
}
