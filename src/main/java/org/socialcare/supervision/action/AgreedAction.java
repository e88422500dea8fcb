package org.socialcare.supervision.action;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An action agreed in supervision, a follow-up task for its owner until it is done. */
@Entity
@Table(name = "agreed_action")
public class AgreedAction {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String superviseeId;
  private String ownerId;
  private String description;
  private LocalDate dueOn;
  @Enumerated(EnumType.STRING)
  private ActionSource source;
  private Long sourceId;
  private String section;
  @Enumerated(EnumType.STRING)
  private ActionStatus status;
  private LocalDate agreedOn;
  private LocalDate completedOn;
  private String outcome;
  private String processInstanceId;

  protected AgreedAction() {
  }

  AgreedAction(String superviseeId, ActionSource source, Long sourceId, ActionDraft draft, LocalDate agreedOn) {
    this.superviseeId = superviseeId;
    this.ownerId = draft.ownerId();
    this.description = draft.what();
    this.dueOn = draft.dueOn();
    this.section = draft.section();
    this.source = source;
    this.sourceId = sourceId;
    this.status = ActionStatus.OPEN;
    this.agreedOn = agreedOn;
  }

  void complete(String outcome, LocalDate day) {
    if (status != ActionStatus.OPEN) {
      throw new IllegalStateException("Action " + id + " is already done");
    }
    this.outcome = outcome;
    this.completedOn = day;
    this.status = ActionStatus.DONE;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public boolean isOverdueOn(LocalDate day) {
    return status == ActionStatus.OPEN && dueOn.isBefore(day);
  }

  public Long getId() {
    return id;
  }

  public String getSuperviseeId() {
    return superviseeId;
  }

  public String getOwnerId() {
    return ownerId;
  }

  public String getDescription() {
    return description;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public ActionSource getSource() {
    return source;
  }

  public Long getSourceId() {
    return sourceId;
  }

  public String getSection() {
    return section;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public LocalDate getAgreedOn() {
    return agreedOn;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getProcessInstanceId() {
    return processInstanceId;
  }
}
