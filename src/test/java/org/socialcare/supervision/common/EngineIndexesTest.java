package org.socialcare.supervision.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The job executor finds due jobs through an index on their due date (BENCHMARKS.md, "timer
 * burst"): every job has one, asynchronous steps included, and the index is there; so are the index
 * on a lock's expiry that the same query uses to skip instances already running, and the index on a
 * user's grants that the authorization checks read, and the one on a task's parent that the engine
 * looks up on completing every task. PostgresProfileTest checks all four on PostgreSQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public class EngineIndexesTest {

  public static final String DUE_JOBS = EngineIndexes.DUE_JOBS;
  public static final String LOCKED_JOBS = EngineIndexes.LOCKED_JOBS;
  public static final String USER_GRANTS = EngineIndexes.USER_GRANTS;
  public static final String SUBTASKS = EngineIndexes.SUBTASKS;

  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;

  @Test
  void anAsynchronousStepHasADueDateAndTheDueDatesAreIndexed() {
    // The daily reminders go out in an asynchronous step: a job with no timer of its own.
    String instance = engine.getRuntimeService().startProcessInstanceByKey("compliance-reminders").getId();

    Job step = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
    assertThat(step.getDuedate()).isNotNull();
    assertThat(jdbc.queryForObject("select count(*) from INFORMATION_SCHEMA.INDEXES where TABLE_NAME = 'ACT_RU_JOB'"
        + " and INDEX_NAME = ?", Integer.class, DUE_JOBS)).isOne();
  }

  @Test
  void lockedJobsAreIndexedByWhenTheirLockExpires() {
    assertThat(jdbc.queryForList("select COLUMN_NAME from INFORMATION_SCHEMA.INDEX_COLUMNS where"
        + " TABLE_NAME = 'ACT_RU_JOB' and INDEX_NAME = ?", String.class, LOCKED_JOBS))
        .containsExactly("LOCK_EXP_TIME_");
  }

  @Test
  void aUsersGrantsAreIndexedByUser() {
    assertThat(jdbc.queryForList("select COLUMN_NAME from INFORMATION_SCHEMA.INDEX_COLUMNS where"
        + " TABLE_NAME = 'ACT_RU_AUTHORIZATION' and INDEX_NAME = ? order by ORDINAL_POSITION", String.class, USER_GRANTS))
        .containsExactly("USER_ID_", "RESOURCE_TYPE_");
  }

  @Test
  void theEnginesLookupOfATasksSubtasksReadsTheIndex() {
    // The statement the engine runs on completing a task (Task.xml, selectTasksByParentTaskId).
    String plan = jdbc.queryForObject("explain select * from ACT_RU_TASK where PARENT_TASK_ID_ = 'a-task-id'",
        String.class);
    assertThat(plan).contains(SUBTASKS);
  }
}
