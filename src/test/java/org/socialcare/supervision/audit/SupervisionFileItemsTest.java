package org.socialcare.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Appendix 6 and 7: the supervision file's personal details and certification, kept by the
 * person and their supervisor, over HTTP. The personal information sheet is read by the person,
 * their supervisor and HR - not by the managers above, who audit the file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupervisionFileItemsTest {

  private static final Map<String, Object> SHEET = Map.of("homeAddress", "1 Castle Street, Shrewsbury",
      "homePhone", "01743 000000", "carRegistration", "AB12 CDE", "nextOfKinName", "Sam Practitioner",
      "nextOfKinRelationship", "Partner", "nextOfKinPhone", "07700 900000");

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TestOrganisation organisation;

  People people;
  String sheet;

  @BeforeEach
  void aPractitionerWithAPersonalInformationSheet() {
    people = organisation.create(LocalDate.now());
    sheet = "/api/staff/" + people.practitioner() + "/personal-information-sheet";
    assertThat(exchange(people.practitioner(), HttpMethod.PUT, sheet, SHEET).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void thePersonTheSupervisorAndHrReadThePersonalInformationSheet() {
    for (String reader : new String[] {people.practitioner(), people.teamManager(), people.hr()}) {
      ResponseEntity<String> read = get(reader, sheet);
      assertThat(read.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(read.getBody()).contains("1 Castle Street, Shrewsbury", "Sam Practitioner", "AB12 CDE");
    }
  }

  @Test
  void managersAboveAndEveryoneElseDoNotReadItThoughManagersSeeTheFileHasOne() {
    for (String outsider : new String[] {people.serviceManager(), people.assistantDirector(), people.director(),
        people.colleague(), people.otherTeamManager()}) {
      ResponseEntity<String> read = get(outsider, sheet);
      assertThat(read.getStatusCode()).as(outsider).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(read.getBody()).as(outsider).isNull();
    }
    ResponseEntity<String> file = get(people.serviceManager(), "/api/staff/" + people.practitioner()
        + "/supervision-file");
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(file.getBody()).contains("\"personalInformationSheet\":true").doesNotContain("Castle Street");
    assertThat(rest.getForEntity(sheet, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void thePersonAndTheSupervisorKeepTheFileItemsAndTheServerChecksThem() {
    String file = "/api/staff/" + people.practitioner() + "/supervision-file";
    ResponseEntity<String> updated = exchange(people.teamManager(), HttpMethod.PUT, file, Map.of(
        "hcpcNumber", "sw 123456", "hcpcRegisteredOn", "2019-09-01", "dbsCheckedOn", "2024-05-01",
        "appraisalOn", LocalDate.now().minusMonths(3).toString()));
    assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(updated.getBody()).contains("\"hcpcNumber\":\"SW123456\"", "\"dbsCheckedOn\":\"2024-05-01\"");

    ResponseEntity<String> rejected = exchange(people.practitioner(), HttpMethod.PUT, file, Map.of(
        "hcpcNumber", "12", "insuranceSeenOn", LocalDate.now().plusDays(3).toString()));
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rejected.getBody()).contains("\"hcpcNumber\"", "\"insuranceSeenOn\"");
    assertThat(exchange(people.serviceManager(), HttpMethod.PUT, file, Map.of("dbsCheckedOn", "2024-05-01"))
        .getStatusCode()).as("managers above audit the file; they do not keep it").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(exchange(people.colleague(), HttpMethod.PUT, file, Map.of("dbsCheckedOn", "2024-05-01"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(exchange(people.practitioner(), HttpMethod.PUT, sheet, Map.of("homeAddress", "Somewhere"))
        .getBody()).contains("\"nextOfKinName\"", "\"nextOfKinPhone\"");
  }

  @Test
  void theCpdLogTakesDatedEntriesWithWhatWasLearned() {
    String log = "/api/staff/" + people.practitioner() + "/cpd-log";
    assertThat(exchange(people.practitioner(), HttpMethod.POST, log, Map.of("learnedOn", "2026-01-10",
        "activity", "Court skills course", "learning", "Giving evidence with confidence")).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    ResponseEntity<String> missing = exchange(people.practitioner(), HttpMethod.POST, log, Map.of(
        "learnedOn", "2026-01-10", "activity", "Reading"));
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody()).contains("\"learning\"");
    assertThat(get(people.serviceManager(), log).getBody()).contains("Court skills course")
        .doesNotContain("Reading");
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, TestOrganisation.PASSWORD).getForEntity(path, String.class);
  }

  /**
   * A change as a client makes it through the webapps' CSRF protection of {@code /api}: a first
   * request gets the session's token, which the change then sends back.
   */
  private ResponseEntity<String> exchange(String user, HttpMethod method, String path, Map<String, Object> body) {
    TestRestTemplate client = rest.withBasicAuth(user, TestOrganisation.PASSWORD);
    ResponseEntity<String> first = client.getForEntity("/api/staff/" + user + "/supervision-file", String.class);
    HttpHeaders headers = new HttpHeaders();
    headers.put(HttpHeaders.COOKIE, first.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE).stream()
        .map(cookie -> cookie.split(";", 2)[0]).toList());
    headers.set("X-XSRF-TOKEN", first.getHeaders().getFirst("X-XSRF-TOKEN"));
    return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }
}
