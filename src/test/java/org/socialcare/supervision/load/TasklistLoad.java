package org.socialcare.supervision.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.PackagedApplication;
import org.socialcare.supervision.organisation.DemoOrganisation;
import org.socialcare.supervision.organisation.Position;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.util.FileSystemUtils;

/**
 * The load test (issue 8, "Faults and load"): 50 members of the demo organisation working their
 * Tasklist at once for 5 minutes, against the packaged jar (demo profile, H2) listening on the
 * loopback interface only. Each is a {@link VirtualUser}, making the requests Tasklist makes. At the
 * end: no request may have failed, and every completion must have left exactly the records it
 * should ({@link LoadIntegrity}). Figures go to the console and to {@code target/load/}.
 *
 * <p>Not part of {@code ./mvnw verify} (its name ends in neither Test nor IT):
 * {@code ./mvnw -Pload verify [-Dload.users=50] [-Dload.minutes=5] [-Dload.thinkMillis=1000]}.
 */
class TasklistLoad {

  private static final Path OUTPUT = Path.of("target", "load");
  /** Guards against a hang, not measures. */
  private static final Duration SETTLE = Duration.ofMinutes(5);

  @Test
  void membersOfStaffWorkTheirTasklistTogetherWithNoErrorAndNoRecordLostOrDoubled() throws Exception {
    int users = Integer.getInteger("load.users", 50);
    double minutes = Double.parseDouble(System.getProperty("load.minutes", "5"));
    long thinkMillis = Long.getLong("load.thinkMillis", 1000);
    FileSystemUtils.deleteRecursively(OUTPUT.resolve("application"));
    PackagedApplication application = new PackagedApplication(OUTPUT.resolve("application"),
        "--server.address=127.0.0.1");
    LoadFigures figures = new LoadFigures();
    Map<String, Object> report = new LinkedHashMap<>();
    try {
      application.start();
      List<StaffMember> staff = staffAtTheirTasklist(users);
      report.put("users", staff.size());
      report.put("minutes", minutes);
      report.put("thinkMillis", thinkMillis);
      report.put("cores", Runtime.getRuntime().availableProcessors());
      report.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      Instant started = Instant.now();
      long end = System.nanoTime() + (long) (minutes * 60e9);
      ExecutorService threads = Executors.newFixedThreadPool(staff.size());
      for (int i = 0; i < staff.size(); i++) {
        String user = staff.get(i).getUserId();
        threads.submit(new VirtualUser(new TasklistSession(application.baseUrl(), user, figures),
            filesReadableBy(user, staff), end, thinkMillis, figures, i));
      }
      threads.shutdown();
      assertThat(threads.awaitTermination((long) (minutes * 60) + SETTLE.toSeconds(), TimeUnit.SECONDS))
          .as("users finished their last visit").isTrue();
      report.put("seconds", Duration.between(started, Instant.now()).toMillis() / 1000.0);
      report.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      awaitJobsDone(application);
      report.put("incidents", application.get("admin", "/engine-rest/incident/count").get("count").asInt());
    } finally {
      application.stop();
    }
    LoadIntegrity integrity = LoadIntegrity.check(application.workingDirectory(), figures.completions());
    report.put("requests", figures.requests());
    report.put("requestsPerSecond", Math.round(figures.requests() / (double) report.get("seconds") * 10) / 10.0);
    report.put("errors", figures.errors());
    report.put("errorSamples", figures.errorSamples());
    report.put("tasksCompleted", figures.completions().size());
    report.put("completionsByTask", figures.completionsByTask());
    report.put("millisByOperation", figures.byOperation());
    report.put("integrityChecked", integrity.checked());
    report.put("integrityProblems", integrity.problems());
    write(report);

    assertThat(figures.errors()).as("requests that failed: " + figures.errorSamples()).isZero();
    assertThat(report.get("incidents")).as("incidents").isEqualTo(0);
    assertThat(integrity.problems()).as("records lost or doubled").isEmpty();
    assertThat(figures.completions()).as("tasks completed").isNotEmpty();
  }

  /**
   * The first {@code users} of the demo's staff with supervision work: managers (who supervise)
   * first, then practitioners; HR and the analyst have no tasks.
   */
  private static List<StaffMember> staffAtTheirTasklist(int users) {
    List<StaffMember> staff = new ArrayList<>(DemoOrganisation.build(LocalDate.now()).staff().stream()
        .filter(member -> member.getPosition() != Position.HR_OFFICER
            && member.getPosition() != Position.BUSINESS_SUPPORT)
        .toList());
    staff.sort(Comparator.comparing((StaffMember member) -> !member.getPosition().isManager()));
    assertThat(staff.size()).as("demo staff with supervision work").isGreaterThanOrEqualTo(users);
    return staff.subList(0, users);
  }

  /** Their own supervision file, and their supervisees'. */
  private static List<String> filesReadableBy(String user, List<StaffMember> staff) {
    List<String> files = new ArrayList<>(List.of(user));
    staff.stream().filter(member -> user.equals(member.getSupervisorId())).map(StaffMember::getUserId)
        .forEach(files::add);
    return files;
  }

  /** Contracts put in force, signed copies sent: the job executor's share of the work, done before counting. */
  private static void awaitJobsDone(PackagedApplication application) throws Exception {
    long started = System.nanoTime();
    while (application.get("admin", "/engine-rest/job/count?executable=true").get("count").asInt() > 0) {
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("jobs still due").isLessThan(SETTLE);
      Thread.sleep(500);
    }
  }

  @SuppressWarnings("unchecked")
  private static void write(Map<String, Object> report) throws Exception {
    System.out.printf("%n--- Tasklist load: %s users, %s min, think ~%s ms, %s cores (load average %.1f -> %.1f) ---%n",
        report.get("users"), report.get("minutes"), report.get("thinkMillis"), report.get("cores"),
        report.get("loadAverageAtStart"), report.get("loadAverageAtEnd"));
    System.out.printf("%-34s %8s %7s %9s %9s %9s %9s%n", "operation", "requests", "errors", "p50 ms", "p95 ms",
        "p99 ms", "max ms");
    ((Map<String, Map<String, Object>>) report.get("millisByOperation")).forEach((operation, f) ->
        System.out.printf("%-34s %8s %7s %9s %9s %9s %9s%n", operation, f.get("requests"), f.get("errors"),
            f.get("p50"), f.get("p95"), f.get("p99"), f.get("max")));
    System.out.printf("requests %s (%s/s), errors %s, tasks completed %s %s, incidents %s%n", report.get("requests"),
        report.get("requestsPerSecond"), report.get("errors"), report.get("tasksCompleted"),
        report.get("completionsByTask"), report.get("incidents"));
    System.out.printf("records checked %s; problems %s%n", report.get("integrityChecked"),
        report.get("integrityProblems"));
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.createDirectories(OUTPUT);
    String name = String.format("load-%su-%sm.json", report.get("users"), report.get("minutes"));
    json.writeValue(OUTPUT.resolve(name).toFile(), report);
    json.writeValue(OUTPUT.resolve("load-latest.json").toFile(), report);
    System.out.println("Figures: " + OUTPUT.resolve(name));
  }
}
