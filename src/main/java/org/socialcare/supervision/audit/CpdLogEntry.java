package org.socialcare.supervision.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** One entry of the CPD learning and development log (Appendix 6, section 5: training log). */
@Entity
@Table(name = "cpd_log_entry")
public class CpdLogEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String personId;
  private LocalDate learnedOn;
  private String activity;
  private String learning;
  private String recordedBy;
  private LocalDateTime recordedAt;

  protected CpdLogEntry() {
  }

  CpdLogEntry(String personId, LocalDate learnedOn, String activity, String learning, String recordedBy,
      LocalDateTime recordedAt) {
    this.personId = personId;
    this.learnedOn = learnedOn;
    this.activity = activity;
    this.learning = learning;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() {
    return id;
  }

  public String getPersonId() {
    return personId;
  }

  public LocalDate getLearnedOn() {
    return learnedOn;
  }

  public String getActivity() {
    return activity;
  }

  public String getLearning() {
    return learning;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
