package org.socialcare.supervision.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A supervisee's concern about their supervisor's supervision practice, taken to the supervisor's
 * line manager (seed 001, Appendix 1, "Disagreements"). The supervisor does not see it.
 */
@Entity
@Table(name = "supervision_concern")
public class SupervisionConcern {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String superviseeId;
  private String supervisorId;
  private String lineManagerId;
  @Column(length = 4000)
  private String concern;
  @Column(length = 4000)
  private String triedWithSupervisor;
  private LocalDateTime raisedAt;
  @Column(length = 4000)
  private String actionTaken;
  private LocalDateTime addressedAt;
  private String processInstanceId;

  protected SupervisionConcern() {
  }

  SupervisionConcern(String superviseeId, String supervisorId, String lineManagerId, String concern,
      String triedWithSupervisor, LocalDateTime raisedAt, String processInstanceId) {
    this.superviseeId = superviseeId;
    this.supervisorId = supervisorId;
    this.lineManagerId = lineManagerId;
    this.concern = concern;
    this.triedWithSupervisor = triedWithSupervisor;
    this.raisedAt = raisedAt;
    this.processInstanceId = processInstanceId;
  }

  void addressed(String actionTaken, LocalDateTime now) {
    if (addressedAt != null) {
      throw new IllegalStateException("Concern " + id + " is already addressed");
    }
    this.actionTaken = actionTaken;
    this.addressedAt = now;
  }

  public boolean isAddressed() {
    return addressedAt != null;
  }

  public Long getId() {
    return id;
  }

  public String getSuperviseeId() {
    return superviseeId;
  }

  public String getSupervisorId() {
    return supervisorId;
  }

  public String getLineManagerId() {
    return lineManagerId;
  }

  public String getConcern() {
    return concern;
  }

  public String getTriedWithSupervisor() {
    return triedWithSupervisor;
  }

  public LocalDateTime getRaisedAt() {
    return raisedAt;
  }

  public String getActionTaken() {
    return actionTaken;
  }

  public LocalDateTime getAddressedAt() {
    return addressedAt;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
