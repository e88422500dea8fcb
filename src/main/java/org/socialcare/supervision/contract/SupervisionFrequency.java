package org.socialcare.supervision.contract;

import java.time.LocalDate;

/** How often sessions happen. A contract may set a higher frequency than policy, never a lower one. */
public enum SupervisionFrequency {
  WEEKLY(52, "Weekly"),
  FORTNIGHTLY(26, "Fortnightly"),
  MONTHLY(12, "Monthly"),
  QUARTERLY(4, "Quarterly");

  private final int sessionsPerYear;
  private final String label;

  SupervisionFrequency(int sessionsPerYear, String label) {
    this.sessionsPerYear = sessionsPerYear;
    this.label = label;
  }

  public boolean isAtLeastAsFrequentAs(SupervisionFrequency other) {
    return sessionsPerYear >= other.sessionsPerYear;
  }

  public LocalDate nextAfter(LocalDate day) {
    return switch (this) {
      case WEEKLY -> day.plusWeeks(1);
      case FORTNIGHTLY -> day.plusWeeks(2);
      case MONTHLY -> day.plusMonths(1);
      case QUARTERLY -> day.plusMonths(3);
    };
  }

  public String label() {
    return label;
  }
}
