package org.socialcare.supervision.compliance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** A person's supervision file as a manager drills down into it: the dates, from the records. */
public record PersonHistory(StaffCompliance compliance, List<Record> records, List<LocalDate> groupSessions,
    List<Booking> sessions, List<MissedMonth> missedMonths, List<Action> actions, List<CaseDue> cases) {

  public record Record(Long id, LocalDate heldOn, int durationMinutes, String supervisorName, String status,
      boolean correction) {
  }

  public record Booking(LocalDateTime scheduledAt, String kind, String status) {
  }

  public record MissedMonth(LocalDate monthStart, int consecutiveMonths, String escalatedToName, boolean flaggedOnFile) {
  }

  public record Action(String description, String ownerName, LocalDate dueOn, String status, LocalDate completedOn) {
  }

  public record CaseDue(String reference, String natureOfInvolvement, LocalDate lastDiscussedOn, LocalDate dueOn,
      boolean overdue) {
  }
}
