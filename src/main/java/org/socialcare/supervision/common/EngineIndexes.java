package org.socialcare.supervision.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Four indexes Camunda's schema lacks for this application's load, created once the engine has made
 * its tables, by the node holding the startup lock; Camunda's own schema updates leave an index they
 * do not know alone (BENCHMARKS.md, "What the figures changed").
 * <ul>
 * <li>The job executor asks for due jobs every few seconds, and during the morning a month's session
 * timers fall due, many times a second. There is no index on a job's due date, so each of those
 * queries read every job there is - one waiting timer per booked session, about twelve per member
 * of staff. With {@code ensureJobDueDateNotNull} (application.yml) every job has a due date, the
 * query asks only {@code DUEDATE_ <= now}, and this index answers it.</li>
 * <li>The same query leaves out the jobs of an instance another thread is running ({@code not exists} a
 * job of that instance whose lock has not expired). PostgreSQL answers that part once per query by
 * reading every job, locked or not: 50 to 100 ms with 5,000 staff's timers, paid on each of the
 * many acquisitions of a morning's burst. An index on the lock's expiry reads only the few locked.</li>
 * <li>Every authorization check picks the user's own grants out of {@code ACT_RU_AUTHORIZATION},
 * which holds about 185 per member of staff after a month. Camunda indexes the grants by group,
 * and by user only behind the grant's type ({@code TYPE_} leads its unique key, and the check asks
 * {@code TYPE_ < 2}), so on PostgreSQL a task list filtered by nothing but authorizations read the
 * whole table, twice per page.</li>
 * <li>Completing or deleting a task makes the engine look for its subtasks ({@code PARENT_TASK_ID_}),
 * which this application never creates, and nothing indexes that column: on PostgreSQL every task
 * completed read every open task, 2.7 ms each at 5,000 staff, 21 s of the database's time in a
 * morning's timer burst.</li>
 * </ul>
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  static final String DUE_JOBS = "SUPERVISION_IDX_JOB_DUEDATE";
  static final String LOCKED_JOBS = "SUPERVISION_IDX_JOB_LOCK_EXP";
  static final String USER_GRANTS = "SUPERVISION_IDX_AUTH_USER";
  static final String SUBTASKS = "SUPERVISION_IDX_TASK_PARENT";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create index if not exists " + DUE_JOBS + " on ACT_RU_JOB (DUEDATE_)");
      statement.execute("create index if not exists " + LOCKED_JOBS + " on ACT_RU_JOB (LOCK_EXP_TIME_)");
      statement.execute("create index if not exists " + USER_GRANTS + " on ACT_RU_AUTHORIZATION (USER_ID_, RESOURCE_TYPE_)");
      statement.execute("create index if not exists " + SUBTASKS + " on ACT_RU_TASK (PARENT_TASK_ID_)");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the indexes on the engine's tables", e);
    }
  }
}
