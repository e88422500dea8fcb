package org.socialcare.supervision.compliance.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.common.WebappSession;
import org.socialcare.supervision.compliance.SupervisionHistory;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The Cockpit plugin's resource, the CSV and the monthly PDF over HTTP with a real Cockpit login:
 * a team manager sees their team, a service manager their service, an assistant director and the
 * director everyone; everybody else is refused with 403 (seed 002, issue 7).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CompliancePluginAccessTest {

  static final String PLUGIN = "/api/cockpit/plugin/supervision-compliance/default";

  @LocalServerPort
  int port;
  @Autowired
  TestOrganisation organisation;
  @Autowired
  SupervisionHistory history;
  @Autowired
  ProcessEngine engine;

  People people;
  String team;
  String service;
  String otherTeam;
  String otherService;

  @BeforeEach
  void anOrganisationWithAYearOfSupervision() {
    BpmnAwareTests.init(engine);
    LocalDate today = LocalDate.now();
    people = organisation.create(today);
    String suffix = people.director().substring("dir".length());
    team = "T" + suffix;
    service = "SVC" + suffix;
    otherTeam = "T2" + suffix;
    otherService = "SVC2" + suffix;
    long contract = history.contractInForce(people.colleague(), people.teamManager(), SupervisionFrequency.MONTHLY,
        today.minusMonths(14), today.plusMonths(6));
    for (int monthsAgo = 0; monthsAgo < 12; monthsAgo++) {
      history.held(people.colleague(), people.teamManager(), today.minusMonths(monthsAgo).minusDays(1), 90);
    }
    history.booked(people.colleague(), people.teamManager(), contract, today.plusDays(5).atTime(10, 0));
  }

  @Test
  void aTeamManagerSeesTheirTeamAndNothingElse() throws Exception {
    WebappSession tm = loggedIn(people.teamManager());

    HttpResponse<String> access = tm.get(PLUGIN + "/access");
    assertThat(access.statusCode()).isEqualTo(200);
    assertThat(access.body()).contains("\"kind\":\"TEAM\"", team).doesNotContain("EVERYONE", otherTeam);

    HttpResponse<String> report = tm.get(PLUGIN + "/report");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains(people.colleague(), people.practitioner()).doesNotContain(
        people.otherPractitioner());
    assertThat(tm.get(PLUGIN + "/people/" + people.colleague()).statusCode()).isEqualTo(200);

    assertThat(tm.get(PLUGIN + "/report?scope=TEAM&code=" + otherTeam).statusCode()).isEqualTo(403);
    assertThat(tm.get(PLUGIN + "/report?scope=SERVICE&code=" + service).statusCode()).isEqualTo(403);
    assertThat(tm.get(PLUGIN + "/report?scope=EVERYONE").statusCode()).isEqualTo(403);
    assertThat(tm.get(PLUGIN + "/people/" + people.otherPractitioner()).statusCode()).isEqualTo(403);
    assertThat(tm.get(PLUGIN + "/people/nobody-at-all").statusCode()).as("unknown answers like forbidden")
        .isEqualTo(403);
    assertThat(tm.getBytes(PLUGIN + "/monthly-report.pdf?service=" + service).statusCode()).isEqualTo(403);
  }

  @Test
  void aServiceManagerSeesTheirServiceAndItsTeams() throws Exception {
    WebappSession sm = loggedIn(people.serviceManager());

    assertThat(sm.get(PLUGIN + "/access").body()).contains(service, team).doesNotContain(otherService, otherTeam);
    assertThat(sm.get(PLUGIN + "/report?scope=SERVICE&code=" + service).body()).contains(people.colleague(),
        people.teamManager());
    assertThat(sm.get(PLUGIN + "/report?scope=TEAM&code=" + team).statusCode()).isEqualTo(200);
    assertThat(sm.get(PLUGIN + "/report?scope=SERVICE&code=" + otherService).statusCode()).isEqualTo(403);
    assertThat(sm.get(PLUGIN + "/report?scope=TEAM&code=" + otherTeam).statusCode()).isEqualTo(403);
    assertThat(sm.get(PLUGIN + "/report?scope=EVERYONE").statusCode()).isEqualTo(403);
  }

  @Test
  void theAssistantDirectorAndTheDirectorSeeEveryService() throws Exception {
    for (String seniorManager : List.of(people.assistantDirector(), people.director())) {
      WebappSession session = loggedIn(seniorManager);
      assertThat(session.get(PLUGIN + "/access").body()).as(seniorManager).contains("EVERYONE", service, otherService);
      HttpResponse<String> everyone = session.get(PLUGIN + "/report?scope=EVERYONE");
      assertThat(everyone.statusCode()).isEqualTo(200);
      assertThat(everyone.body()).contains(people.colleague(), people.otherPractitioner(), people.serviceManager());
      assertThat(session.get(PLUGIN + "/people/" + people.otherPractitioner()).statusCode()).isEqualTo(200);
    }
  }

  @Test
  void nobodyElseSeesTheViewItsDataOrItsExports() throws Exception {
    for (String outsider : List.of(people.practitioner(), people.colleague(), people.hr())) {
      // Logged in to Tasklist, the session is authenticated, so the request reaches the plugin's resource.
      WebappSession session = new WebappSession(port);
      assertThat(session.login(outsider, TestOrganisation.PASSWORD, "tasklist")).isEqualTo(200);
      assertThat(session.get(PLUGIN + "/access").statusCode()).as(outsider).isEqualTo(403);
      assertThat(session.get(PLUGIN + "/report").statusCode()).as(outsider).isEqualTo(403);
      assertThat(session.get(PLUGIN + "/report?scope=TEAM&code=" + team).statusCode()).isEqualTo(403);
      assertThat(session.get(PLUGIN + "/people/" + people.colleague()).statusCode()).isEqualTo(403);
      assertThat(session.getBytes(PLUGIN + "/report.csv").statusCode()).isEqualTo(403);
      assertThat(session.getBytes(PLUGIN + "/monthly-report.pdf?service=" + service).statusCode()).isEqualTo(403);
    }
    WebappSession anonymous = new WebappSession(port);
    assertThat(anonymous.get(PLUGIN + "/report").statusCode()).as("not logged in").isIn(401, 403);
  }

  @Test
  void theFrontEndModuleIsServedToCockpit() throws Exception {
    HttpResponse<String> module = new WebappSession(port)
        .get("/api/cockpit/plugin/supervision-compliance/static/app/plugin.js");
    assertThat(module.statusCode()).isEqualTo(200);
    assertThat(module.body()).contains("export default", "cockpit.route", "cockpit.navigation", "<svg");
    assertThat(module.body()).doesNotContain("http://", "https://");
  }

  @Test
  void theTeamDownloadsAsCsv() throws Exception {
    HttpResponse<byte[]> download = loggedIn(people.teamManager()).getBytes(PLUGIN + "/report.csv?scope=TEAM&code="
        + team);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains(".csv");
    List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(new String(download.body(), java.nio.charset.StandardCharsets.UTF_8))).getRecords();
    assertThat(rows).extracting(row -> row.get("User id")).contains(people.colleague(), people.practitioner())
        .doesNotContain(people.otherPractitioner());
    CSVRecord colleague = rows.stream().filter(row -> row.get("User id").equals(people.colleague())).findFirst()
        .orElseThrow();
    assertThat(colleague.get("RAG")).isEqualTo("GREEN");
    assertThat(colleague.get("Sessions held (12 months)")).isEqualTo("12");
    assertThat(colleague.get("Hours")).isEqualTo("18.0");
    assertThat(rows.stream().filter(row -> row.get("User id").equals(people.practitioner())).findFirst()
        .orElseThrow().get("Reasons")).contains("No supervision contract in force");
  }

  @Test
  void theServiceManagerPrintsTheMonthlyReportOfTheirService() throws Exception {
    YearMonth lastMonth = YearMonth.now().minusMonths(1);
    HttpResponse<byte[]> download = loggedIn(people.serviceManager()).getBytes(PLUGIN
        + "/monthly-report.pdf?service=" + service + "&month=" + lastMonth);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(new String(download.body(), 0, 5)).isEqualTo("%PDF-");
    try (PDDocument pdf = Loader.loadPDF(download.body())) {
      String text = new PDFTextStripper().getText(pdf);
      assertThat(text).contains("Supervision compliance: Safeguarding" + people.director().substring(3),
          "Cal Colleague", "Pat Practitioner", "No supervision contract in force", lastMonth.toString());
      assertThat(text).doesNotContain("Oli Other");
    }
  }

  private WebappSession loggedIn(String userId) throws Exception {
    WebappSession session = new WebappSession(port);
    assertThat(session.login(userId, TestOrganisation.PASSWORD)).as("login of " + userId).isEqualTo(200);
    return session;
  }
}
