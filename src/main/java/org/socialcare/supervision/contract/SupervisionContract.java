package org.socialcare.supervision.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A supervision contract put to signature. Its terms never change: a redraft or a review is a
 * new contract linked to the one before. Only signatures and the status move, and only forward.
 * Supervisor and supervisee may sign at the same moment (bpmn/supervision-contract.bpmn joins
 * their signatures after a save point): an update writes only the columns it changed, so neither
 * signature overwrites the other with what it read before.
 */
@Entity
@Table(name = "supervision_contract")
@DynamicUpdate
public class SupervisionContract {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String superviseeId;
  private String supervisorId;
  private String disagreementManagerId;
  @Enumerated(EnumType.STRING)
  private ContractStatus status;
  @Enumerated(EnumType.STRING)
  private SupervisionFormat format;
  @Enumerated(EnumType.STRING)
  private SupervisionFrequency frequency;
  private int durationMinutes;
  @Enumerated(EnumType.STRING)
  private SupervisionFrequency policyFrequency;
  private Integer policyDurationMinutes;
  @Column(length = 4000)
  private String keyTasks;
  @Column(length = 4000)
  private String standards;
  private LocalDate reviewDate;
  private LocalDateTime draftedAt;
  private LocalDate supervisorSignedOn;
  private LocalDate superviseeSignedOn;
  private LocalDate inForceFrom;
  @Column(length = 4000)
  private String returnedComments;
  private LocalDate supersededOn;
  private LocalDate endedOn;
  private Long previousContractId;
  private String processInstanceId;

  protected SupervisionContract() {
  }

  SupervisionContract(String superviseeId, String supervisorId, ContractTerms terms, PolicyFrequency policy,
      Long previousContractId, String processInstanceId, LocalDateTime draftedAt) {
    this.superviseeId = superviseeId;
    this.supervisorId = supervisorId;
    this.status = ContractStatus.AWAITING_SIGNATURES;
    this.format = terms.format();
    this.frequency = terms.frequency();
    this.durationMinutes = terms.durationMinutes();
    this.keyTasks = terms.keyTasks();
    this.standards = terms.standards();
    this.reviewDate = terms.reviewDate();
    this.disagreementManagerId = terms.disagreementManagerId();
    this.policyFrequency = policy.frequency();
    this.policyDurationMinutes = policy.durationMinutes();
    this.previousContractId = previousContractId;
    this.processInstanceId = processInstanceId;
    this.draftedAt = draftedAt;
  }

  void signBySupervisor(LocalDate day) {
    requireStatus(ContractStatus.AWAITING_SIGNATURES, "be signed");
    supervisorSignedOn = day;
  }

  void signBySupervisee(LocalDate day) {
    requireStatus(ContractStatus.AWAITING_SIGNATURES, "be signed");
    superviseeSignedOn = day;
  }

  void returnWithComments(String comments) {
    requireStatus(ContractStatus.AWAITING_SIGNATURES, "be returned");
    returnedComments = comments;
    status = ContractStatus.RETURNED;
  }

  void putInForce(LocalDate day) {
    requireStatus(ContractStatus.AWAITING_SIGNATURES, "come into force");
    if (!isSignedByBoth()) {
      throw new IllegalStateException("Contract " + id + " cannot come into force before both parties sign it");
    }
    status = ContractStatus.IN_FORCE;
    inForceFrom = day;
  }

  void supersede(LocalDate day) {
    requireStatus(ContractStatus.IN_FORCE, "be superseded");
    status = ContractStatus.SUPERSEDED;
    supersededOn = day;
  }

  void end(LocalDate day) {
    requireStatus(ContractStatus.IN_FORCE, "end");
    status = ContractStatus.ENDED;
    endedOn = day;
  }

  public boolean isSignedByBoth() {
    return supervisorSignedOn != null && superviseeSignedOn != null;
  }

  public ContractTerms terms() {
    return new ContractTerms(format, frequency, durationMinutes, keyTasks, standards, reviewDate, disagreementManagerId);
  }

  private void requireStatus(ContractStatus expected, String what) {
    if (status != expected) {
      throw new IllegalStateException("Contract " + id + " is " + status + " and cannot " + what);
    }
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

  public String getDisagreementManagerId() {
    return disagreementManagerId;
  }

  public ContractStatus getStatus() {
    return status;
  }

  public SupervisionFormat getFormat() {
    return format;
  }

  public SupervisionFrequency getFrequency() {
    return frequency;
  }

  public int getDurationMinutes() {
    return durationMinutes;
  }

  public SupervisionFrequency getPolicyFrequency() {
    return policyFrequency;
  }

  public Integer getPolicyDurationMinutes() {
    return policyDurationMinutes;
  }

  public String getKeyTasks() {
    return keyTasks;
  }

  public String getStandards() {
    return standards;
  }

  public LocalDate getReviewDate() {
    return reviewDate;
  }

  public LocalDate getSupervisorSignedOn() {
    return supervisorSignedOn;
  }

  public LocalDate getSuperviseeSignedOn() {
    return superviseeSignedOn;
  }

  public LocalDate getInForceFrom() {
    return inForceFrom;
  }

  public String getReturnedComments() {
    return returnedComments;
  }

  public LocalDate getSupersededOn() {
    return supersededOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  public Long getPreviousContractId() {
    return previousContractId;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
