package org.socialcare.supervision.session;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A supervisor away from work, and who covers their supervision meanwhile. */
@Entity
@Table(name = "supervisor_absence")
public class SupervisorAbsence {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String supervisorId;
  private String recordedBy;
  private LocalDate firstDay;
  private LocalDate expectedReturn;
  private String coverSupervisorId;
  private LocalDate coverFrom;
  private LocalDate returnedOn;
  private LocalDateTime recordedAt;

  protected SupervisorAbsence() {
  }

  SupervisorAbsence(String supervisorId, String recordedBy, LocalDate firstDay, LocalDate expectedReturn,
      LocalDateTime recordedAt) {
    this.supervisorId = supervisorId;
    this.recordedBy = recordedBy;
    this.firstDay = firstDay;
    this.expectedReturn = expectedReturn;
    this.recordedAt = recordedAt;
  }

  /** Longer than the month after which the policy asks for cover. */
  public boolean isLongerThanAMonth() {
    return expectedReturn.isAfter(firstDay.plusMonths(1));
  }

  void coveredBy(String coverSupervisorId, LocalDate from) {
    this.coverSupervisorId = coverSupervisorId;
    this.coverFrom = from;
  }

  void expectedBackOn(LocalDate day) {
    this.expectedReturn = day;
  }

  void returned(LocalDate day) {
    this.returnedOn = day;
  }

  public Long getId() {
    return id;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public LocalDate getFirstDay() {
    return firstDay;
  }

  public LocalDate getExpectedReturn() {
    return expectedReturn;
  }

  public String getCoverSupervisorId() {
    return coverSupervisorId;
  }

  public LocalDate getCoverFrom() {
    return coverFrom;
  }

  public LocalDate getReturnedOn() {
    return returnedOn;
  }
}
