package org.socialcare.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application killed with kill -9 while asynchronous steps and a timer are running: after a
 * restart on the same database everything finishes, once. Five contracts come into force at the
 * same moment (ServiceTask_PutContractInForce, asynchronous: books the year's sessions and mails
 * the schedule to both) while the daily compliance reminders' timer fires; the process is killed
 * as soon as the first schedule is mailed. Afterwards each contract is in force once with one
 * schedule, the reminders ran once, and every notification was mailed at most once - exactly
 * once, unless the kill came while it was being handed to the mail server.
 */
class CrashRecoveryIT {

  private static final String MANAGER = "tom.mason";
  private static final String SCHEDULE_MAILED = "Supervision schedule booked";
  private static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  @TempDir
  Path workingDirectory;
  PackagedApplication application;
  GreenMail mailServer;

  @BeforeEach
  void theJarWithAMailServer() throws Exception {
    int smtpPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      smtpPort = socket.getLocalPort();
    }
    mailServer = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
        .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
    mailServer.start();
    application = new PackagedApplication(workingDirectory,
        "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtpPort,
        // A job the killed process had locked is taken again when its lock expires: 5 minutes by
        // default; one minute, about the time the restart takes here, and longer than a job runs.
        "--camunda.bpm.job-execution.lock-time-in-millis=60000",
        // What the kill left unmailed goes out on the outbox's next check: every minute by default.
        "--supervision.mail.outbox-check=PT3S");
  }

  @AfterEach
  void stop() throws Exception {
    application.stop();
    mailServer.stop();
    // Both runs' log, kept after the temporary directory is gone.
    java.nio.file.Files.copy(application.log(), Path.of("target", "crash-recovery-it.log"),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void killedWhileContractsComeIntoForceAndRemindersAreSentEverythingCompletesOnceAfterTheRestart() throws Exception {
    application.start();
    String putInForce = application.get("admin",
        "/engine-rest/job-definition?activityIdIn=ServiceTask_PutContractInForce").get(0).get("id").asText();
    // Held back while the contracts are signed, so all five are due at the same moment.
    application.put("admin", "/engine-rest/job-definition/" + putInForce + "/suspended",
        Map.of("suspended", true, "includeJobs", true));
    List<String> supervisees = signAllDraftsOf(MANAGER);
    assertThat(supervisees).hasSize(5);
    assertThat(count("/engine-rest/job/count?jobDefinitionId=" + putInForce + "&suspended=true")).isEqualTo(5);
    String remindersTimer = application.get("admin",
        "/engine-rest/job?processDefinitionKey=compliance-reminders&timers=true").get(0).get("id").asText();

    application.put("admin", "/engine-rest/job-definition/" + putInForce + "/suspended",
        Map.of("suspended", false, "includeJobs", true));
    application.put("admin", "/engine-rest/job/" + remindersTimer + "/duedate",
        Map.of("duedate", ENGINE_DATE.format(OffsetDateTime.now().minusMinutes(1))));
    waitUntil(Duration.ofSeconds(90), Duration.ofMillis(10), () -> schedulesMailedFor(supervisees) > 0,
        "the first schedule mailed");
    application.kill();

    int mailedBeforeTheKill = schedulesMailedFor(supervisees);
    System.out.printf("Killed with %d of %d schedules mailed%n", mailedBeforeTheKill, 2 * supervisees.size());
    assertThat(mailedBeforeTheKill).as("killed before all the work was done").isLessThan(2 * supervisees.size());

    application.start();
    waitUntil(Duration.ofSeconds(120), Duration.ofSeconds(1),
        () -> count("/engine-rest/job/count?jobDefinitionId=" + putInForce) == 0
            && count("/engine-rest/history/process-instance/count?processDefinitionKey=compliance-reminders") > 0
            && count("/engine-rest/process-instance/count?processDefinitionKey=compliance-reminders") == 0,
        "the contracts in force and the reminders sent");
    assertThat(count("/engine-rest/history/process-instance/count?processDefinitionKey=compliance-reminders"))
        .as("the daily reminders ran once").isEqualTo(1);
    assertThat(count("/engine-rest/job/count?processDefinitionKey=compliance-reminders&timers=true"))
        .as("and wait for tomorrow").isEqualTo(1);
    waitForTheOutboxToEmpty();
    application.stop();

    try (Connection database = DriverManager.getConnection(
        "jdbc:h2:file:" + workingDirectory.resolve("data/supervision").toAbsolutePath(), "sa", "")) {
      for (String supervisee : supervisees) {
        assertThat(number(database, "select count(*) from supervision_contract where supervisee_id = ? "
            + "and status = 'IN_FORCE'", supervisee)).as("contracts in force for " + supervisee).isEqualTo(1);
        int sessions = number(database, "select count(*) from booked_session where supervisee_id = ?", supervisee);
        assertThat(sessions).as("sessions booked for " + supervisee).isPositive()
            .isEqualTo(number(database, "select count(distinct scheduled_at) from booked_session "
                + "where supervisee_id = ?", supervisee));
        assertThat(number(database, "select count(*) from notification where recipient_id = ? and subject = ?",
            supervisee, SCHEDULE_MAILED)).as("schedules sent to " + supervisee).isEqualTo(1);
      }
      assertThat(number(database, "select count(*) from notification where recipient_id = ? and subject = ?",
          MANAGER, SCHEDULE_MAILED)).as("schedules sent to the supervisor").isEqualTo(supervisees.size());
      assertThat(number(database, "select count(*) from notification where mail_status in ('PENDING', 'FAILED')"))
          .as("notifications left unmailed").isZero();
      assertEveryNotificationMailedOnce(database);
    }
  }

  /** Each notification's mail arrived once; one the kill interrupted while sending (SENDING) at most once. */
  private void assertEveryNotificationMailedOnce(Connection database) throws Exception {
    Map<String, Integer> mailed = new HashMap<>();
    Map<String, Integer> interrupted = new HashMap<>();
    try (ResultSet rows = database.createStatement().executeQuery(
        "select recipient_email, subject, body, mail_status from notification where recipient_email is not null")) {
      while (rows.next()) {
        String key = rows.getString(1) + " | " + rows.getString(2) + " | " + normalised(rows.getString(3));
        (rows.getString(4).equals("SENDING") ? interrupted : mailed).merge(key, 1, Integer::sum);
      }
    }
    Map<String, Integer> received = new HashMap<>();
    for (MimeMessage message : mailServer.getReceivedMessages()) {
      String key = message.getAllRecipients()[0] + " | " + message.getSubject() + " | " + text(message);
      received.merge(key, 1, Integer::sum);
    }
    System.out.printf("%d notifications mailed, %d interrupted by the kill, %d mails received%n",
        mailed.values().stream().mapToInt(Integer::intValue).sum(), interrupted.size(), received.size());
    for (Map.Entry<String, Integer> mail : received.entrySet()) {
      int expected = mailed.getOrDefault(mail.getKey(), 0);
      assertThat(mail.getValue()).as("mails received: " + mail.getKey())
          .isBetween(expected, expected + interrupted.getOrDefault(mail.getKey(), 0));
      assertThat(expected + interrupted.getOrDefault(mail.getKey(), 0)).as("stored: " + mail.getKey()).isPositive();
    }
    mailed.forEach((key, times) -> assertThat(received.getOrDefault(key, 0)).as("mailed: " + key).isEqualTo(times));
  }

  /** The manager drafts each contract on the terms the form proposes; supervisor and supervisee sign. */
  private List<String> signAllDraftsOf(String manager) throws Exception {
    List<String> supervisees = new ArrayList<>();
    for (JsonNode draft : application.get(manager,
        "/engine-rest/task?assignee=" + manager + "&taskDefinitionKey=UserTask_DraftContract")) {
      String instance = draft.get("processInstanceId").asText();
      JsonNode proposed = application.get(manager, "/engine-rest/task/" + draft.get("id").asText() + "/form-variables");
      Map<String, Object> terms = new LinkedHashMap<>();
      for (String field : List.of("format", "frequency", "durationMinutes", "standards", "reviewDate",
          "disagreementManagerId")) {
        terms.put(field, Map.of("value", proposed.get(field).get("value"), "type",
            proposed.get(field).get("type").asText()));
      }
      terms.put("keyTasks", Map.of("value", "Assessments and child in need plans", "type", "String"));
      application.post(manager, "/engine-rest/task/" + draft.get("id").asText() + "/submit-form",
          Map.of("variables", terms));
      String supervisee = application.get(manager, "/engine-rest/process-instance/" + instance).get("businessKey")
          .asText();
      submit(manager, instance, "UserTask_SupervisorSignsContract", Map.of("supervisorSigns",
          Map.of("value", true, "type", "Boolean")));
      submit(supervisee, instance, "UserTask_SuperviseeSignsContract", Map.of("superviseeDecision",
          Map.of("value", "sign", "type", "String")));
      supervisees.add(supervisee);
    }
    return supervisees;
  }

  private void submit(String user, String instance, String taskKey, Map<String, Object> variables) throws Exception {
    String task = application.get(user, "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey="
        + taskKey).get(0).get("id").asText();
    application.post(user, "/engine-rest/task/" + task + "/submit-form", Map.of("variables", variables));
  }

  /** Schedule mails about the five supervisees, to them or to their supervisor. */
  private int schedulesMailedFor(List<String> supervisees) {
    int mailed = 0;
    for (MimeMessage message : mailServer.getReceivedMessages()) {
      try {
        String body = text(message);
        if (SCHEDULE_MAILED.equals(message.getSubject()) && supervisees.stream().anyMatch(s -> body.contains(nameOf(s)))) {
          mailed++;
        }
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    return mailed;
  }

  /** The text of a mail, without the files attached to it. */
  private static String text(MimeMessage message) throws Exception {
    Object content = message.getContent();
    while (content instanceof Multipart parts) {
      content = parts.getBodyPart(0).getContent();
    }
    return normalised(content.toString());
  }

  private static String normalised(String text) {
    return text.replace("\r\n", "\n").trim();
  }

  /** priya.shah is Priya Shah in the demo organisation. */
  private static String nameOf(String userId) {
    String[] parts = userId.split("\\.");
    return Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1) + " "
        + Character.toUpperCase(parts[1].charAt(0)) + parts[1].substring(1);
  }

  private int count(String path) {
    try {
      return application.get("admin", path).get("count").asInt();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Until no mail has arrived for two outbox checks. */
  private void waitForTheOutboxToEmpty() throws InterruptedException {
    int before = -1;
    while (before != mailServer.getReceivedMessages().length) {
      before = mailServer.getReceivedMessages().length;
      Thread.sleep(6_000);
    }
  }

  private static void waitUntil(Duration limit, Duration every, BooleanSupplier done, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (!done.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
      Thread.sleep(every.toMillis());
    }
  }

  private static int number(Connection database, String sql, Object... parameters) throws Exception {
    try (PreparedStatement statement = database.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getInt(1);
      }
    }
  }
}
