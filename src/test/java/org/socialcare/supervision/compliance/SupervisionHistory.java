package org.socialcare.supervision.compliance;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.organisation.NatureOfInvolvement;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes a year of supervision history straight into the tables, on any day in the past, the way
 * the processes leave it: contracts in force, records held, sessions booked, actions, cases and
 * their discussions. Compliance reads only these tables, so its tests need not run a year of processes.
 */
@Component
public class SupervisionHistory {

  private final JdbcTemplate jdbc;

  SupervisionHistory(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long contractInForce(String superviseeId, String supervisorId, SupervisionFrequency frequency,
      LocalDate inForceFrom, LocalDate reviewDate) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("""
          insert into supervision_contract (supervisee_id, supervisor_id, disagreement_manager_id, status, format,
            frequency, duration_minutes, policy_frequency, policy_duration_minutes, key_tasks, standards, review_date,
            drafted_at, supervisor_signed_on, supervisee_signed_on, in_force_from)
          values (?, ?, ?, 'IN_FORCE', 'INDIVIDUAL', ?, 90, ?, 90, 'Casework', 'Standards', ?, ?, ?, ?, ?)""",
          new String[] {"id"});
      insert.setString(1, superviseeId);
      insert.setString(2, supervisorId);
      insert.setString(3, supervisorId);
      insert.setString(4, frequency.name());
      insert.setString(5, frequency.name());
      insert.setObject(6, reviewDate);
      insert.setTimestamp(7, Timestamp.valueOf(inForceFrom.atStartOfDay()));
      insert.setObject(8, inForceFrom);
      insert.setObject(9, inForceFrom);
      insert.setObject(10, inForceFrom);
      return insert;
    }, key);
    return key.getKey().longValue();
  }

  public void held(String superviseeId, String supervisorId, LocalDate heldOn, int minutes) {
    jdbc.update("""
        insert into supervision_record (supervisee_id, supervisor_id, template, status, held_on, duration_minutes,
          recorded_at, supervisee_signed_on, supervisor_signed_on, locked_at)
        values (?, ?, 'PRACTITIONER', 'SIGNED', ?, ?, ?, ?, ?, ?)""", superviseeId, supervisorId, heldOn, minutes,
        Timestamp.valueOf(heldOn.atTime(12, 0)), heldOn, heldOn, Timestamp.valueOf(heldOn.atTime(12, 0)));
  }

  /** A 90-minute session held on the 10th of every month from {@code first} to {@code last}. */
  public void heldMonthly(String superviseeId, String supervisorId, YearMonth first, YearMonth last) {
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      held(superviseeId, supervisorId, month.atDay(10), 90);
    }
  }

  public void awaitingSignatures(String superviseeId, String supervisorId, LocalDate heldOn) {
    jdbc.update("""
        insert into supervision_record (supervisee_id, supervisor_id, template, status, held_on, duration_minutes,
          recorded_at)
        values (?, ?, 'PRACTITIONER', 'AWAITING_SIGNATURES', ?, 90, ?)""", superviseeId, supervisorId, heldOn,
        Timestamp.valueOf(heldOn.atTime(12, 0)));
  }

  public void booked(String superviseeId, String supervisorId, long contractId, LocalDateTime at) {
    jdbc.update("""
        insert into booked_session (supervisee_id, supervisor_id, contract_id, scheduled_at, duration_minutes, kind,
          frequency, status, booked_at)
        values (?, ?, ?, ?, 90, 'INDIVIDUAL', 'MONTHLY', 'BOOKED', ?)""", superviseeId, supervisorId, contractId,
        Timestamp.valueOf(at), Timestamp.valueOf(at.minusMonths(1)));
  }

  public void childCase(String reference, NatureOfInvolvement nature, String workerId, LocalDate openedOn) {
    jdbc.update("insert into child_case (reference, nature_of_involvement, allocated_worker_id, opened_on)"
        + " values (?, ?, ?, ?)", reference, nature.name(), workerId, openedOn);
  }

  public void caseDiscussed(String reference, String superviseeId, String supervisorId, LocalDate on) {
    jdbc.update("""
        insert into case_discussion (case_reference, supervisee_id, recorded_by, discussed_on, source, source_id,
          current_situation, reflection, analysis, actions, recorded_at)
        values (?, ?, ?, ?, 'SESSION', 0, 'Situation', 'Reflection', 'Analysis', 'Actions', ?)""", reference,
        superviseeId, supervisorId, on, Timestamp.valueOf(on.atTime(12, 0)));
  }

  public void openAction(String superviseeId, String ownerId, String what, LocalDate agreedOn, LocalDate dueOn) {
    jdbc.update("""
        insert into agreed_action (supervisee_id, owner_id, description, due_on, source, source_id, status, agreed_on)
        values (?, ?, ?, ?, 'SESSION', 0, 'OPEN', ?)""", superviseeId, ownerId, what, dueOn, agreedOn);
  }

  public void asyeStartedOn(String userId, LocalDate start) {
    jdbc.update("update staff_member set asye_start_date = ? where user_id = ?", start, userId);
  }

  /** A recorded group session the member attended (and one they missed, which does not count). */
  public void groupAttended(String facilitatorId, String memberId, String absentMemberId, LocalDate heldOn) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var insert = connection.prepareStatement("""
          insert into group_session (facilitator_id, starts_at, minutes_allowed, status, planned_at, held_on)
          values (?, ?, 90, 'RECORDED', ?, ?)""", new String[] {"id"});
      insert.setString(1, facilitatorId);
      insert.setTimestamp(2, Timestamp.valueOf(heldOn.atTime(10, 0)));
      insert.setTimestamp(3, Timestamp.valueOf(heldOn.minusWeeks(2).atTime(10, 0)));
      insert.setObject(4, heldOn);
      return insert;
    }, key);
    long session = key.getKey().longValue();
    jdbc.update("insert into group_member (group_session_id, member_id, preparation, attendance)"
        + " values (?, ?, 'OFFERED', 'ATTENDED')", session, memberId);
    jdbc.update("insert into group_member (group_session_id, member_id, preparation, attendance)"
        + " values (?, ?, 'NOTHING_OFFERED', 'ABSENT')", session, absentMemberId);
  }
}
