package org.socialcare.supervision.common;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.socialcare.supervision.common.BadSubmissions.BadSubmission;
import org.socialcare.supervision.common.BadSubmissions.Target;
import org.socialcare.supervision.common.ModelFiles.Form;
import org.socialcare.supervision.common.ModelFiles.FormElement;
import org.socialcare.supervision.common.OpenForm.Where;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad input through both engine APIs - {@code /engine-rest}, as anyone with a login can send it past
 * Tasklist's form, and the webapps' own, as Tasklist posts it, batch and batch about
 * (issue 8, "Bad input"): every form a {@link FormScenarios} bean reaches gets a few hundred
 * submissions generated from the form's JSON and a valid submission ({@link BadSubmissions}) -
 * required values missing, wrong types, bad formats, dates out of order, oversized text, unknown
 * people and cases, random combinations - each posted as the form's user. Every one must be
 * answered 4xx (the application answers 400) with a JSON message naming the field, and leave the task open and assigned as it was,
 * the process's variables and the application's tables unchanged. Then the valid submission with
 * markup and formulas in its free text must be accepted and stored exactly as typed.
 *
 * <p>The generator's {@link Random} is seeded ({@code -Dfuzz.seed}, printed with every failure),
 * so a run can be repeated; {@code -Dfuzz.submissions} sets how many per form (default 200),
 * {@code -Dfuzz.only=UserTask_DraftContract} runs the forms whose key contains that text.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BadSubmissionFuzzTest {

  private static final long SEED = Long.getLong("fuzz.seed", 20_260_302L);
  private static final int PER_FORM = Integer.getInteger("fuzz.submissions", 200);
  /** Only the forms whose "process-key/ElementId" contains this, to repeat one form's run. */
  private static final String ONLY = System.getProperty("fuzz.only", "");
  /**
   * Submissions posted at once, several at a time: nothing a refused submission does reaches the
   * database, so they cannot disturb each other. The task, its variables and the application's
   * tables are compared after each batch; each answer is judged on its own.
   */
  private static final int BATCH = 20;
  private static final int THREADS = Integer.getInteger("fuzz.threads", 4);
  /** Submissions wrongly accepted before a form's run stops: each one costs a fresh process. */
  private static final int MAX_ACCEPTED = 5;
  private static final String TAMPERED = "changed by a client of the REST API";

  @Autowired
  List<FormScenarios> features;
  @Autowired
  ProcessEngine engine;
  @LocalServerPort
  int port;
  @Autowired
  DataSource dataSource;

  private static final ExecutorService POSTING = Executors.newFixedThreadPool(THREADS);
  private final HttpClient http = HttpClient.newHttpClient();
  /** Each user's Tasklist login, kept as a browser keeps it. */
  private final Map<String, WebappSession> tasklistSessions = new ConcurrentHashMap<>();

  /**
   * The REST API finds its engine by name in a static registry, where the engine of any test context
   * built later under the same name ("default") replaces this one; this context's engine answers here,
   * and the fixtures' assertions (camunda-bpm-assert) look at it too.
   */
  @BeforeEach
  void restApiUsesThisEngine() {
    ProcessEngines.registerProcessEngine(engine);
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void stopPosting() {
    POSTING.shutdownNow();
  }

  @TestFactory
  Stream<DynamicTest> everyFormRefusesBadSubmissionsAndChangesNothing() {
    Map<String, Supplier<OpenForm>> scenarios = new LinkedHashMap<>();
    features.forEach(feature -> scenarios.putAll(feature.forms()));
    Map<String, Form> forms = ModelFiles.formsById();
    Map<String, FormElement> elements = new LinkedHashMap<>();
    ModelFiles.formElements().forEach(element -> elements.put(element.key(), element));
    DatabaseState database = new DatabaseState(dataSource);
    return scenarios.entrySet().stream().filter(scenario -> elements.containsKey(scenario.getKey()))
        .filter(scenario -> scenario.getKey().contains(ONLY))
        .map(scenario -> dynamicTest(scenario.getKey(), () -> new Run(elements.get(scenario.getKey()),
            forms.get(elements.get(scenario.getKey()).formRef()), scenario.getValue(), database).run()));
  }

  /** One form's fuzzing, from a fresh process (reopened after a submission was wrongly accepted). */
  private final class Run {
    private final String key;
    private final FormElement element;
    private final Form form;
    private final Supplier<OpenForm> scenario;
    private final DatabaseState database;
    private final long seed;
    private final List<String> problems = new ArrayList<>();
    private int accepted;
    private long postingNanos;
    private long checkingNanos;

    Run(FormElement element, Form form, Supplier<OpenForm> scenario, DatabaseState database) {
      this.key = element.key();
      this.element = element;
      this.form = form;
      this.scenario = scenario;
      this.database = database;
      this.seed = SEED ^ key.hashCode();
    }

    void run() {
      long started = System.nanoTime();
      Opened opened = open();
      int total = opened.submissions().size();
      int index = 0;
      Map<String, String> tablesBefore = database.applicationContent();
      while (index < total && accepted < MAX_ACCEPTED) {
        Opened current = opened;
        int from = index;
        int to = Math.min(total, index + BATCH);
        List<BadSubmission> batch = current.submissions().subList(from, to);
        long posting = System.nanoTime();
        // Every other batch as Tasklist posts it, to its own engine API with a login; the rest to /engine-rest.
        boolean viaTasklist = (from / BATCH) % 2 == 1;
        List<HttpResponse<String>> answers = postAll(current.where(), batch, viaTasklist);
        long checking = System.nanoTime();
        postingNanos += checking - posting;
        boolean anyAccepted = false;
        for (int i = 0; i < batch.size(); i++) {
          String problem = judge(batch.get(i), answers.get(i));
          anyAccepted |= answers.get(i).statusCode() / 100 == 2;
          if (problem != null) {
            problems.add("#" + (from + i) + " " + batch.get(i).description() + " -> " + problem);
          }
        }
        String after = current.state();
        Map<String, String> tablesAfter = database.applicationContent();
        checkingNanos += System.nanoTime() - checking;
        if (!after.equals(current.stateBefore())) {
          problems.add("submissions #" + from + " to #" + (to - 1) + " changed the task or its variables: "
              + Opened.difference(current.stateBefore(), after));
          anyAccepted = true;
        } else if (!tablesAfter.equals(tablesBefore)) {
          problems.add("submissions #" + from + " to #" + (to - 1) + " changed the application's tables: "
              + changed(tablesBefore, tablesAfter));
        }
        index = to;
        if (anyAccepted) {
          accepted++;
          opened = open();
          tablesAfter = database.applicationContent();
        }
        tablesBefore = tablesAfter;
      }
      if (accepted >= MAX_ACCEPTED) {
        problems.add("stopped after " + accepted + " batches with a submission wrongly accepted");
      }
      if (accepted == 0) {
        acceptTheValidSubmissionWithPayloads(opened);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      System.out.printf("Bad input: %s (%s): %d bad submissions in %.1f s (posting %.1f s, checking %.1f s), seed %d%s%n",
          key, form.id(), total, seconds, postingNanos / 1e9, checkingNanos / 1e9, seed, problems.isEmpty() ? ", every one refused naming the field, nothing changed" : ", " + problems.size()
              + " problems");
      if (!problems.isEmpty()) {
        throw new AssertionError(key + " (" + form.id() + "), seed " + seed + " (-Dfuzz.seed=" + SEED + "): "
            + problems.size() + " problems:\n  " + String.join("\n  ", problems.subList(0, Math.min(40,
                problems.size()))));
      }
    }

    /** The form in a fresh process, and the same bad submissions generated for it. */
    private Opened open() {
      ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
      OpenForm open = scenario.get();
      Where where = open.where();
      Map<String, Object> shown = where.isStartForm() ? Map.of()
          : engine.getTaskService().getVariables(where.taskId());
      Set<String> notFields = new TreeSet<>(shown.keySet());
      if (element.initiator() != null) {
        notFields.add(element.initiator());
      }
      form.fields().forEach(field -> notFields.remove(field.key().split("\\.")[0]));
      LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      BadSubmissions generator = new BadSubmissions(new Target(form, open.validSubmission(), shown, notFields, today),
          new Random(seed));
      Opened opened = new Opened(where, generator, generator.generate(PER_FORM), database);
      return opened;
    }

    /** Null when the answer is a clean refusal naming one of the bad fields; else what is wrong with it. */
    private String judge(BadSubmission submission, HttpResponse<String> answer) {
      int status = answer.statusCode();
      if (status < 400 || status >= 500) {
        return "answered " + status + " " + abbreviate(answer.body());
      }
      JsonNode body = RestValues.tree(answer.body());
      if (body == null || !body.has("message")) {
        return "answered " + status + " without a JSON message: " + abbreviate(answer.body());
      }
      Set<String> named = submission.badFields();
      JsonNode fieldErrors = body.path("fieldErrors");
      for (String field : named) {
        if (fieldErrors.has(field) || body.path("message").asText().contains(field)) {
          return null;
        }
      }
      return "answered " + status + " naming none of " + named + ": " + abbreviate(answer.body());
    }

    private void acceptTheValidSubmissionWithPayloads(Opened opened) {
      Map<String, String> payloads = new LinkedHashMap<>();
      opened.generator().fields().forEach(field -> payloads.put(field.key(), Payloads.of(field.key())));
      Map<String, Object> submission = opened.generator().validWithPayloads(payloads);
      // A read-only field is shown, not taken back: what a client sends for it must not be stored.
      List<String> readOnly = form.fields().stream().filter(ModelFiles.FormField::readOnly)
          .map(ModelFiles.FormField::key).filter(field -> !field.contains(".")).toList();
      readOnly.forEach(field -> submission.put(field, RestValues.string(TAMPERED)));
      HttpResponse<String> answer = post(opened.where(), submission, (seed & 1) == 1);
      if (answer.statusCode() / 100 != 2) {
        problems.add("the valid submission with markup in its free text and every list row filled in was refused: "
            + answer.statusCode() + " " + abbreviate(answer.body()));
        return;
      }
      if (!opened.where().isStartForm()) {
        engine.getHistoryService().createHistoricVariableInstanceQuery()
            .processInstanceIdIn(opened.where().processInstanceId()).list().stream()
            .filter(variable -> TAMPERED.equals(variable.getValue()))
            .forEach(variable -> problems.add("read-only field " + variable.getName() + " was stored as a client sent it"));
      }
      submission.forEach((name, value) -> {
        String payload = payloads.get(name);
        if (payload == null || !payload.equals(((Map<?, ?>) value).get("value"))) {
          return;
        }
        for (String cell : database.cellsContaining(Payloads.marker(name))) {
          if (!cell.contains(payload)) {
            problems.add(name + " was not stored as typed: " + abbreviate(cell));
          }
        }
      });
    }

    private List<HttpResponse<String>> postAll(Where where, List<BadSubmission> batch, boolean viaTasklist) {
      List<Future<HttpResponse<String>>> futures = batch.stream()
          .map(submission -> POSTING.submit(() -> post(where, submission.variables(), viaTasklist))).toList();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (var future : futures) {
        try {
          answers.add(future.get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        } catch (ExecutionException e) {
          throw new IllegalStateException(e.getCause());
        }
      }
      return answers;
    }

    private HttpResponse<String> post(Where where, Map<String, Object> variables, boolean viaTasklist) {
      if (viaTasklist) {
        return viaTasklist(where, variables);
      }
      String login = where.userId() + ":" + TestOrganisation.PASSWORD;
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + where.submitPath()))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(RestValues.write(Map.of("variables", variables)))).build();
      try {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  /** As Tasklist posts a form: to the webapps' own engine API, in the user's logged-in session. */
  private HttpResponse<String> viaTasklist(Where where, Map<String, Object> variables) {
    try {
      WebappSession session = tasklistSessions.computeIfAbsent(where.userId(), user -> {
        WebappSession loggedIn = new WebappSession(port);
        try {
          if (loggedIn.login(user, TestOrganisation.PASSWORD, "tasklist") != 200) {
            throw new IllegalStateException(user + " could not log in to Tasklist");
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
        return loggedIn;
      });
      return session.post(where.submitPath(WebappSession.ENGINE_API), RestValues.write(Map.of("variables", variables)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A form open in a fresh process, its state before anything was posted, and what will be posted. */
  private record Opened(Where where, BadSubmissions generator, List<BadSubmission> submissions,
      DatabaseState database, String stateBefore) {

    Opened(Where where, BadSubmissions generator, List<BadSubmission> submissions, DatabaseState database) {
      this(where, generator, submissions, database, stateOf(where, database));
    }

    String state() {
      return stateOf(where, database);
    }

    /** The lines of one state that the other does not have, briefly. */
    static String difference(String before, String after) {
      List<String> gone = new ArrayList<>(List.of(before.split("\n")));
      List<String> added = new ArrayList<>(List.of(after.split("\n")));
      gone.removeAll(List.of(after.split("\n")));
      added.removeAll(List.of(before.split("\n")));
      return "was " + gone.stream().map(BadSubmissionFuzzTest::abbreviate).toList() + ", now "
          + added.stream().map(BadSubmissionFuzzTest::abbreviate).toList();
    }

    private static String stateOf(Where where, DatabaseState database) {
      return where.isStartForm() ? "started " + database.instancesOf(where.processDefinitionId())
          : database.task(where.taskId()) + "\n" + database.variablesOf(where.processInstanceId());
    }
  }

  private static String changed(Map<String, String> before, Map<String, String> after) {
    List<String> changed = new ArrayList<>();
    after.forEach((table, content) -> {
      if (!content.equals(before.get(table))) {
        changed.add(table + " " + before.get(table) + " -> " + content);
      }
    });
    return String.join(", ", changed);
  }

  private static String abbreviate(String text) {
    return text == null ? "(no body)" : text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
