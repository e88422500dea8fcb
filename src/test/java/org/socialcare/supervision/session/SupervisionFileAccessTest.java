package org.socialcare.supervision.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The supervision file over HTTP - the signed PDF, the schedule, the records, a child's case
 * discussions - for the person, their supervisor and managers above, and nobody else.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SupervisionFileAccessTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TestOrganisation organisation;
  @Autowired
  ContractFixture contracts;
  @Autowired
  SessionSchedule schedule;
  @Autowired
  SessionRecording recording;
  @Autowired
  ProcessEngine engine;

  People people;
  Long recordId;
  String caseReference;

  @BeforeEach
  void aSignedRecordWithACaseDiscussion() {
    BpmnAwareTests.init(engine);
    people = organisation.create(LocalDate.now());
    contracts.inForce(people.practitioner());
    caseReference = "C-" + people.practitioner().substring(3);
    BookedSession first = schedule.scheduleOf(people.practitioner()).get(0);
    recordId = recording.record(first.getId(), Map.of("heldOn", LocalDate.now().toString(), "durationMinutes", 90,
        "workloadManagement", "Caseload reviewed", "caseDiscussions", java.util.List.of(Map.of(
            "caseReference", caseReference, "discussed", true, "currentSituation", "Plan on track",
            "reflection", "Good engagement", "analysis", "Risk lower", "caseActions", "Review in a month"))), null).getId();
    recording.signBySupervisee(recordId, true, "Fair record");
    recording.signBySupervisor(recordId, true);
  }

  @Test
  void theSuperviseeTheSupervisorAndTheManagersAboveDownloadTheSignedPdf() {
    for (String reader : new String[] {people.practitioner(), people.teamManager(), people.serviceManager(),
        people.director()}) {
      ResponseEntity<byte[]> pdf = get(reader, "/api/records/" + recordId + "/pdf", byte[].class);
      assertThat(pdf.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");
      assertThat(pdf.getHeaders().getContentDisposition().getFilename()).endsWith(".pdf");
    }
  }

  @Test
  void nobodyElseGetsTheRecordTheScheduleOrTheCaseDiscussions() {
    for (String outsider : new String[] {people.colleague(), people.otherTeamManager(), people.otherServiceManager(),
        people.hr()}) {
      assertThat(get(outsider, "/api/records/" + recordId + "/pdf", String.class).getStatusCode()).as(outsider)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(get(outsider, "/api/supervisees/" + people.practitioner() + "/schedule.ics", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(get(outsider, "/api/supervisees/" + people.practitioner() + "/records", String.class)
          .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(get(outsider, "/api/cases/" + caseReference + "/discussions", String.class).getStatusCode())
          .isEqualTo(HttpStatus.NOT_FOUND);
    }
    assertThat(rest.getForEntity("/api/records/" + recordId + "/pdf", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    // A wrong password (Camunda then makes that login wait a few seconds, so another user is used for it).
    assertThat(rest.withBasicAuth(people.nonCaseHolder(), "wrong").getForEntity("/api/records/" + recordId + "/pdf",
        String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(people.practitioner(), "/api/records/999999999/pdf", String.class).getStatusCode())
        .as("an id that does not exist answers like one that is not yours").isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theScheduleDownloadsAsICalendarAndTheCaseDiscussionsAreOnTheChildsFile() {
    ResponseEntity<String> ics = get(people.practitioner(), "/api/supervisees/" + people.practitioner()
        + "/schedule.ics", String.class);
    assertThat(ics.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(ics.getHeaders().getContentType().toString()).startsWith("text/calendar");
    assertThat(ics.getBody()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT");

    ResponseEntity<String> discussions = get(people.teamManager(), "/api/cases/" + caseReference + "/discussions",
        String.class);
    assertThat(discussions.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(discussions.getBody()).contains("Good engagement", "Review in a month", "SESSION");

    assertThat(get(people.practitioner(), "/api/supervisees/" + people.practitioner() + "/records", String.class)
        .getBody()).contains("\"status\":\"SIGNED\"", "/api/records/" + recordId + "/pdf");
  }

  private <T> ResponseEntity<T> get(String user, String path, Class<T> type) {
    return rest.withBasicAuth(user, TestOrganisation.PASSWORD).getForEntity(path, type);
  }
}
