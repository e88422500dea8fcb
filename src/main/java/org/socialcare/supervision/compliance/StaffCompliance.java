package org.socialcare.supervision.compliance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.socialcare.supervision.compliance.LastAudits.LastAudit;
import org.socialcare.supervision.contract.SupervisionFrequency;

/**
 * One person's supervision against the policy on one day, computed from the records: nothing here
 * is a counter kept by hand.
 *
 * @param lastHeldOn last individual session held or group session attended, ever
 * @param nextBookedAt the next session booked in the schedule, null when none is booked
 * @param nextDueBy when the next session is due by the contracted frequency (after the last one held)
 * @param sessionsHeld individual sessions held and group sessions attended in the last 12 months
 * @param qualifyingSessions of those, the ones that count towards the minimum of 10 x 1.5 hours
 * @param hoursHeld hours of individual sessions held in the last 12 months
 * @param expectedSessions sessions the contracted frequency asks for in the part of the last 12 months under contract
 * @param minimumSessions the policy minimum (10 a year of 1.5 hours) pro rata over that part; 0 where it does not apply
 * @param consecutiveMissedMonths calendar months just ended without supervision, in a row
 * @param asye the ASYE schedule so far, null for anyone not in their ASYE year
 * @param lastAudit null until someone has audited the person's supervision file
 */
public record StaffCompliance(
    Person person,
    Contract contract,
    SupervisionFrequency policyFrequency,
    String policyRule,
    LocalDate lastHeldOn,
    LocalDateTime nextBookedAt,
    LocalDate nextDueBy,
    int sessionsHeld,
    int qualifyingSessions,
    double hoursHeld,
    int expectedSessions,
    int minimumSessions,
    int consecutiveMissedMonths,
    AsyeAdherence asye,
    int openActions,
    int overdueActions,
    int casesHeld,
    List<OverdueCase> overdueCases,
    LastAudit lastAudit,
    Rag rag,
    List<String> reasons) {

  /** Who the person is and where they sit in the organisation. */
  public record Person(String userId, String name, String jobTitle, String teamCode, String teamName,
      String serviceCode, String serviceName, String supervisorId, String supervisorName) {
  }

  /** The contract in force: how often, and when it is to be reviewed. */
  public record Contract(Long id, SupervisionFrequency frequency, int durationMinutes, LocalDate inForceFrom,
      LocalDate reviewDate) {
  }

  /**
   * The ASYE schedule (seed 001, 3.6: weekly for the first 6 weeks, every 2 weeks to 6 months, then
   * monthly), as the decision {@code supervision-frequency} gives it for each period so far.
   *
   * @param periodsDue complete periods since the ASYE started
   * @param missedPeriodStarts the first day of each complete period without supervision
   */
  public record AsyeAdherence(LocalDate asyeStart, SupervisionFrequency currentFrequency, int periodsDue,
      int periodsMet, List<LocalDate> missedPeriodStarts) {
  }

  /** A child's case past the day its nature of involvement required it to be discussed (seed 002). */
  public record OverdueCase(String reference, String natureOfInvolvement, LocalDate lastDiscussedOn, LocalDate dueOn,
      long daysOverdue, String rule) {
  }

  public String userId() {
    return person.userId();
  }
}
