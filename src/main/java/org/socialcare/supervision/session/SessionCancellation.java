package org.socialcare.supervision.session;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/** Who cancelled a session, why, and (once the supervisor set it) the new booking. */
@Entity
@Table(name = "session_cancellation")
public class SessionCancellation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long sessionId;
  private String cancelledBy;
  private String reason;
  private LocalDateTime cancelledAt;
  private Long newSessionId;

  protected SessionCancellation() {
  }

  SessionCancellation(Long sessionId, String cancelledBy, String reason, LocalDateTime cancelledAt) {
    this.sessionId = sessionId;
    this.cancelledBy = cancelledBy;
    this.reason = reason;
    this.cancelledAt = cancelledAt;
  }

  void rebookedAs(Long newSessionId) {
    this.newSessionId = newSessionId;
  }

  public Long getId() {
    return id;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public String getCancelledBy() {
    return cancelledBy;
  }

  public String getReason() {
    return reason;
  }

  public LocalDateTime getCancelledAt() {
    return cancelledAt;
  }

  public Long getNewSessionId() {
    return newSessionId;
  }
}
