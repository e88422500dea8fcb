package org.socialcare.supervision.session;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A calendar month without supervision for someone contracted to at least monthly supervision
 * (seed 001, 3.5: "should not be missed for more than one consecutive month").
 */
@Entity
@Table(name = "missed_supervision_month")
public class MissedSupervisionMonth {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String superviseeId;
  private LocalDate monthStart;
  private int consecutiveMonths;
  private String escalatedTo;
  private boolean flaggedOnFile;
  private LocalDateTime recordedAt;
  private String managerResponse;

  protected MissedSupervisionMonth() {
  }

  MissedSupervisionMonth(String superviseeId, LocalDate monthStart, int consecutiveMonths, String escalatedTo,
      LocalDateTime recordedAt) {
    this.superviseeId = superviseeId;
    this.monthStart = monthStart;
    this.consecutiveMonths = consecutiveMonths;
    this.escalatedTo = escalatedTo;
    // A second consecutive month breaches the policy and stays on the supervisee's file.
    this.flaggedOnFile = consecutiveMonths >= 2;
    this.recordedAt = recordedAt;
  }

  void respond(String response) {
    this.managerResponse = response;
  }

  public Long getId() {
    return id;
  }

  public String getSuperviseeId() {
    return superviseeId;
  }

  public LocalDate getMonthStart() {
    return monthStart;
  }

  public int getConsecutiveMonths() {
    return consecutiveMonths;
  }

  public String getEscalatedTo() {
    return escalatedTo;
  }

  public boolean isFlaggedOnFile() {
    return flaggedOnFile;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public String getManagerResponse() {
    return managerResponse;
  }
}
