package org.socialcare.supervision.leaver;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A person's leaving and the archive of their supervision file that HR holds (seed 001: "all
 * supervision records, including supervisee's copies, should be sent to HR as they remain the
 * property of the Directorate"). Its items are {@link ArchiveItem}s.
 */
@Entity
@Table(name = "archive")
public class LeaverArchive {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String userId;
  private LocalDate leavingDate;
  private String recordedBy;
  private LocalDateTime recordedAt;
  @Enumerated(EnumType.STRING)
  private ArchiveStatus status;
  private Integer processesEnded;
  private Integer tasksReassigned;
  private LocalDateTime gatheredAt;
  private int rejections;
  private String rejectionReason;
  private String acceptedBy;
  private LocalDateTime acceptedAt;
  private String keptReason;
  private String deletedBy;
  private LocalDateTime deletedAt;
  private Integer deletedItems;
  private String processInstanceId;

  protected LeaverArchive() {
  }

  LeaverArchive(String userId, LocalDate leavingDate, String recordedBy, LocalDateTime recordedAt,
      String processInstanceId) {
    this.userId = userId;
    this.leavingDate = leavingDate;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.processInstanceId = processInstanceId;
    this.status = ArchiveStatus.AWAITING_LEAVING_DATE;
  }

  void workEnded(int processes, int tasks) {
    this.processesEnded = processes;
    this.tasksReassigned = tasks;
  }

  void gathered(LocalDateTime at) {
    this.gatheredAt = at;
    this.status = ArchiveStatus.GATHERED;
  }

  void rejected(String reason) {
    this.rejections++;
    this.rejectionReason = reason;
  }

  void accepted(String by, LocalDateTime at) {
    this.acceptedBy = by;
    this.acceptedAt = at;
    this.status = ArchiveStatus.ACCEPTED;
  }

  void kept(String reason) {
    this.keptReason = reason;
  }

  void deleted(String by, LocalDateTime at, int items) {
    this.deletedBy = by;
    this.deletedAt = at;
    this.deletedItems = items;
    this.status = ArchiveStatus.DELETED;
  }

  public boolean isOpenToHr() {
    return status == ArchiveStatus.GATHERED || status == ArchiveStatus.ACCEPTED;
  }

  public Long getId() {
    return id;
  }

  public String getUserId() {
    return userId;
  }

  public LocalDate getLeavingDate() {
    return leavingDate;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public ArchiveStatus getStatus() {
    return status;
  }

  public Integer getProcessesEnded() {
    return processesEnded;
  }

  public Integer getTasksReassigned() {
    return tasksReassigned;
  }

  public LocalDateTime getGatheredAt() {
    return gatheredAt;
  }

  public int getRejections() {
    return rejections;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public String getAcceptedBy() {
    return acceptedBy;
  }

  public LocalDateTime getAcceptedAt() {
    return acceptedAt;
  }

  public String getKeptReason() {
    return keptReason;
  }

  public String getDeletedBy() {
    return deletedBy;
  }

  public LocalDateTime getDeletedAt() {
    return deletedAt;
  }

  public Integer getDeletedItems() {
    return deletedItems;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
