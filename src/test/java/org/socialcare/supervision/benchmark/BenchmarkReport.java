package org.socialcare.supervision.benchmark;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The console table of one run, and the README's targets checked against it. */
final class BenchmarkReport {

  private static final int TARGET_STAFF = 5000;

  private BenchmarkReport() {
  }

  /** Each target with its measured value and PASS, FAIL or SKIPPED. */
  static Map<String, String> targets(Map<String, Object> figures) {
    int staff = (int) figures.get("staff");
    String scale = staff == TARGET_STAFF ? "" : " (measured at " + staff + " staff; the target is set for 5,000)";
    Map<String, String> targets = new LinkedHashMap<>();
    if (figures.get("ratioApplicationToBare") instanceof Double ratio) {
      targets.put("application / bare engine <= 1.5", verdict(ratio <= 1.5, String.format("%.2f", ratio)));
    } else {
      targets.put("application / bare engine <= 1.5", "SKIPPED: no baseline in this run (-Dbenchmark.baseline=false)");
    }
    TimerBurst.Result burst = (TimerBurst.Result) figures.get("timerBurst");
    targets.put("timer burst drained < 120 s" + scale, verdict(burst.seconds() < 120, String.format("%.1f s, %d jobs",
        burst.seconds(), burst.executed())));
    String history = historyMonths(figures) >= 11 ? scale : scale + " (after " + historyMonths(figures)
        + " months of history; the target is set for a year)";
    targets.put("supervisor's task page p95 < 50 ms" + history, page(figures, "supervisor", 50));
    targets.put("service manager's task page p95 < 100 ms" + history, page(figures, "service manager", 100));
    @SuppressWarnings("unchecked")
    Map<String, Object> compliance = (Map<String, Object>) figures.get("compliance");
    double everyone = (double) compliance.get("everyoneMillis");
    double cold = (double) compliance.get("everyoneColdMillis");
    double teamPage = (double) compliance.get("teamPageMillis");
    targets.put("compliance for everyone < 2 s" + scale, verdict(everyone < 2000 && cold < 2000,
        String.format("%.0f ms (first, cold run %.0f ms) for %s people", everyone, cold, compliance.get("people"))));
    targets.put("dashboard's first page < 500 ms" + scale, verdict(teamPage < 500,
        String.format("a team's view %.0f ms", teamPage)));
    double heap = (double) figures.get("peakHeapMiB");
    double live = (double) figures.get("liveHeapAtEndMiB");
    targets.put("peak heap < 1 GiB", verdict(heap < 1024, String.format("%.0f MiB in use at most (-Xmx %.0f MiB);"
        + " %.0f MiB live after a full collection at the end", heap, (double) figures.get("maxHeapMiB"), live)));
    return targets;
  }

  /** The months whose grants the task lists were measured with: simulated, and copied (YearOfGrants). */
  @SuppressWarnings("unchecked")
  private static int historyMonths(Map<String, Object> figures) {
    var filled = (Map<String, Object>) figures.getOrDefault("yearOfGrants", Map.of("monthsFilled", 0));
    return (int) figures.get("monthsSimulated") + (int) filled.get("monthsFilled");
  }

  /** The slowest of the role's Tasklist queries (a page of 15 and its count) at p95. */
  @SuppressWarnings("unchecked")
  private static String page(Map<String, Object> figures, String role, double limitMillis) {
    var byRole = (Map<String, Map<String, TaskListLatency.Percentiles>>) figures.get("taskListMillis");
    return byRole.entrySet().stream().filter(entry -> entry.getKey().startsWith(role)).findFirst()
        .map(entry -> {
          var slowest = entry.getValue().entrySet().stream()
              .max((a, b) -> Double.compare(a.getValue().p95(), b.getValue().p95())).orElseThrow();
          return verdict(slowest.getValue().p95() < limitMillis, String.format("slowest query '%s' p95 %.1f ms",
              slowest.getKey(), slowest.getValue().p95()));
        }).orElse("SKIPPED");
  }

  private static String verdict(boolean pass, String measured) {
    return (pass ? "PASS" : "FAIL") + ": " + measured;
  }

