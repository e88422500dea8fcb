package org.socialcare.supervision.escalation;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.session.SessionRecording;
import org.socialcare.supervision.session.SessionSchedule;
import org.socialcare.supervision.session.SupervisionRecord;
import org.springframework.stereotype.Component;

/**
 * What the escalation tests start from: an organisation whose practitioner and team manager have
 * contracts in force since 2 March 2026, and their first supervision (2 April 2026) recorded and
 * signed by both.
 */
@Component
class EscalationFixture {

  static final String RECORD_DAY = "2026-04-02";

  private final TestOrganisation organisation;
  private final ContractFixture contracts;
  private final SessionSchedule schedule;
  private final SessionRecording recording;

  EscalationFixture(TestOrganisation organisation, ContractFixture contracts,
      SessionSchedule schedule, SessionRecording recording) {
    this.organisation = organisation;
    this.contracts = contracts;
    this.schedule = schedule;
    this.recording = recording;
  }

  /** A fresh organisation with contracts in force (the practitioner's naming {@code disagreementManager}, if given). */
  People contracted() {
    at(LocalDateTime.of(2026, 3, 2, 9, 0));
    People people = organisation.create(LocalDateTime.of(2026, 3, 2, 9, 0).toLocalDate());
    contracts.inForce(people.practitioner());
    contracts.inForce(people.teamManager());
    return people;
  }

  /** A fresh organisation whose practitioner's contract names {@code manager} for disagreements. */
  People contractedNaming(Function<People, String> manager) {
    at(LocalDateTime.of(2026, 3, 2, 9, 0));
    People people = organisation.create(LocalDateTime.of(2026, 3, 2, 9, 0).toLocalDate());
    contracts.inForce(people.practitioner(), Map.of("disagreementManagerId", manager.apply(people)));
    contracts.inForce(people.teamManager());
    return people;
  }

  /** The supervisee's first session recorded and signed by both on 2 April 2026; the clock is left at its noon. */
  SupervisionRecord signedRecord(String superviseeId) {
    at(LocalDateTime.of(2026, 4, 2, 12, 0));
    Long recordId = recording.record(schedule.scheduleOf(superviseeId).get(0).getId(), heldRecord(), null).getId();
    recording.signBySupervisee(recordId, true, null);
    recording.signBySupervisor(recordId, true);
    return recording.record(recordId);
  }

  /** A complete statement of a disagreement about the record of 2 April 2026. */
  static Map<String, Object> statement() {
    Map<String, Object> values = new HashMap<>();
    values.put("recordHeldOn", RECORD_DAY);
    values.put("disagreedDecision", "Close the case of child C at the next review");
    values.put("superviseePosition", "The family still needs support");
    values.put("supervisorPosition", "The plan's goals are met");
    values.put("atStake", "A child's safety against the team's capacity");
    return values;
  }

  static Map<String, Object> heldRecord() {
    Map<String, Object> values = new HashMap<>();
    values.put("heldOn", RECORD_DAY);
    values.put("durationMinutes", 90);
    values.put("workloadManagement", "Caseload reviewed");
    // A manager's record has other headings.
    values.put("budget", "Spend on target");
    return values;
  }

  static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
  }
}
