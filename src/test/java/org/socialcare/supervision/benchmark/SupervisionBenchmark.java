package org.socialcare.supervision.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scaling benchmark of issue 9 (BENCHMARKS.md): {@code ./mvnw -Pbenchmark verify
 * -Dbenchmark.staff=100,1000 [-Dbenchmark.db=postgres] [-Dbenchmark.months=3] [-Dbenchmark.baseline=false]
 * [-Dbenchmark.history=year]}.
 * Prints a table per size and writes target/benchmark/benchmark-{db}-{staff}.json; checks the README's targets and says
 * PASS or FAIL for each - a report, never a failing build.
 */
public final class SupervisionBenchmark {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SupervisionBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    List<Integer> sizes = Arrays.stream(System.getProperty("benchmark.staff", "100").split(","))
        .map(String::trim).map(Integer::valueOf).toList();
    String db = System.getProperty("benchmark.db", "h2");
    boolean baseline = Boolean.parseBoolean(System.getProperty("benchmark.baseline", "true"));
    boolean yearOfGrants = "year".equals(System.getProperty("benchmark.history", "simulated"));
    Path output = Path.of(System.getProperty("benchmark.output", "target/benchmark"));
    Files.createDirectories(output);
    List<Map<String, Object>> all = new ArrayList<>();
    for (int staff : sizes) {
      int months = months(staff);
      System.out.printf("%n=== Benchmark: %d staff, %d months simulated, %s ===%n", staff, months, db);
      Map<String, Object> figures = "postgres".equals(db) ? onPostgres(staff, months, baseline, yearOfGrants, output)
          : new BenchmarkRun(staff, months, BenchmarkRun.h2(output), baseline, yearOfGrants).run();
      figures.put("finishedAt", Instant.now().toString());
      figures.put("processors", Runtime.getRuntime().availableProcessors());
      figures.put("targets", BenchmarkReport.targets(figures));
      Path file = output.resolve("benchmark-" + db + "-" + staff + ".json");
      JSON.writeValue(file.toFile(), figures);
      all.add(figures);
      BenchmarkReport.print(figures);
      System.out.println("JSON: " + file.toAbsolutePath());
    }
    JSON.writeValue(output.resolve("benchmark-" + db + "-latest.json").toFile(), all);
    // Spring's and the engine's non-daemon threads are gone with the contexts; make sure of it.
    System.exit(0);
  }

  /**
   * How many months of the year are simulated: -Dbenchmark.months, or by default the year (11 months
   * simulated in full, the twelfth as the timer burst) up to 100 staff, the first month beyond (contracts
   * for everyone, the month's sessions, the next month as the burst).
   */
  static int months(int staff) {
    String configured = System.getProperty("benchmark.months", "auto");
    if (!"auto".equals(configured)) {
      return Math.min(11, Integer.parseInt(configured));
    }
    return staff <= 100 ? 11 : 1;
  }

  /**
   * On an embedded PostgreSQL whose log, beside the report, holds the plan of every statement slower
   * than 50 ms (auto_explain): the authorization-only task query is the one that grows with the
   * authorization table, and its plan says why. pg_stat_statements counts the timer burst's statements.
   */
  private static Map<String, Object> onPostgres(int staff, int months, boolean baseline, boolean yearOfGrants,
      Path output)
      throws IOException {
    Path log = output.resolve("postgres-" + staff + ".log");
    Files.deleteIfExists(log);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setServerConfig("shared_preload_libraries", "auto_explain,pg_stat_statements")
        .setServerConfig("auto_explain.log_min_duration", "50ms")
        // pg_ctl hands the server its standard output, which is where the server logs.
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start()) {
      System.out.println("PostgreSQL log with the plans of statements over 50 ms: " + log.toAbsolutePath());
      return new BenchmarkRun(staff, months, new BenchmarkRun.Database() {
        /** The benchmark's own working tables (PostgreSQL folds their names to lower case). */
        private static final String BENCHMARK_TABLES = "relname like 'benchmark\\_%'";

        @Override
        public String name() {
          return "postgres";
        }

        @Override
        public String springProfile() {
          return "postgres";
        }

        @Override
        public Map<String, Object> properties(int size) {
          Map<String, Object> properties = new LinkedHashMap<>();
          properties.put("spring.datasource.url", postgres.getJdbcUrl("postgres", "postgres"));
          properties.put("spring.datasource.username", "postgres");
          properties.put("spring.datasource.password", "postgres");
          return properties;
        }

        @Override
        public double sizeInBytes(JdbcTemplate jdbc) {
          return jdbc.queryForObject("select pg_database_size(current_database()) - coalesce((select"
              + " sum(pg_total_relation_size(relid)) from pg_stat_user_tables where " + BENCHMARK_TABLES + "), 0)",
              Long.class);
        }

        @Override
        public void analyse(JdbcTemplate jdbc, String table) {
          jdbc.execute("analyze " + table);
        }

        @Override
        public void resetStatementFigures(JdbcTemplate jdbc) {
          jdbc.execute("create extension if not exists pg_stat_statements");
          jdbc.execute("select pg_stat_statements_reset()");
        }

        @Override
        public List<BenchmarkRun.StatementFigures> statementsByTime(JdbcTemplate jdbc, int limit) {
          return jdbc.query("select total_exec_time, calls, mean_exec_time, max_exec_time, rows,"
                  + " left(regexp_replace(query, '\\s+', ' ', 'g'), 240) from pg_stat_statements"
                  + " where dbid = (select oid from pg_database where datname = current_database())"
                  + " order by total_exec_time desc limit ?",
              (rs, row) -> new BenchmarkRun.StatementFigures(rs.getDouble(1), rs.getLong(2), rs.getDouble(3),
                  rs.getDouble(4), rs.getLong(5), rs.getString(6)), limit);
        }

        @Override
        public Map<String, Double> largestTablesMiB(JdbcTemplate jdbc) {
          return BenchmarkRun.largestTables(jdbc, "select relname, pg_total_relation_size(relid) from pg_stat_user_tables"
              + " where not (" + BENCHMARK_TABLES + ") order by 2 desc limit 8");
        }
      }, baseline, yearOfGrants).run();
    }
  }
}
