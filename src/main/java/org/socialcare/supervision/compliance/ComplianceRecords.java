package org.socialcare.supervision.compliance;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.organisation.NatureOfInvolvement;
import org.socialcare.supervision.organisation.StaffCategory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records compliance is computed from, read set-based: one query per kind of record for
 * everyone in a scope, never one per person (issue 7: 5,000 staff and 50,000 cases in under 2 s).
 * Each query is restricted to the scope by the same sub-select of staff.
 */
@Component
class ComplianceRecords {

  /** Active staff in the scope. A person's service is their own, or else their team's. */
  private static final String IN_SCOPE = """
      select s.user_id from staff_member s left join team t on t.code = s.team_code
      where s.employment_status = 'ACTIVE' and (:everyone = true or s.team_code = :team
        or coalesce(s.service_code, t.service_code) = :service or s.user_id = :person)""";

  record StaffRow(String userId, String firstName, String lastName, String jobTitle, StaffCategory category,
      LocalDate asyeStartDate, String teamCode, String teamName, String serviceCode, String serviceName,
      String supervisorId, String supervisorName) {
  }

  record ContractRow(Long id, SupervisionFrequency frequency, int durationMinutes, LocalDate inForceFrom,
      LocalDate reviewDate, LocalDate firstInForce) {
  }

  record HeldRow(LocalDate heldOn, int durationMinutes) {
  }

  record ActionCounts(int open, int overdue) {
  }

  record CaseRow(String reference, NatureOfInvolvement nature, String workerId, LocalDate openedOn,
      LocalDate lastDiscussedOn) {
  }

  private final NamedParameterJdbcTemplate jdbc;

