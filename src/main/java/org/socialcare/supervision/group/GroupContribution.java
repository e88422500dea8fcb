package org.socialcare.supervision.group;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * A member's one question (clarifying) or what impresses them (affirming). Without content when
 * the member gave none before the facilitator moved on: recorded as such, not dropped.
 */
@Entity
@Table(name = "group_contribution")
public class GroupContribution {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long groupSessionId;
  private String memberId;
  @Enumerated(EnumType.STRING)
  private CycleStep step;
  private String content;
  private LocalDateTime recordedAt;

  protected GroupContribution() {
  }

  GroupContribution(Long groupSessionId, String memberId, CycleStep step, String content, LocalDateTime recordedAt) {
    this.groupSessionId = groupSessionId;
    this.memberId = memberId;
    this.step = step;
    this.content = content;
    this.recordedAt = recordedAt;
  }

  public boolean isGiven() {
    return content != null;
  }

  public Long getId() {
    return id;
  }

  public Long getGroupSessionId() {
    return groupSessionId;
  }

  public String getMemberId() {
    return memberId;
  }

  public CycleStep getStep() {
    return step;
  }

  public String getContent() {
    return content;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }
}
