package org.socialcare.supervision.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.organisation.ServiceAreaRepository;
import org.socialcare.supervision.organisation.StaffRepository;
import org.socialcare.supervision.organisation.TeamRepository;
import org.socialcare.supervision.security.IdentitySynchronisation;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One size of organisation on one database: the whole application started as it ships (its own
 * configuration, authorization on, history full), seeded, a simulated year, the baseline, the
 * timer burst and the task lists. Returns the figures as an ordered map for the report.
 */
final class BenchmarkRun {

  /** A Monday; the simulated year starts here (engine time). */
  static final LocalDate FIRST_DAY = LocalDate.of(2027, 1, 4);

  /** The monthly check's process (bpmn/missed-supervision-check.bpmn), drained apart in the burst. */
  private static final String MISSED_SUPERVISION_CHECK = "missed-supervision-check";

  private final int staff;
  private final int months;
  private final Database database;
  private final boolean baseline;
  private final boolean yearOfGrants;

  /**
   * @param baseline false skips the bare engine's replay of the year (-Dbenchmark.baseline=false): for a
   *     run made for the history it leaves - a year at 5,000 staff, whose task pages the targets are set
   *     for - the replay would double a run of hours and add nothing those figures need; no ratio then.
   * @param yearOfGrants true adds the grants of the months left up to the eleventh after the simulated ones
   *     (-Dbenchmark.history=year, {@link YearOfGrants}), before the burst and the task lists are measured
   */
  BenchmarkRun(int staff, int months, Database database, boolean baseline, boolean yearOfGrants) {
    if (yearOfGrants && months < 2) {
      throw new IllegalArgumentException("-Dbenchmark.history=year copies the last simulated month, and the first"
          + " (everyone's contract) is no month's pattern: simulate at least two (-Dbenchmark.months=2)");
    }
    this.staff = staff;
    this.months = months;
    this.database = database;
    this.baseline = baseline;
    this.yearOfGrants = yearOfGrants && months < 11;
  }