  @SuppressWarnings("unchecked")
  static void print(Map<String, Object> figures) {
    System.out.printf("%n--- %s staff on %s, %s months simulated ---%n", figures.get("staff"), figures.get("database"),
        figures.get("monthsSimulated"));
    var app = (Map<String, Object>) figures.get("application");
    var bare = (Map<String, Object>) figures.getOrDefault("bareEngine", Map.of());
    System.out.printf("%-22s %12s %12s %8s%n", "", "application", "bare engine", "ratio");
    for (String key : new String[] {"wallSeconds", "processInstances", "tasksCompleted", "jobsExecuted", "variables",
        "instancesPerSecond", "tasksPerSecond", "jobsPerSecond"}) {
      double a = ((Number) app.get(key)).doubleValue();
      if (bare.get(key) instanceof Number b) {
        System.out.printf("%-22s %12.1f %12.1f %8.2f%n", key, a, b.doubleValue(),
            b.doubleValue() == 0 ? 0 : a / b.doubleValue());
      } else {
        System.out.printf("%-22s %12.1f %12s %8s%n", key, a, "-", "-");
      }
    }
    System.out.printf("time per year step (s): %s; jobs failed: %s%n", app.get("secondsPerStep"), app.get("jobsFailed"));
    System.out.printf("contracts %s, sessions recorded %s, cancelled and rebooked %s, group cycles %s, timers created %s%n",
        app.get("contractsSigned"), app.get("sessionsRecorded"), app.get("sessionsCancelledAndRebooked"),
        app.get("groupCycles"), app.get("timersCreated"));
    System.out.printf("file audits %s, observations %s, disagreements decided %s, leavers %s (archives accepted %s)%n",
        app.get("fileAudits"), app.get("observations"), app.get("disagreementsDecided"), app.get("leaversRecorded"),
        app.get("archivesAccepted"));
    TimerBurst.Result burst = (TimerBurst.Result) figures.get("timerBurst");
    System.out.printf("timer burst: %d due at once, %d executed (%d failed) in %.1f s = %.1f jobs/s, max %d due but"
        + " unacquired [%s]%n", burst.dueAtStart(), burst.executed(), burst.failed(), burst.seconds(),
        burst.jobsPerSecond(), burst.maxDueUnacquired(), burst.executorSettings());
    var statements = (List<BenchmarkRun.StatementFigures>) figures.get("timerBurstStatements");
    if (!statements.isEmpty()) {
      System.out.println("  the burst's statements by time in the database (ms in all, calls, ms each: mean and"
          + " longest, rows):");
      statements.forEach(statement -> System.out.printf("  %9.0f %8d %8.2f %8.1f %9d  %s%n", statement.totalMillis(),
          statement.calls(), statement.meanMillis(), statement.maxMillis(), statement.rows(), statement.statement()));
    }
    TimerBurst.Result check = (TimerBurst.Result) figures.get("missedSupervisionCheckBurst");
    System.out.printf("then the monthly missed-supervision check, nobody supervised in the month: %d executed (%d failed)"
        + " in %.1f s = %.1f jobs/s%n", check.executed(), check.failed(), check.seconds(), check.jobsPerSecond());
    if (figures.get("yearOfGrants") instanceof Map<?, ?> filled) {
      System.out.printf("grants of a year: month %s's %s grants to read instances' and tasks' history copied for %s more months"
          + " (%s added in %.1f s)%n", filled.get("copiedFromMonth"), filled.get("grantsPerMonth"),
          filled.get("monthsFilled"), filled.get("grantsAdded"), filled.get("seconds"));
    }
    System.out.printf("task lists (ms, page of 15 + count), %s open tasks, %s rows in ACT_RU_AUTHORIZATION"
        + " (%.0f per member of staff):%n", figures.get("openTasks"), figures.get("authorizationRows"),
        figures.get("authorizationRowsPerStaff"));
    var lists = (Map<String, Map<String, TaskListLatency.Percentiles>>) figures.get("taskListMillis");
    lists.forEach((role, queries) -> queries.forEach((query, p) -> System.out.printf(
        "  %-42s %-28s p50 %7.1f  p95 %7.1f  p99 %7.1f  (%d tasks)%n", role, query, p.p50(), p.p95(), p.p99(),
        p.count())));
    System.out.printf("peak heap %.0f MiB in use (%.0f MiB live at the end) of %.0f; database %.1f MiB = %.0f KiB"
        + " per staff-year; seeding %.1f s%n", figures.get("peakHeapMiB"), figures.get("liveHeapAtEndMiB"),
        figures.get("maxHeapMiB"), figures.get("databaseMiB"),
        figures.get("databaseKiBPerStaffYear"), figures.get("seedSeconds"));
    var tables = (Map<String, Double>) figures.get("largestTablesMiB");
    System.out.printf("largest tables (MiB): %s%s%n", tables.entrySet().stream()
        .map(table -> String.format("%s %.0f", table.getKey(), table.getValue()))
        .collect(java.util.stream.Collectors.joining(", ")),
        figures.containsKey("databaseFileMiB") ? String.format("; database files %.0f MiB", figures.get("databaseFileMiB"))
            : "");
    System.out.println("compliance: " + figures.get("compliance"));
    System.out.println("targets:");
    ((Map<String, String>) figures.get("targets")).forEach((target, verdict) ->
        System.out.printf("  %-75s %s%n", target, verdict));
  }
}
