package org.socialcare.supervision.group;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Puts a group supervision record that is pertinent to a child's case on that child's file (seed
 * 001: "if pertinent to a specific case, should be placed on the child's file"): a row in
 * {@code case_discussion}, the table one-to-one case discussions share, with source GROUP.
 */
@Repository
class GroupCaseDiscussions {

  static final String SOURCE = "GROUP";

  private final JdbcTemplate jdbc;

  GroupCaseDiscussions(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Headings as for every case discussion: current issues/situation, reflection, analysis, actions. */
  record Entry(String caseReference, String presenterId, String facilitatorId, LocalDate discussedOn,
      Long groupSessionId, String currentSituation, String reflection, String analysis, String actions,
      LocalDateTime recordedAt) {
  }

  void add(Entry entry) {
    jdbc.update("""
        insert into case_discussion (case_reference, supervisee_id, recorded_by, discussed_on, source, source_id,
          current_situation, reflection, analysis, actions, recorded_at)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        entry.caseReference(), entry.presenterId(), entry.facilitatorId(), entry.discussedOn(), SOURCE,
        entry.groupSessionId(), entry.currentSituation(), entry.reflection(), entry.analysis(), entry.actions(),
        entry.recordedAt());
  }
}