  Map<String, Object> run() throws IOException {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("staff", staff);
    figures.put("database", database.name());
    figures.put("monthsSimulated", months);
    Simulation.at(FIRST_DAY.atTime(7, 0));
    try (HeapSampler heap = new HeapSampler(); ConfigurableApplicationContext context = start()) {
      ProcessEngine engine = context.getBean(ProcessEngine.class);
      // Stopped at once: during the year this thread executes due jobs itself; the burst restarts it.
      ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
      JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);

      long seedStart = System.nanoTime();
      ScaledOrganisation organisation = ScaledOrganisation.of(staff, FIRST_DAY);
      organisation.builder().saveTo(context.getBean(ServiceAreaRepository.class), context.getBean(TeamRepository.class),
          context.getBean(StaffRepository.class), context.getBean(ChildCaseRepository.class));
      context.getBean(IdentitySynchronisation.class).synchronise("Qx7-Lw9-Zr4-Mt2"); // passes the password policy
      figures.put("seedSeconds", seconds(seedStart));
      figures.put("childCases", organisation.childCases());
      System.out.printf("Seeded %d staff, %d child cases in %.1f s%n", staff, organisation.childCases(),
          seconds(seedStart));

      Simulation simulation = new Simulation(engine, context, organisation.roles());
      ContractsStep contracts = new ContractsStep(FIRST_DAY);
      CancellationsStep cancellations = new CancellationsStep();
      SessionsStep sessions = new SessionsStep();
      GroupCyclesStep groups = new GroupCyclesStep();
      AuditsStep audits = new AuditsStep();
      DisagreementsStep disagreements = new DisagreementsStep();
      LeaversStep leavers = new LeaversStep();
      SupervisionYear year = new SupervisionYear(List.of(contracts, cancellations, sessions, groups, audits,
          disagreements, leavers));
      BareEngineBaseline.deployAndWarmUp(simulation);
      simulation.tasksCompleted = 0;
      simulation.jobsExecuted = 0;
      Counts before = Counts.of(jdbc);
      long yearStart = System.nanoTime();
      YearOfGrants grantsOfAYear = null;
      if (yearOfGrants) {
        year.run(simulation, FIRST_DAY, months - 1);
        grantsOfAYear = YearOfGrants.markedBeforeMonth(jdbc);
        year.run(simulation, FIRST_DAY.plusMonths(months - 1L), 1);
      } else {
        year.run(simulation, FIRST_DAY, months);
      }
      double yearSeconds = seconds(yearStart);
      Counts work = Counts.of(jdbc).minus(before);
      BareEngineBaseline.Work appWork = new BareEngineBaseline.Work(work.instances(), simulation.tasksCompleted,
          simulation.jobsExecuted, work.variables());
      Map<String, Object> app = throughput(appWork, yearSeconds);
      app.put("timersCreated", work.timers());
      app.put("jobsFailed", simulation.jobsFailed);
      app.put("contractsSigned", contracts.contracts);
      app.put("sessionsRecorded", sessions.recorded);
      app.put("sessionsCancelledAndRebooked", cancellations.cancelled);
      app.put("groupCycles", groups.cycles);
      app.put("fileAudits", audits.audits);
      app.put("observations", audits.observations);
      app.put("disagreementsDecided", disagreements.decided);
      app.put("leaversRecorded", leavers.recorded);
      app.put("archivesAccepted", leavers.archivesAccepted);
      app.put("secondsPerStep", year.secondsPerStep());
      figures.put("application", app);
      // Measured before the baseline adds its rows: the organisation and its simulated year only.
      double bytes = database.sizeInBytes(jdbc);
      figures.put("databaseMiB", bytes / 1024 / 1024);
      figures.put("databaseKiBPerStaffYear", bytes / 1024 / (staff * months / 12.0));
      database.fileBytes().ifPresent(fileBytes -> figures.put("databaseFileMiB", fileBytes / 1024.0 / 1024));
      figures.put("largestTablesMiB", database.largestTablesMiB(jdbc));
      System.out.printf("Simulated %d months in %.1f s: %s%n", months, yearSeconds, app);

      if (baseline) {
        BareEngineBaseline.Result bare = BareEngineBaseline.run(simulation, appWork);
        Map<String, Object> bareFigures = throughput(bare.done(), bare.seconds());
        figures.put("bareEngine", bareFigures);
        figures.put("ratioApplicationToBare", yearSeconds / bare.seconds());
        System.out.printf("Bare engine: %.1f s: %s%n", bare.seconds(), bareFigures);
      }

      if (grantsOfAYear != null) {
        Map<String, Object> filled = grantsOfAYear.copyMonth(months, 11 - months);
        database.analyse(jdbc, "ACT_RU_AUTHORIZATION");
        figures.put("yearOfGrants", filled);
        System.out.printf("Grants of a year: %s%n", filled);
      }

      // The month's timers first, with the monthly missed-supervision check held back; then the check
      // alone. Nobody was supervised in the burst month, so it escalates for everyone: a worst case
      // of its own (one job per escalation), which until 7 December was drained with the timers.
      LocalDateTime burstAt = FIRST_DAY.plusMonths(months + 1L).atTime(6, 30);
      database.resetStatementFigures(jdbc);
      TimerBurst.Result burst = TimerBurst.run(simulation, burstAt, MISSED_SUPERVISION_CHECK);
      figures.put("timerBurst", burst);
      // Where the burst's time went in the database: the job executor's, the processes' and the poll's statements.
      figures.put("timerBurstStatements", database.statementsByTime(jdbc, 12));
      System.out.printf("Timer burst: %s%n", burst);
      TimerBurst.Result checkBurst = TimerBurst.run(simulation, burstAt);
      figures.put("missedSupervisionCheckBurst", checkBurst);
      System.out.printf("Missed-supervision check, everyone missed: %s%n", checkBurst);

      String serviceManager = organisation.roles().serviceManagers().get(0);
      Map<String, String> users = new LinkedHashMap<>();
      users.put("practitioner", organisation.roles().teams().get(0).get(0));
      users.put("supervisor (team manager)", organisation.roles().teamManagers().get(0));
      users.put("service manager", serviceManager);
      figures.put("openTasks", engine.getTaskService().createTaskQuery().count());
      long authorizationRows = jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class);
      figures.put("authorizationRows", authorizationRows);
      figures.put("authorizationRowsPerStaff", (double) authorizationRows / staff);
      figures.put("taskListMillis", TaskListLatency.measure(simulation, users));
      figures.put("compliance", ComplianceTiming.measure(simulation, organisation.roles().teamManagers().get(0)));
      figures.put("peakHeapMiB", heap.peakMiB());
      figures.put("liveHeapAtEndMiB", heap.liveAfterFullGcMiB());
      figures.put("maxHeapMiB", heap.maxMiB());
    } finally {
      ClockUtil.reset();
    }
    return figures;
  }

  private ConfigurableApplicationContext start() {
    Map<String, Object> properties = new LinkedHashMap<>(database.properties(staff));
    properties.put("supervision.demo-organisation.seed", "false");
    properties.put("SUPERVISION_ADMIN_PASSWORD", "Kp4-Vn8-Hs2-Jd6"); // passes the password policy
    properties.put("server.port", "0");
    // The application's job executor settings, as shipped; stopped once started (see run()).
    properties.put("camunda.bpm.job-execution.enabled", "true");
    // Every notification is logged at INFO: at 5,000 staff the console would be the benchmark.
    properties.put("logging.level.org.socialcare", "WARN");
    properties.put("logging.level.org.camunda", "WARN");
    // As command-line arguments, so that they override application.yml as they would in production.
    return new SpringApplicationBuilder(BenchmarkApplication.class).profiles(database.springProfile())
        .run(properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
            .toArray(String[]::new));
  }

  private static Map<String, Object> throughput(BareEngineBaseline.Work work, double seconds) {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("wallSeconds", seconds);
    figures.put("processInstances", work.instances());
    figures.put("tasksCompleted", work.tasks());
    figures.put("jobsExecuted", work.jobs());
    figures.put("variables", work.variables());
    figures.put("instancesPerSecond", work.instances() / seconds);
    figures.put("tasksPerSecond", work.tasks() / seconds);
    figures.put("jobsPerSecond", work.jobs() / seconds);
    return figures;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Rows the engine's history holds, to count what the year did. */
  record Counts(long instances, long variables, long timers) {
    static Counts of(JdbcTemplate jdbc) {
      return new Counts(count(jdbc, "select count(*) from ACT_HI_PROCINST"),
          count(jdbc, "select count(*) from ACT_HI_VARINST"),
          count(jdbc, "select count(*) from ACT_HI_JOB_LOG where JOB_STATE_ = 0 and JOB_DEF_TYPE_ like 'timer%'"));
    }

    Counts minus(Counts other) {
      return new Counts(instances - other.instances, variables - other.variables, timers - other.timers);
    }

    private static long count(JdbcTemplate jdbc, String sql) {
      return jdbc.queryForObject(sql, Long.class);
    }
  }

  /** H2 in a file of its own (its size is the database size), or the embedded PostgreSQL. */
  interface Database {
    String name();

    String springProfile();

    Map<String, Object> properties(int staff);

    /** The application's and the engine's tables, not the benchmark's own working tables (BENCHMARK_...). */
    double sizeInBytes(JdbcTemplate jdbc) throws IOException;

    /** The tables that take the most space, largest first, in MiB with their indexes; not the benchmark's own. */
    Map<String, Double> largestTablesMiB(JdbcTemplate jdbc);

    /**
     * Refreshes the planner's statistics of a table after rows were added in bulk, as the database's
     * own statistics job would have over the months those rows stand for.
     */
    void analyse(JdbcTemplate jdbc, String table);

    /** The database's files on disk, where the benchmark owns them (H2); a server's are not its to measure. */
    default OptionalLong fileBytes() throws IOException {
      return OptionalLong.empty();
    }

    /** Starts counting each statement's calls and time afresh, where the database counts them (PostgreSQL). */
    default void resetStatementFigures(JdbcTemplate jdbc) {
    }

    /** The statements that took the most time since the last reset, most first; none where not counted. */
    default List<StatementFigures> statementsByTime(JdbcTemplate jdbc, int limit) {
      return List.of();
    }
  }

  /** One statement's share of a step, as the database counted it (its literals replaced by $1, $2...). */
  record StatementFigures(double totalMillis, long calls, double meanMillis, double maxMillis, long rows,
      String statement) {
  }

  static Map<String, Double> largestTables(JdbcTemplate jdbc, String sql) {
    Map<String, Double> tables = new LinkedHashMap<>();
    jdbc.query(sql, rs -> {
      tables.put(rs.getString(1), rs.getLong(2) / 1024.0 / 1024.0);
    });
    return tables;
  }

  static Database h2(Path directory) {
    return new Database() {
      private static final String APPLICATION_TABLES = "TABLE_SCHEMA = 'PUBLIC' and TABLE_TYPE = 'BASE TABLE'"
          + " and TABLE_NAME not like 'BENCHMARK\\_%'";
      private Path folder;

      @Override
      public String name() {
        return "h2";
      }

      @Override
      public String springProfile() {
        // Not "demo" (the default profile), which would seed the demo organisation.
        return "benchmark";
      }

      @Override
      public Map<String, Object> properties(int staff) {
        folder = directory.resolve("h2-" + staff);
        deleteQuietly(folder);
        // The URL's settings as application.yml ships them, in a folder of the benchmark's own.
        return Map.of("spring.datasource.url", "jdbc:h2:file:" + folder.toAbsolutePath().resolve("supervision")
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
      }

      @Override
      public void analyse(JdbcTemplate jdbc, String table) {
        jdbc.execute("analyze table " + table);
      }

      /** The space H2 uses for the tables (the file also holds free, preallocated pages). */
      @Override
      public double sizeInBytes(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select sum(DISK_SPACE_USED('\"' || TABLE_SCHEMA || '\".\"' || TABLE_NAME || '\"'))"
            + " from INFORMATION_SCHEMA.TABLES where " + APPLICATION_TABLES, Long.class);
      }

      @Override
      public Map<String, Double> largestTablesMiB(JdbcTemplate jdbc) {
        return largestTables(jdbc, "select TABLE_NAME, DISK_SPACE_USED('\"' || TABLE_SCHEMA || '\".\"' || TABLE_NAME"
            + " || '\"') from INFORMATION_SCHEMA.TABLES where " + APPLICATION_TABLES + " order by 2 desc limit 8");
      }

      /** MVStore appends and compacts behind: under a long run of writes its file holds far more than its tables. */
      @Override
      public OptionalLong fileBytes() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
          return OptionalLong.of(files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum());
        }
      }
    };
  }

  static void deleteQuietly(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