  ComplianceRecords(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Everyone in the scope who has a supervisor (the director has none), ordered by service, team and name. */
  List<StaffRow> staff(ComplianceScope scope) {
    return jdbc.query("""
        select s.user_id, s.first_name, s.last_name, s.job_title, s.staff_category, s.asye_start_date,
          s.team_code, t.name as team_name, coalesce(s.service_code, t.service_code) as service_code,
          sa.name as service_name, sup.user_id as supervisor_id, sup.first_name as sup_first,
          sup.last_name as sup_last
        from staff_member s
        left join team t on t.code = s.team_code
        left join service_area sa on sa.code = coalesce(s.service_code, t.service_code)
        join staff_member sup on sup.user_id = coalesce(s.supervisor_id, s.line_manager_id)
        where s.user_id in (""" + IN_SCOPE + """
        )
        order by sa.name, t.name, s.last_name, s.first_name, s.user_id""", params(scope), (rs, i) -> new StaffRow(
        rs.getString("user_id"), rs.getString("first_name"), rs.getString("last_name"), rs.getString("job_title"),
        StaffCategory.valueOf(rs.getString("staff_category")), date(rs.getDate("asye_start_date")),
        rs.getString("team_code"), rs.getString("team_name"), rs.getString("service_code"),
        rs.getString("service_name"), rs.getString("supervisor_id"),
        rs.getString("sup_first") + " " + rs.getString("sup_last")));
  }

  /** The contract in force of each person, with the day their first contract came into force. */
  Map<String, ContractRow> contractsInForce(ComplianceScope scope) {
    Map<String, ContractRow> contracts = new HashMap<>();
    jdbc.query("""
        select c.supervisee_id, c.id, c.frequency, c.duration_minutes, c.in_force_from, c.review_date, f.first_in_force
        from supervision_contract c
        join (select supervisee_id, min(in_force_from) as first_in_force from supervision_contract
              where in_force_from is not null group by supervisee_id) f on f.supervisee_id = c.supervisee_id
        where c.status = 'IN_FORCE' and c.supervisee_id in (""" + IN_SCOPE + ")", params(scope), rs -> {
      contracts.put(rs.getString("supervisee_id"), new ContractRow(rs.getLong("id"),
          SupervisionFrequency.valueOf(rs.getString("frequency")), rs.getInt("duration_minutes"),
          date(rs.getDate("in_force_from")), date(rs.getDate("review_date")), date(rs.getDate("first_in_force"))));
    });
    return contracts;
  }

  /** Individual sessions held between two days, by supervisee; a correction is not another session. */
  Map<String, List<HeldRow>> held(ComplianceScope scope, LocalDate from, LocalDate to) {
    Map<String, List<HeldRow>> held = new HashMap<>();
    jdbc.query("""
        select supervisee_id, held_on, duration_minutes from supervision_record
        where corrects_record_id is null and held_on between :from and :to and supervisee_id in (""" + IN_SCOPE + ")",
        params(scope).addValue("from", from).addValue("to", to), rs -> {
          held.computeIfAbsent(rs.getString("supervisee_id"), id -> new ArrayList<>())
              .add(new HeldRow(date(rs.getDate("held_on")), rs.getInt("duration_minutes")));
        });
    return held;
  }

  /** The last day each person's individual supervision was held, ever, up to a day. */
  Map<String, LocalDate> lastHeld(ComplianceScope scope, LocalDate upTo) {
    Map<String, LocalDate> last = new HashMap<>();
    jdbc.query("""
        select supervisee_id, max(held_on) as last_held from supervision_record
        where held_on <= :upTo and supervisee_id in (""" + IN_SCOPE + ") group by supervisee_id",
        params(scope).addValue("upTo", upTo),
        rs -> {
          last.put(rs.getString("supervisee_id"), date(rs.getDate("last_held")));
        });
    return last;
  }

  /** The next session still booked from a moment on, by supervisee. */
  Map<String, LocalDateTime> nextBooked(ComplianceScope scope, LocalDateTime from) {
    Map<String, LocalDateTime> next = new HashMap<>();
    jdbc.query("""
        select supervisee_id, min(scheduled_at) as next_at from booked_session
        where status = 'BOOKED' and scheduled_at >= :from and supervisee_id in (""" + IN_SCOPE + """
        ) group by supervisee_id""", params(scope).addValue("from", Timestamp.valueOf(from)), rs -> {
          next.put(rs.getString("supervisee_id"), rs.getTimestamp("next_at").toLocalDateTime());
        });
    return next;
  }

  /** Open agreed actions and how many of them are past their date, by supervisee. */
  Map<String, ActionCounts> actions(ComplianceScope scope, LocalDate asOf) {
    Map<String, ActionCounts> counts = new HashMap<>();
    jdbc.query("""
        select supervisee_id, count(*) as open_count,
          sum(case when due_on < :asOf then 1 else 0 end) as overdue_count
        from agreed_action where status = 'OPEN' and supervisee_id in (""" + IN_SCOPE + ") group by supervisee_id",
        params(scope).addValue("asOf", asOf), rs -> {
          counts.put(rs.getString("supervisee_id"), new ActionCounts(rs.getInt("open_count"), rs.getInt("overdue_count")));
        });
    return counts;
  }

  /** Every open case held by someone in the scope, with the last day it was discussed up to a day. */
  List<CaseRow> openCases(ComplianceScope scope, LocalDate asOf) {
    return jdbc.query("""
        select c.reference, c.nature_of_involvement, c.allocated_worker_id, c.opened_on,
          max(d.discussed_on) as last_discussed
        from child_case c
        left join case_discussion d on d.case_reference = c.reference and d.discussed_on <= :asOf
        where c.closed_on is null and c.allocated_worker_id in (""" + IN_SCOPE + """
        )
        group by c.reference, c.nature_of_involvement, c.allocated_worker_id, c.opened_on""",
        params(scope).addValue("asOf", asOf), (rs, i) -> new CaseRow(rs.getString("reference"),
            NatureOfInvolvement.valueOf(rs.getString("nature_of_involvement")), rs.getString("allocated_worker_id"),
            date(rs.getDate("opened_on")), date(rs.getDate("last_discussed"))));
  }

  private static MapSqlParameterSource params(ComplianceScope scope) {
    return new MapSqlParameterSource()
        .addValue("everyone", scope.kind() == ComplianceScope.Kind.EVERYONE)
        .addValue("team", scope.kind() == ComplianceScope.Kind.TEAM ? scope.code() : null)
        .addValue("service", scope.kind() == ComplianceScope.Kind.SERVICE ? scope.code() : null)
        .addValue("person", scope.kind() == ComplianceScope.Kind.PERSON ? scope.code() : null);
  }

  private static LocalDate date(Date date) {
    return date == null ? null : date.toLocalDate();
  }
}
