package org.socialcare.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Camunda 7's own clustering (README, "Several nodes on one PostgreSQL"): two nodes of the packaged
 * jar, {@code postgres} and {@code demo} profiles, on one real PostgreSQL (the embedded binaries from
 * Maven Central). They start together on an empty database; a task completed on one is gone on the
 * other; timers due at once run exactly once across both; and a node killed with jobs in flight
 * loses none of them. Both nodes' job executors run as shipped, except for a short lock time (how
 * long a dead node's jobs wait before another node takes them) and a short idle poll.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final String ADMIN = "admin";
  private static final String SUPERVISOR = "tom.mason";
  private static final Duration LOCK_TIME = Duration.ofSeconds(15);
  /** Guards against a hang, not measures: a loaded 2-core machine is slow. */
  private static final Duration GUARD = Duration.ofMinutes(3);
  private static final DateTimeFormatter REST_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  /** Each node's working directory and log ({@code application.log}), kept for a look after a failure. */
  private static final Path NODES = Path.of("target", "cluster");

  EmbeddedPostgres postgres;
  JdbcTemplate database;
  NamedParameterJdbcTemplate named;
  PackagedApplication nodeA;
  PackagedApplication nodeB;

  @BeforeAll
  void twoNodesStartTogetherOnAnEmptyDatabase() throws Exception {
    FileSystemUtils.deleteRecursively(NODES);
    postgres = EmbeddedPostgres.builder().start();
    database = new JdbcTemplate(postgres.getPostgresDatabase());
    named = new NamedParameterJdbcTemplate(database);
    nodeA = node("node-a");
    nodeB = node("node-b");
    nodeA.launch();
    nodeB.launch();
    nodeA.awaitReady();
    nodeB.awaitReady();
  }

  @AfterAll
  void stop() throws Exception {
    if (nodeA != null) {
      nodeA.stop();
    }
    if (nodeB != null) {
      nodeB.stop();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  @Order(1)
  void theNodesStartedTogetherSeedTheDemoOnceAndDeployTheModelsOnce() throws Exception {
    assertThat(database.queryForObject("select count(*) from staff_member", Integer.class))
        .as("the demo organisation, once").isEqualTo(58);
    assertThat(nodeB.get(ADMIN, "/engine-rest/deployment/count?name=supervision-models").get("count").asInt())
        .as("one deployment of the models").isEqualTo(1);
    assertThat(database.queryForList("""
        select business_key_ from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
        where e.parent_id_ is null and d.key_ = 'supervision-contract'
        group by business_key_ having count(*) > 1""", String.class))
        .as("people with two contract processes").isEmpty();
  }

  @Test
  @Order(2)
  void aTaskCompletedOnOneNodeIsGoneOnTheOtherWhichShowsTheNextTask() throws Exception {
    JsonNode draft = nodeA.get(SUPERVISOR,
        "/engine-rest/task?assignee=" + SUPERVISOR + "&taskDefinitionKey=UserTask_DraftContract").get(0);
    String taskId = draft.get("id").asText();
    String instance = draft.get("processInstanceId").asText();

    nodeA.post(SUPERVISOR, "/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", termsProposedBy(nodeA.get(SUPERVISOR, "/engine-rest/task/" + taskId + "/form-variables"))));

    assertThat(nodeB.status(SUPERVISOR, "/engine-rest/task/" + taskId)).as("the drafted task on node B").isEqualTo(404);
    List<String> next = new ArrayList<>();
    nodeB.get(SUPERVISOR, "/engine-rest/task?processInstanceId=" + instance)
        .forEach(task -> next.add(task.get("taskDefinitionKey").asText()));
    assertThat(next).as("on node B: both sign the contract")
        .containsExactlyInAnyOrder("UserTask_SupervisorSignsContract", "UserTask_SuperviseeSignsContract");
  }

  @Test
  @Order(3)
  void timersDueAtOnceRunExactlyOnceAcrossBothNodes() throws Exception {
    // Every draft contract's reminder to its supervisor, and the later word to their line manager, falls due now.
    List<String> jobs = new ArrayList<>();
    for (JsonNode definition : nodeA.get(ADMIN, "/engine-rest/job-definition?activityIdIn=UserTask_DraftContract")) {
      nodeA.get(ADMIN, "/engine-rest/job?jobDefinitionId=" + definition.get("id").asText())
          .forEach(job -> jobs.add(job.get("id").asText()));
    }
    int draftTasks = nodeA.get(ADMIN, "/engine-rest/task/count?taskDefinitionKey=UserTask_DraftContract").get("count").asInt();
    assertThat(jobs).as("two reminders per draft contract").hasSize(2 * draftTasks);
    long notificationsBefore = database.queryForObject("select coalesce(max(id), 0) from notification", Long.class);

    String now = OffsetDateTime.now().minusMinutes(1).format(REST_DATE);
    for (int i = 0; i < jobs.size(); i++) {
      (i % 2 == 0 ? nodeA : nodeB).put(ADMIN, "/engine-rest/job/" + jobs.get(i) + "/duedate", Map.of("duedate", now));
    }
    awaitGone(jobs);

    assertThat(count("select count(*) from act_hi_job_log where job_id_ in (:jobs) and job_state_ = 2", jobs))
        .as("successful runs, one per job").isEqualTo(jobs.size());
    assertThat(named.queryForList("""
        select job_id_ from act_hi_job_log where job_id_ in (:jobs) and job_state_ = 2
        group by job_id_ having count(*) > 1""", Map.of("jobs", jobs), String.class)).as("jobs run twice").isEmpty();
    assertThat(named.queryForList("select distinct hostname_ from act_hi_job_log where job_id_ in (:jobs) and job_state_ = 2",
        Map.of("jobs", jobs), String.class)).as("nodes that ran them").containsExactlyInAnyOrder("node-a", "node-b");
    assertThat(database.queryForObject("select count(*) from notification where id > ? and subject = ?", Integer.class,
        notificationsBefore, "Due: Draft supervision contract")).as("supervisors reminded, once per contract")
        .isEqualTo(draftTasks);
    assertThat(database.queryForList("""
        select recipient_id from notification where id > ?
        group by recipient_id, subject, body having count(*) > 1""", String.class, notificationsBefore))
        .as("notifications sent twice").isEmpty();
  }

  @Test
  @Order(4)
  void aNodeKilledWithJobsInFlightLosesNoneAndDoublesNone() throws Exception {
    List<String> jobs = database.queryForList("""
        select j.id_ from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
        where d.act_id_ = 'TimerEvent_PreparationOpens'""", String.class);
    List<String> instances = named.queryForList("select distinct process_instance_id_ from act_ru_job where id_ in (:jobs)",
        Map.of("jobs", jobs), String.class);
    assertThat(jobs).as("sessions waiting to open their agenda").hasSizeGreaterThan(10);
    Map<String, Integer> lockedAtKill;

    try (Connection holder = postgres.getPostgresDatabase().getConnection()) {
      // Every session's process instance is held, so each node's job threads stop in the middle of
      // their transactions (as a slow step would) and stay there until node A is killed.
      holder.setAutoCommit(false);
      try (Statement hold = holder.createStatement()) {
        hold.executeQuery("select id_ from act_ru_execution where proc_inst_id_ in ('"
            + String.join("','", instances) + "') for update");
      }
      // The week before each session has come: every agenda opens now.
      named.update("update act_ru_job set duedate_ = now() - interval '1 minute' where id_ in (:jobs)",
          Map.of("jobs", jobs));
      await("both nodes hold some of the jobs", () -> locksByOwner(jobs).size() == 2);
      lockedAtKill = locksByOwner(jobs);

      nodeA.kill();
      holder.rollback();
    }
    System.out.printf("Jobs locked per job executor when node A was killed: %s%n", lockedAtKill.values());

    awaitGone(jobs);
    assertThat(named.queryForList("""
        select process_instance_id_ from (
          select proc_inst_id_ as process_instance_id_, task_def_key_ from act_hi_taskinst
          where proc_inst_id_ in (:instances)
            and task_def_key_ in ('UserTask_SuperviseeAddsAgenda', 'UserTask_SupervisorAddsAgenda')) agenda
        group by process_instance_id_ having count(*) <> 2""", Map.of("instances", instances), String.class))
        .as("sessions without exactly one agenda task each for supervisee and supervisor").isEmpty();
    assertThat(count("select count(*) from act_hi_job_log where job_id_ in (:jobs) and job_state_ = 2", jobs))
        .as("successful runs, one per job").isEqualTo(jobs.size());
    assertThat(named.queryForList("select distinct hostname_ from act_hi_job_log where job_id_ in (:jobs) and job_state_ = 2",
        Map.of("jobs", jobs), String.class)).as("node A committed none of the jobs it held").containsExactly("node-b");
    assertThat(nodeB.get(ADMIN, "/engine-rest/incident/count").get("count").asInt()).as("incidents").isZero();
    assertThat(nodeB.get(ADMIN, "/engine-rest/task/count?taskDefinitionKey=UserTask_SupervisorAddsAgenda")
        .get("count").asInt()).as("node B serves the agendas").isEqualTo(instances.size());
  }

  private PackagedApplication node(String name) {
    return new PackagedApplication(NODES.resolve(name),
        "--spring.profiles.active=postgres,demo",
        "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
        "--spring.datasource.username=postgres",
        "--spring.datasource.password=postgres",
        // Jobs held in the middle of their transactions keep their connections: room for the rest.
        "--spring.datasource.hikari.maximum-pool-size=20",
        "--SUPERVISION_NODE_NAME=" + name,
        "--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_TIME.toMillis(),
        "--camunda.bpm.job-execution.max-wait=2000")
        .withJvmOptions("-XX:TieredStopAtLevel=1");
  }

  /** The contract's terms as the form proposes them, as Tasklist submits them (keyTasks is for the supervisor to write). */
  private static Map<String, Object> termsProposedBy(JsonNode formVariables) {
    Map<String, Object> variables = new HashMap<>();
    for (String field : List.of("format", "frequency", "durationMinutes", "standards", "reviewDate",
        "disagreementManagerId")) {
      JsonNode variable = formVariables.get(field);
      variables.put(field, Map.of("value", variable.get("value"), "type", variable.get("type").asText()));
    }
    variables.put("keyTasks", Map.of("value", "Assessments and child in need plans", "type", "String"));
    return variables;
  }

  private Map<String, Integer> locksByOwner(List<String> jobs) {
    Map<String, Integer> owners = new HashMap<>();
    named.query("""
        select lock_owner_, count(*) as locked from act_ru_job
        where id_ in (:jobs) and lock_owner_ is not null group by lock_owner_""", Map.of("jobs", jobs),
        row -> {
          owners.put(row.getString(1), row.getInt(2));
        });
    return owners;
  }

  private int count(String sql, List<String> jobs) {
    return named.queryForObject(sql, new MapSqlParameterSource("jobs", jobs), Integer.class);
  }

  private void awaitGone(List<String> jobs) throws InterruptedException {
    await("every job run", () -> count("select count(*) from act_ru_job where id_ in (:jobs)", jobs) == 0);
  }

  private static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long started = System.nanoTime();
    while (!condition.getAsBoolean()) {
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waiting for: " + what).isLessThan(GUARD);
      Thread.sleep(200);
    }
  }
}
