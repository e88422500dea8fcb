package org.socialcare.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.compliance.SupervisionHistory;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.escalation.ConcernProcess;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.security.AccessMatrix.Cell;
import org.socialcare.supervision.security.AccessMatrix.Role;
import org.socialcare.supervision.security.AccessMatrix.Row;
import org.socialcare.supervision.security.AccessMatrixWorld.Targets;
import org.socialcare.supervision.security.AccessMatrixWorld.World;
import org.socialcare.supervision.session.SupervisionCover;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Issue 8, "Access": every row of {@code docs/access-matrix.md} for every role, over HTTP against the
 * running application - the engine REST API with HTTP Basic, the webapps' own API with a webapp login,
 * the application's REST API. Denied means 401, 403, 404 or an answer without the data, never the
 * data, and a denied change changes nothing. Then what no single row shows: a task handed to someone
 * else, a covering supervisor, and a leaver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {

  private static final AccessMatrix MATRIX = AccessMatrix.read();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)\\}");

  @LocalServerPort
  int port;
  @Autowired
  AccessMatrixWorld worldBuilder;
  @Autowired
  ProcessEngine engine;
  @Autowired
  TestOrganisation organisation;
  @Autowired
  ContractProcess contractProcess;
  @Autowired
  SupervisionHistory history;

  World world;
  Throwable unbuilt;
  Map<String, Predicate<Targets>> effects;
  final Map<String, Targets> deniedTargets = new HashMap<>();
  final Map<Role, WebSession> loggedIn = new EnumMap<>(Role.class);
  final Map<Role, WebSession> basic = new EnumMap<>(Role.class);

  /** Once for the class, but within a test: process test coverage records only while a test runs. */
  @BeforeEach
  void buildTheWorldOnce() {
    if (unbuilt != null) {
      throw new IllegalStateException("the world of the matrix could not be built", unbuilt);
    }
    if (world == null) {
      ClockUtil.reset();
      try {
        world = worldBuilder.build();
      } catch (RuntimeException | Error e) {
        unbuilt = e;
        throw e;
      }
      effects = worldBuilder.effects(world);
    }
  }

  @AfterAll
  void removeProbes() {
    worldBuilder.removeProbes();
  }

  @Test
  void theMatrixHasEveryRoleForEveryRowAndEachChangeIsChecked() {
    assertThat(MATRIX.rows()).isNotEmpty();
    assertThat(MATRIX.rows().stream().map(Row::id)).as("row ids").doesNotHaveDuplicates();
    assertThat(MATRIX.rows().stream().filter(Row::change).map(Row::id)).as("change rows with an effect check")
        .containsExactlyInAnyOrderElementsOf(effects.keySet());
    for (Row row : MATRIX.rows()) {
      assertThat(row.outcomes()).as(row.id()).hasSize(Role.values().length).containsValue("yes");
      if (row.change()) {
        assertThat(row.outcomes()).as(row.id() + ": a change is made or refused").doesNotContainValue("none");
      }
    }
  }

  Stream<Row> rows() {
    return MATRIX.rows().stream();
  }

  /** A row for every role; the report names each cell that does not hold. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void row(Row row) throws Exception {
    SoftAssertions softly = new SoftAssertions();
    for (Role role : Role.values()) {
      check(softly, new Cell(row, role));
    }
    softly.assertAll();
  }

  private void check(SoftAssertions softly, Cell cell) throws Exception {
    Row row = cell.row();
    String outcome = cell.outcome();
    Targets targets = (!row.change() ? new Targets(world.values())
        : outcome.equals("yes") ? worldBuilder.targets(world, row.request())
        : deniedTargets.computeIfAbsent(row.id(), id -> worldBuilder.targets(world, row.request())))
        .as(cell.role() == Role.AN ? "anonymous" : world.user(cell.role()));
    Answer answer = send(cell.role(), row.method(), resolve(row.path(), targets), resolve(row.body(), targets),
        targets);
    String shows = resolve(row.shows(), targets);
    String description = cell + " answered " + answer.status() + ": " + answer.excerpt();

    if (row.change()) {
      boolean changed = effects.get(row.id()).test(targets);
      if (outcome.equals("yes")) {
        softly.assertThat(answer.status()).as(description).isBetween(200, 299);
        softly.assertThat(changed).as(description + " - " + row.shows()).isTrue();
      } else {
        softly.assertThat(answer.status()).as(description).isEqualTo(Integer.parseInt(outcome));
        softly.assertThat(changed).as(description + " - but the change was made").isFalse();
      }
      return;
    }
    switch (outcome) {
      case "yes" -> {
        softly.assertThat(answer.status()).as(description).isBetween(200, 299);
        softly.assertThat(answer.text()).as(description).contains(shows);
      }
      case "none" -> {
        softly.assertThat(answer.status()).as(description).isEqualTo(200);
        softly.assertThat(answer.text()).as(description).doesNotContain(shows);
      }
      default -> {
        softly.assertThat(answer.status()).as(description).isEqualTo(Integer.parseInt(outcome));
        softly.assertThat(answer.text()).as(description).doesNotContain(shows);
      }
    }
  }

  @Test
  void aTaskHandedToSomeoneElseIsNoLongerTheFormerAssigneesToWorkNorToReadUnlessTheyReadTheFile() throws Exception {
    People people = organisation.create(LocalDate.now());
    ProcessInstance contract = contractProcess.start(people.practitioner());
    String task = engine.getTaskService().createTaskQuery().processInstanceId(contract.getId()).singleResult().getId();
    String stranger = people.otherTeamManager();

    assertThat(sendAsAdmin("POST", "/engine-rest/task/" + task + "/assignee", "{\"userId\": \"" + stranger + "\"}")
        .status()).isEqualTo(204);
    assertThat(basic(people.teamManager(), "POST", "/engine-rest/task/" + task + "/assignee",
        "{\"userId\": \"" + people.teamManager() + "\"}").status()).as("the former assignee may not take it back")
        .isEqualTo(403);
    // Refused as a conflict rather than 403: they still read the task, so they are told why (it was
    // passed on) and nothing is saved; someone who never had it gets 403 (SimultaneousCompletionTest).
    var late = basic(people.teamManager(), "POST", "/engine-rest/task/" + task + "/complete", "{}");
    assertThat(late.status()).as("nor complete it").isEqualTo(409);
    assertThat(late.text()).contains("passed to someone else");
    assertThat(engine.getTaskService().createTaskQuery().taskId(task).singleResult().getAssignee())
        .as("still the new assignee's").isEqualTo(stranger);
    assertThat(basic(people.teamManager(), "GET", "/engine-rest/task/" + task, "").status())
        .as("the supervisor still reads it: the file is theirs").isEqualTo(200);
    assertThat(basic(stranger, "GET", "/engine-rest/task/" + task, "").status()).as("the new assignee reads it")
        .isEqualTo(200);

    assertThat(sendAsAdmin("POST", "/engine-rest/task/" + task + "/assignee",
        "{\"userId\": \"" + people.teamManager() + "\"}").status()).isEqualTo(204);
    assertThat(basic(stranger, "GET", "/engine-rest/task/" + task, "").status())
        .as("handed back: the stranger to the file reads nothing").isEqualTo(404);
    assertThat(basic(stranger, "POST", "/engine-rest/task/" + task + "/complete", "{}").status()).isEqualTo(403);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn(stranger).resourceId(task).count())
        .isZero();
  }

  @Test
  void aCoveringSupervisorReadsTheSuperviseesFileWhileCoveringAndNoLonger() throws Exception {
    People people = organisation.create(LocalDate.now());
    String pat = people.practitioner();
    String cover = people.otherTeamManager();
    contractProcess.start(pat);
    history.held(pat, people.teamManager(), LocalDate.now().minusMonths(1), 90);
    ProcessInstance concern = ProcessTestCase.asUser(engine, pat, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ConcernProcess.KEY, Map.of("concern", "Sessions are always cut short")));
    String records = "/api/supervisees/" + pat + "/records";
    assertThat(worldBuilder.readableInstancesAbout(cover, pat)).as("before the cover").isZero();

    ProcessInstance absence = ProcessTestCase.asUser(engine, people.serviceManager(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SupervisionCover.PROCESS_KEY, Map.of("supervisorId", people.teamManager(),
            "firstDayAbsent", LocalDate.now().toString(), "expectedReturn", LocalDate.now().plusMonths(3).toString())));
    completeAs(people.serviceManager(), absence, Map.of("coverDecision", "cover", "coveringSupervisorId", cover));

    long about = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(pat).count();
    assertThat(worldBuilder.readableInstancesAbout(cover, pat)).as("every process about the supervisee but the concern")
        .isEqualTo(about - 1);
    assertThat(basic(cover, "GET", "/engine-rest/history/process-instance/" + concern.getId(), "").status())
        .as("a concern about the supervisor's practice is not the cover's either").isEqualTo(404);
    assertThat(basic(cover, "GET", records, "").status()).isEqualTo(200);
    assertThat(basic(people.otherServiceManager(), "GET", records, "").status())
        .as("the cover's own manager has no part in it").isEqualTo(404);

    engine.getManagementService().executeJob(engine.getManagementService().createJobQuery()
        .processInstanceId(absence.getId()).activityId("TimerEvent_ExpectedReturn").singleResult().getId());
    completeAs(people.serviceManager(), absence, Map.of("supervisorReturned", "yes"));

    assertThat(worldBuilder.readableInstancesAbout(cover, pat)).as("the supervisor is back").isZero();
    assertThat(basic(cover, "GET", records, "").status()).isEqualTo(404);
  }

  @Test
  void aLeaverIsInNoGroupHoldsNoGrantAndTheirPasswordNoLongerWorks() {
    String leaver = world.user(Role.LV);
    assertThat(engine.getIdentityService().createGroupQuery().groupMember(leaver).count()).isZero();
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().userIdIn(leaver).count()).isZero();
    assertThat(engine.getIdentityService().checkPassword(leaver, TestOrganisation.PASSWORD)).isFalse();
  }

  private void completeAs(String userId, ProcessInstance instance, Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    ProcessTestCase.asUser(engine, userId, () -> {
      engine.getTaskService().complete(task.getId(), variables);
      return null;
    });
  }

  private String resolve(String text, Targets targets) {
    Matcher matcher = PLACEHOLDER.matcher(text);
    StringBuilder resolved = new StringBuilder();
    while (matcher.find()) {
      String value = targets.value(matcher.group(1));
      if (value == null) {
        throw new IllegalStateException("the matrix names {" + matcher.group(1) + "}, which the test does not know");
      }
      matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(resolved);
    return resolved.toString();
  }

  // ---- over HTTP, as each role ----

  record Answer(int status, byte[] body) {

    String text() {
      return new String(body, StandardCharsets.ISO_8859_1);
    }

    String excerpt() {
      String text = text();
      return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
  }

  /**
   * As each role's client would: the webapps' API with a webapp login, everything else with HTTP
   * Basic - both through a session that holds the CSRF token the webapps' filter asks of every change
   * under {@code /api}.
   */
  private Answer send(Role role, String method, String path, String body, Targets targets) throws Exception {
    boolean webapp = path.startsWith("/api/engine/") || path.startsWith("/api/cockpit/");
    WebSession session = webapp ? loggedIn.computeIfAbsent(role, this::logIn)
        : basic.computeIfAbsent(role, r -> new WebSession(r == Role.AN ? null : world.user(r), passwordOf(r)));
    if (body.equals("multipart")) {
      return session.send(multipartDeployment(session.request(path),
          AccessMatrixWorld.PROBE + targets.value("unique")));
    }
    return session.send(withBody(session.request(path), method, body));
  }

  private Answer basic(String userId, String method, String path, String body) throws Exception {
    return new WebSession(userId, TestOrganisation.PASSWORD).send(method, path, body);
  }

  private Answer sendAsAdmin(String method, String path, String body) throws Exception {
    return new WebSession(world.user(Role.ADM), worldBuilder.adminPassword()).send(method, path, body);
  }

  private String passwordOf(Role role) {
    return role == Role.ADM ? worldBuilder.adminPassword() : TestOrganisation.PASSWORD;
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static HttpRequest.Builder withBody(HttpRequest.Builder request, String method, String body) {
    if (body.isEmpty()) {
      return request.method(method, BodyPublishers.noBody());
    }
    return request.header("Content-Type", "application/json").method(method, BodyPublishers.ofString(body));
  }

  private static HttpRequest.Builder multipartDeployment(HttpRequest.Builder request, String name) {
    String boundary = "access-matrix-boundary";
    String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
        + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"probe.txt\"; filename=\"probe.txt\"\r\n"
        + "Content-Type: text/plain\r\n\r\nprobe\r\n--" + boundary + "--\r\n";
    return request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(BodyPublishers.ofString(body));
  }

  private static Answer exchange(HttpClient client, HttpRequest request) throws IOException, InterruptedException {
    var response = client.send(request, BodyHandlers.ofByteArray());
    return new Answer(response.statusCode(), response.body());
  }

  /** A browser's session with the webapps: logged in as the login page does it (anonymous and a leaver cannot). */
  private WebSession logIn(Role role) {
    WebSession session = new WebSession(null, null);
    if (role != Role.AN) {
      String form = "username=" + URLEncoder.encode(world.user(role), StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(passwordOf(role), StandardCharsets.UTF_8);
      int login;
      try {
        login = session.send(session.request("/api/admin/auth/user/default/login/welcome")
            .header("Content-Type", "application/x-www-form-urlencoded").POST(BodyPublishers.ofString(form))).status();
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
      assertThat(login).as("webapp login of " + role).isEqualTo(role == Role.LV ? 401 : 200);
    }
    return session;
  }

  /** A client with its cookies (the session and its CSRF token), and HTTP Basic credentials unless anonymous. */
  private final class WebSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
    private final String authorization;

    WebSession(String userId, String password) {
      this.authorization = userId == null ? null : "Basic " + Base64.getEncoder()
          .encodeToString((userId + ":" + password).getBytes(StandardCharsets.UTF_8));
      try {
        exchange(client, HttpRequest.newBuilder(uri("/api/admin/auth/user/default")).GET().build());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }

    HttpRequest.Builder request(String path) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, */*")
          .header("X-XSRF-TOKEN", csrfToken());
      return authorization == null ? request : request.header("Authorization", authorization);
    }

    Answer send(String method, String path, String body) throws IOException, InterruptedException {
      return send(withBody(request(path), method, body));
    }

    Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
      return exchange(client, request.build());
    }

    private String csrfToken() {
      return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
          .map(HttpCookie::getValue).findFirst().orElse("");
    }
  }
}
