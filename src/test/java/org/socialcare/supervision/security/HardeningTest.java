package org.socialcare.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Camunda 7 as its production checklist wants it (issue 8, "Hardening"): same-site cookies, a
 * password policy, login throttling, no expressions in ad-hoc task queries (nested or not), no H2
 * console, and no first-administrator set-up once an administrator exists. Over HTTP, as a browser
 * or a script would try it. Secure cookies and HSTS: {@link TlsHardeningTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class HardeningTest {

  @LocalServerPort
  int port;
  @Autowired
  TestOrganisation organisation;
  @Autowired
  IdentityService identityService;

  final HttpClient http = HttpClient.newHttpClient();
  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(LocalDate.now());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void theWebappsCookiesAreNeverSentFromAnotherSiteAndTheSessionCookieIsHiddenFromScripts() throws Exception {
    HttpResponse<String> page = http.send(get("/app/tasklist/default/").header("X-XSRF-TOKEN", "Fetch").build(),
        BodyHandlers.ofString());

    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement().satisfies(cookie ->
        assertThat(cookie).contains("SameSite=Strict").containsIgnoringCase("HttpOnly").doesNotContain("Secure"));
    assertThat(cookies).filteredOn(cookie -> cookie.startsWith("XSRF-TOKEN=")).singleElement().satisfies(cookie ->
        assertThat(cookie).contains("SameSite=Strict"));
  }

  @Test
  void aWeakPasswordIsRefusedAndAStrongOneAccepted() {
    User user = identityService.newUser("weak.password");
    user.setPassword("demo");
    assertThatThrownBy(() -> identityService.saveUser(user)).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("Password does not match policy");

    user.setPassword("Strong-enough-passw0rd");
    identityService.saveUser(user);
    assertThat(identityService.checkPassword("weak.password", "Strong-enough-passw0rd")).isTrue();
  }

  @Test
  void afterAWrongPasswordEvenTheRightOneIsRefusedUntilTheDelayHasPassed() {
    String user = people.practitioner();
    assertThat(identityService.checkPassword(user, "Wrong-passw0rd")).isFalse();
    assertThat(identityService.checkPassword(user, TestOrganisation.PASSWORD)).as("within the delay").isFalse();

    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(2))));
    assertThat(identityService.checkPassword(user, TestOrganisation.PASSWORD)).isTrue();
  }

  @Test
  void anAdHocTaskQueryMayNotUseExpressionsNotEvenInsideAnOrQuery() throws Exception {
    String user = people.practitioner();
    HttpResponse<String> topLevel = http.send(get("/engine-rest/task?assigneeExpression=%24%7BcurrentUser()%7D")
        .header("Authorization", basic(user)).build(), BodyHandlers.ofString());
    HttpResponse<String> nested = http.send(post("/engine-rest/task",
        "{\"orQueries\": [{\"assigneeExpression\": \"${currentUser()}\"}]}").header("Authorization", basic(user))
        .build(), BodyHandlers.ofString());
    HttpResponse<String> nestedCount = http.send(post("/engine-rest/task/count",
        "{\"orQueries\": [{\"candidateGroupsExpression\": \"${currentUserGroups()}\"}]}")
        .header("Authorization", basic(user)).build(), BodyHandlers.ofString());

    for (HttpResponse<String> response : List.of(topLevel, nested, nestedCount)) {
      assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(400);
      assertThat(response.body()).contains("Expressions are forbidden in adhoc queries");
    }
    HttpResponse<String> plain = http.send(post("/engine-rest/task", "{\"orQueries\": [{\"assignee\": \"" + user
        + "\"}]}").header("Authorization", basic(user)).build(), BodyHandlers.ofString());
    assertThat(plain.statusCode()).as("the same query without an expression").isEqualTo(200);
  }

  @Test
  void thereIsNoH2Console() throws Exception {
    assertThat(http.send(get("/h2-console").build(), BodyHandlers.ofString()).statusCode()).isEqualTo(404);
  }

  @Test
  void theFirstAdministratorSetUpIsRefusedOnceAnAdministratorExists() throws Exception {
    HttpResponse<String> page = http.send(get("/app/admin/default/").header("X-XSRF-TOKEN", "Fetch").build(),
        BodyHandlers.ofString());
    String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
    String cookies = String.join("; ", page.headers().allValues("Set-Cookie").stream()
        .map(cookie -> cookie.substring(0, cookie.indexOf(';'))).toList());

    HttpResponse<String> setUp = http.send(post("/api/admin/setup/default/user/create",
        "{\"profile\": {\"id\": \"intruder\", \"firstName\": \"I\", \"lastName\": \"N\", \"email\": \"i@n.example\"},"
            + " \"credentials\": {\"password\": \"Intruder-passw0rd\"}}")
        .header("X-XSRF-TOKEN", token).header("Cookie", cookies).build(), BodyHandlers.ofString());

    assertThat(setUp.statusCode()).isEqualTo(403);
    assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
  }

  private HttpRequest.Builder post(String path, String json) {
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json").POST(BodyPublishers.ofString(json));
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + TestOrganisation.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
  }
}
