package org.socialcare.supervision.benchmark;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The month's timers all due on one morning: engine time jumps a month past the simulated period,
 * so every session timer of that month (the agenda opening a week before each session, then the
 * session time itself) is due at the same instant. The application's own job executor - the
 * settings it ships - drains them. Processes named to be held back (the monthly missed-supervision
 * check) have their jobs suspended meanwhile, so they can be drained as a burst of their own.
 */
final class TimerBurst {

  /**
   * How often the drain is looked at. Each look counts the due jobs, a read of thousands of rows
   * (7.5 ms at 5,000 staff on PostgreSQL): every 20 ms, with two counts, it took 89 s of the
   * database's time in a burst of 238 s on two cores, time taken from the job executor it measures.
   */
  private static final long POLL_MILLIS = 250;
  private static final long GIVE_UP_MILLIS = 20 * 60 * 1000;

  record Result(long dueAtStart, long executed, long failed, double seconds, double jobsPerSecond,
      long maxDueUnacquired, String executorSettings) {
  }

  static Result run(Simulation simulation, LocalDateTime instant, String... heldBackProcessKeys) {
    Simulation.at(instant);
    hold(simulation, true, heldBackProcessKeys);
    try {
      return drain(simulation);
    } finally {
      hold(simulation, false, heldBackProcessKeys);
    }
  }

  /** Suspends (or activates again) every job of these processes: a suspended job is not acquired. */
  private static void hold(Simulation simulation, boolean suspend, String... processKeys) {
    for (String key : processKeys) {
      var update = simulation.engine.getManagementService().updateJobDefinitionSuspensionState()
          .byProcessDefinitionKey(key).includeJobs(true);
      if (suspend) {
        update.suspend();
      } else {
        update.activate();
      }
    }
  }

  private static Result drain(Simulation simulation) {
    JdbcTemplate jdbc = simulation.bean(JdbcTemplate.class);
    var history = simulation.engine.getHistoryService();
    long succeededBefore = history.createHistoricJobLogQuery().successLog().count();
    long failedBefore = history.createHistoricJobLogQuery().failureLog().count();
    long dueAtStart = due(jdbc).all();
    JobExecutor executor = ((ProcessEngineConfigurationImpl) simulation.engine.getProcessEngineConfiguration())
        .getJobExecutor();
    long maxUnacquired = dueAtStart;
    long start = System.nanoTime();
    executor.start();
    try {
      long empty = 0;
      while (empty < 3 && (System.nanoTime() - start) / 1_000_000 < GIVE_UP_MILLIS) {
        sleep();
        Due due = due(jdbc);
        maxUnacquired = Math.max(maxUnacquired, due.unacquired());
        empty = due.all() == 0 ? empty + 1 : 0;
      }
    } finally {
      executor.shutdown();
    }
    double seconds = (System.nanoTime() - start) / 1e9 - 3 * POLL_MILLIS / 1000.0;
    long executed = history.createHistoricJobLogQuery().successLog().count() - succeededBefore;
    long failed = history.createHistoricJobLogQuery().failureLog().count() - failedBefore;
    String settings = "maxJobsPerAcquisition=" + executor.getMaxJobsPerAcquisition() + ", waitTimeInMillis="
        + executor.getWaitTimeInMillis() + ", lockTimeInMillis=" + executor.getLockTimeInMillis() + ", "
        + threads(executor) + executor.getClass().getSimpleName();
    return new Result(dueAtStart, executed, failed, seconds, executed / seconds, maxUnacquired, settings);
  }

  /** The thread pool the Spring Boot starter gives the job executor: its threads and queue. */
  private static String threads(JobExecutor executor) {
    if (executor instanceof SpringJobExecutor spring
        && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor pool) {
      return "threads " + pool.getCorePoolSize() + " to " + pool.getMaxPoolSize() + ", queue "
          + pool.getQueueCapacity() + ", ";
    }
    return "";
  }

  /** Jobs due at engine time with retries left: all of them, and those no job executor thread has locked. */
  record Due(long all, long unacquired) {
  }

  static Due due(JdbcTemplate jdbc) {
    Timestamp now = new Timestamp(ClockUtil.getCurrentTime().getTime());
    return jdbc.queryForObject("select count(*), count(case when LOCK_OWNER_ is null or LOCK_EXP_TIME_ < ? then 1 end)"
        + " from ACT_RU_JOB where RETRIES_ > 0 and SUSPENSION_STATE_ = 1 and (DUEDATE_ is null or DUEDATE_ <= ?)",
        (rs, row) -> new Due(rs.getLong(1), rs.getLong(2)), now, now);
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
