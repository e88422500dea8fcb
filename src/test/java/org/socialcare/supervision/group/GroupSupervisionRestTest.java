package org.socialcare.supervision.group;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.SupervisionGroup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Group supervision as Tasklist drives it, through the engine REST API: a facilitator finds it
 * under "Start process" and starts it with the start form; members see and submit their own tasks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class GroupSupervisionRestTest {

  private static final String STARTABLE = "/engine-rest/process-definition?latestVersion=true&active=true"
      + "&startableInTasklist=true&startablePermissionCheck=true";

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TestOrganisation organisation;

  final ObjectMapper json = new ObjectMapper();
  SupervisionGroup group;

  @BeforeEach
  void group() {
    group = organisation.createGroup(LocalDate.now(), 3);
  }

  @Test
  void onlyFacilitatorsFindGroupSupervisionUnderStartProcess() throws Exception {
    assertThat(keys(list(group.facilitator(), STARTABLE))).contains(GroupSupervisionProcess.KEY);
    assertThat(keys(list(group.members().get(0), STARTABLE))).doesNotContain(GroupSupervisionProcess.KEY);
  }

  @Test
  void aFacilitatorStartsASessionFromTheStartFormAndEachMemberWorksTheirOwnTask() throws Exception {
    ResponseEntity<String> deployedStartForm = get(group.facilitator(),
        "/engine-rest/process-definition/key/" + GroupSupervisionProcess.KEY + "/deployed-start-form");
    assertThat(deployedStartForm.getBody()).contains("Form_PlanGroupSupervision");

    ResponseEntity<String> started = post(group.facilitator(), "/engine-rest/process-definition/key/"
        + GroupSupervisionProcess.KEY + "/submit-form", Map.of("variables", startForm(String.join(", ", group.members()))));
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    String businessKey = json.readTree(started.getBody()).get("businessKey").asText();
    assertThat(businessKey).startsWith("group-");

    String member = group.members().get(1);
    JsonNode tasks = list(member, "/engine-rest/task?assignee=" + member + "&processInstanceBusinessKey=" + businessKey);
    assertThat(tasks).hasSize(1);
    String task = tasks.get(0).get("id").asText();
    assertThat(get(member, "/engine-rest/task/" + task + "/deployed-form").getBody()).contains("Form_PrepareGroupIssue");
    JsonNode formVariables = json.readTree(get(member, "/engine-rest/task/" + task + "/form-variables").getBody());
    assertThat(formVariables.get("facilitatorName").get("value").asText()).isNotBlank();

    // Another member cannot work this member's task.
    String other = group.members().get(2);
    assertThat(post(other, "/engine-rest/task/" + task + "/submit-form", Map.of("variables", Map.of()))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    ResponseEntity<String> prepared = post(member, "/engine-rest/task/" + task + "/submit-form", Map.of("variables",
        Map.of("offeredIssue", Map.of("value", "Supporting a young carer", "type", "String"))));
    assertThat(prepared.getStatusCode()).as(prepared.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void aStartFormThatBreaksARuleIsAnsweredWithTheFieldAndNothingStarts() throws Exception {
    ResponseEntity<String> refused = post(group.facilitator(), "/engine-rest/process-definition/key/"
        + GroupSupervisionProcess.KEY + "/submit-form", Map.of("variables", startForm(group.members().get(0))));

    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(json.readTree(refused.getBody()).get("fieldErrors").has("memberIds")).isTrue();
    assertThat(list(group.facilitator(), "/engine-rest/process-instance?processDefinitionKey="
        + GroupSupervisionProcess.KEY + "&variables=facilitatorId_eq_" + group.facilitator())).isEmpty();
  }

  /** The start form's values as Tasklist sends them: strings, the date-time with its offset, a number. */
  private Map<String, Object> startForm(String memberIds) {
    String startsAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(2).truncatedTo(ChronoUnit.HOURS).toString();
    return Map.of(
        "teamCode", Map.of("value", "", "type", "String"),
        "memberIds", Map.of("value", memberIds, "type", "String"),
        "startsAt", Map.of("value", startsAt, "type", "String"),
        "minutesAllowed", Map.of("value", 90, "type", "Long"));
  }

  private static java.util.List<String> keys(JsonNode definitions) {
    java.util.List<String> keys = new java.util.ArrayList<>();
    definitions.forEach(d -> keys.add(d.get("key").asText()));
    return keys;
  }

  private JsonNode list(String user, String path) throws Exception {
    ResponseEntity<String> response = get(user, path);
    assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(response.getBody());
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.withBasicAuth(user, TestOrganisation.PASSWORD).getForEntity(path, String.class);
  }

  private ResponseEntity<String> post(String user, String path, Object body) throws Exception {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestOrganisation.PASSWORD)
        .postForEntity(path, new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
  }
}
