package org.socialcare.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
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
 * Records about a person are readable through the engine REST API by that person, their
 * supervisor and the managers up the line, and by nobody else (seed 001, "Confidentiality").
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RestAccessTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TestOrganisation organisation;
  @Autowired
  ContractProcess contractProcess;
  @Autowired
  TaskService taskService;
  @Autowired
  ManagementService managementService;

  final ObjectMapper json = new ObjectMapper();
  People people;
  ProcessInstance practitionerContract;
  ProcessInstance colleagueContract;
  ProcessInstance otherServiceContract;

  @BeforeEach
  void contractsForThreeSupervisees() {
    people = organisation.create(LocalDate.now());
    practitionerContract = contractProcess.start(people.practitioner());
    colleagueContract = contractProcess.start(people.colleague());
    otherServiceContract = contractProcess.start(people.otherPractitioner());
  }

  @Test
  void anonymousCallsAreRefusedButTheHealthCheckAnswers() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(rest.withBasicAuth(people.practitioner(), "wrong").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("UP");
  }

  @Test
  void aSuperviseeSeesTheirOwnContractButNotAnotherSuperviseesInAnyWayIn() throws Exception {
    String me = people.practitioner();
    assertThat(list(me, "/engine-rest/task?processInstanceBusinessKey=" + me)).hasSize(1);
    assertThat(list(me, "/engine-rest/process-instance?businessKey=" + me)).hasSize(1);

    String colleague = people.colleague();
    assertThat(list(me, "/engine-rest/task?processInstanceBusinessKey=" + colleague)).isEmpty();
    assertThat(list(me, "/engine-rest/process-instance?businessKey=" + colleague)).isEmpty();
    assertThat(list(me, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + colleague)).isEmpty();
    assertThat(list(me, "/engine-rest/history/task?processInstanceBusinessKey=" + colleague)).isEmpty();
    assertThat(list(me, "/engine-rest/history/variable-instance?processInstanceId=" + colleagueContract.getId())).isEmpty();
    String colleagueTask = taskOf(colleagueContract);
    assertThat(get(me, "/engine-rest/task/" + colleagueTask).getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(get(me, "/engine-rest/task/" + colleagueTask + "/form-variables").getStatusCode().is2xxSuccessful())
        .isFalse();
    assertThat(get(me, "/engine-rest/process-instance/" + colleagueContract.getId() + "/variables")
        .getStatusCode().is2xxSuccessful()).isFalse();
  }

  @Test
  void theSupervisorAndManagersUpTheLineSeeTheirPeoplesContractsOnly() throws Exception {
    assertThat(businessKeysOfTasks(people.teamManager()))
        .contains(people.practitioner(), people.colleague()).doesNotContain(people.otherPractitioner());
    assertThat(businessKeysOfTasks(people.serviceManager()))
        .contains(people.practitioner(), people.colleague()).doesNotContain(people.otherPractitioner());
    assertThat(businessKeysOfTasks(people.otherServiceManager()))
        .contains(people.otherPractitioner()).doesNotContain(people.practitioner(), people.colleague());
    assertThat(businessKeysOfTasks(people.director()))
        .contains(people.practitioner(), people.colleague(), people.otherPractitioner());
    // Other tests' leavers may be HR's to read; these people's contracts are not.
    for (String supervisee : new String[] {people.practitioner(), people.colleague(), people.otherPractitioner()}) {
      assertThat(list(people.hr(), "/engine-rest/task?processInstanceBusinessKey=" + supervisee)).isEmpty();
      assertThat(list(people.hr(), "/engine-rest/process-instance?businessKey=" + supervisee)).isEmpty();
    }
  }

  @Test
  void everyMemberOfStaffHasTheTasklistFiltersAndMyTasksListsTheirOwnWork() throws Exception {
    JsonNode filters = list(people.practitioner(), "/engine-rest/filter?resourceType=Task");
    java.util.Map<String, String> byName = new java.util.HashMap<>();
    filters.forEach(f -> byName.put(f.get("name").asText(), f.get("id").asText()));
    assertThat(byName).containsKeys("My tasks", "Due this week", "Overdue", "My group's tasks");

    JsonNode supervisorsTasks = list(people.teamManager(), "/engine-rest/filter/" + byName.get("My tasks") + "/list");
    assertThat(supervisorsTasks.size()).isEqualTo(2);
    supervisorsTasks.forEach(t -> assertThat(t.get("assignee").asText()).isEqualTo(people.teamManager()));
    assertThat(list(people.teamManager(), "/engine-rest/filter/" + byName.get("Due this week") + "/list")).isEmpty();
    assertThat(list(people.practitioner(), "/engine-rest/filter/" + byName.get("My tasks") + "/list")).isEmpty();
  }

  @Test
  void onlyTheAssigneeMayCompleteATask() throws Exception {
    String draftTask = taskOf(practitionerContract);

    ResponseEntity<String> bySupervisee = post(people.practitioner(), "/engine-rest/task/" + draftTask + "/submit-form",
        Map.of("variables", Map.of()));
    ResponseEntity<String> byManager = post(people.serviceManager(), "/engine-rest/task/" + draftTask + "/submit-form",
        Map.of("variables", Map.of()));

    assertThat(bySupervisee.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byManager.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(draftTask).count()).isEqualTo(1);
  }

  @Test
  void anAssigneeMayNotHandTheirTaskToSomeoneElseOrOpenItToAGroup() throws Exception {
    String draftTask = taskOf(practitionerContract);

    ResponseEntity<String> reassign = post(people.teamManager(), "/engine-rest/task/" + draftTask + "/assignee",
        Map.of("userId", people.hr()));
    ResponseEntity<String> openToGroup = post(people.teamManager(), "/engine-rest/task/" + draftTask
        + "/identity-links", Map.of("groupId", "staff", "type", "candidate"));

    assertThat(reassign.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(openToGroup.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(taskService.createTaskQuery().taskId(draftTask).singleResult().getAssignee())
        .isEqualTo(people.teamManager());
  }

  @Test
  void aSubmissionThatBreaksAPolicyRuleIsRefusedWithAMessageNamingTheFieldAndTheTaskStaysOpen() throws Exception {
    String draftTask = taskOf(practitionerContract);

    ResponseEntity<String> response = post(people.teamManager(), "/engine-rest/task/" + draftTask + "/submit-form",
        Map.of("variables", Map.of(
            "frequency", Map.of("value", "QUARTERLY", "type", "String"),
            "keyTasks", Map.of("value", "Assessments", "type", "String"))));

    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.get("message").asText()).startsWith("Not saved").contains("frequency");
    assertThat(body.get("fieldErrors").has("frequency")).isTrue();
    assertThat(taskService.createTaskQuery().taskId(draftTask).count()).isEqualTo(1);
  }

  private String taskOf(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
  }

  private java.util.List<String> businessKeysOfTasks(String user) throws Exception {
    java.util.List<String> keys = new java.util.ArrayList<>();
    for (JsonNode task : list(user, "/engine-rest/task")) {
      JsonNode instance = json.readTree(get(user, "/engine-rest/process-instance/" + task.get("processInstanceId").asText())
          .getBody());
      keys.add(instance.get("businessKey").asText());
    }
    return keys;
  }

  private JsonNode list(String user, String path) throws Exception {
    ResponseEntity<String> response = get(user, path);
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
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
