package org.socialcare.supervision.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * The job executor asks the database for due jobs every few seconds, and during the morning a
 * month's session timers fall due, many times a second. Camunda's schema has no index on a job's due
 * date, so each of those queries reads every job there is - one waiting timer per booked session,
 * about twelve per member of staff. With {@code ensureJobDueDateNotNull} (application.yml) every job
 * has a due date, the query asks only {@code DUEDATE_ <= now}, and this index answers it. Created
 * once the engine has made its tables, by the node holding the startup lock; Camunda's own schema
 * updates leave an index they do not know alone.
 */
@Component
class DueJobsIndex extends AbstractProcessEnginePlugin {

  static final String NAME = "SUPERVISION_IDX_JOB_DUEDATE";

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("create index if not exists " + NAME + " on ACT_RU_JOB (DUEDATE_)");
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the index on the jobs' due dates", e);
    }
  }
}
