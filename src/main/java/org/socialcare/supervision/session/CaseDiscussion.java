package org.socialcare.supervision.session;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A supervision discussion of a child, on the child's file (seed 001: "current issues / situation,
 * Reflection, Analysis, Actions"), from a one-to-one session or a group session.
 */
@Entity
@Table(name = "case_discussion")
public class CaseDiscussion {

  /** Where the discussion took place. */
  public enum Source {
    SESSION,
    GROUP
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String caseReference;
  private String superviseeId;
  private String recordedBy;
  private LocalDate discussedOn;
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Source source;
  private Long sourceId;
  private String currentSituation;
  private String reflection;
  private String analysis;
  private String actions;
  private LocalDateTime recordedAt;

  protected CaseDiscussion() {
  }

  public CaseDiscussion(String caseReference, String superviseeId, String recordedBy, LocalDate discussedOn,
      Source source, Long sourceId, String currentSituation, String reflection, String analysis, String actions,
      LocalDateTime recordedAt) {
    this.caseReference = caseReference;
    this.superviseeId = superviseeId;
    this.recordedBy = recordedBy;
    this.discussedOn = discussedOn;
    this.source = source;
    this.sourceId = sourceId;
    this.currentSituation = currentSituation;
    this.reflection = reflection;
    this.analysis = analysis;
    this.actions = actions;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public String getSuperviseeId() {
    return superviseeId;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDate getDiscussedOn() {
    return discussedOn;
  }

  public Source getSource() {
    return source;
  }

  public Long getSourceId() {
    return sourceId;
  }

  public String getCurrentSituation() {
    return currentSituation;
  }

  public String getReflection() {
    return reflection;
  }

  public String getAnalysis() {
    return analysis;
  }

  public String getActions() {
    return actions;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
