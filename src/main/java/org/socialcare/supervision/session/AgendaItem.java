package org.socialcare.supervision.session;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** An item for the two-way agenda, added by either party before the session. */
@Entity
@Table(name = "agenda_item")
public class AgendaItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long sessionId;
  private String addedBy;
  private String item;
  private LocalDateTime addedAt;

  protected AgendaItem() {
  }

  AgendaItem(Long sessionId, String addedBy, String item, LocalDateTime addedAt) {
    this.sessionId = sessionId;
    this.addedBy = addedBy;
    this.item = item;
    this.addedAt = addedAt;
  }

  public Long getId() {
    return id;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getAddedBy() {
    return addedBy;
  }

  public String getItem() {
    return item;
  }

  public LocalDateTime getAddedAt() {
    return addedAt;
  }
}
