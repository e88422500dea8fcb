package org.socialcare.supervision.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A form submitted through the engine REST API sets that form's fields and nothing else: not the
 * variable that says who signs next, not the one that says who started the process, not a field
 * the form only shows; and a value that is not what it is sent as is refused naming its field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SubmittedVariablesTest {

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TestOrganisation organisation;
  @Autowired
  ContractProcess contractProcess;
  @Autowired
  ProcessEngine engine;
  @Autowired
  ContractFixture contracts;

  final ObjectMapper json = new ObjectMapper();
  People people;
  ProcessInstance contract;
  String draftTask;

  /**
   * The REST API finds its engine as "default", which a test context built later could take over;
   * the fixtures' assertions (camunda-bpm-assert) are set to this engine too.
   */
  @BeforeEach
  void aContractToDraft() {
    ProcessEngines.registerProcessEngine(engine);
    BpmnAwareTests.init(engine);
    people = organisation.create(LocalDate.now());
    contract = contractProcess.start(people.practitioner());
    draftTask = engine.getTaskService().createTaskQuery().processInstanceId(contract.getId()).singleResult().getId();
  }

  @Test
  void aSupervisorCannotMakeSomeoneElseSignTheContractByNamingThemInTheSubmission() throws Exception {
    Map<String, Object> draft = draft();
    draft.put(ContractProcess.Var.SUPERVISEE_ID, RestValues.string(people.colleague()));
    draft.put("supervisorId", RestValues.string(people.practitioner()));

    ResponseEntity<String> answer = post(people.teamManager(), "/engine-rest/task/" + draftTask + "/submit-form", draft);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(answer)).containsOnlyKeys("supervisorId", ContractProcess.Var.SUPERVISEE_ID);
    assertThat(engine.getTaskService().createTaskQuery().taskId(draftTask).singleResult().getAssignee())
        .isEqualTo(people.teamManager());
    assertThat(engine.getRuntimeService().getVariable(contract.getId(), "supervisorId")).isEqualTo(people.teamManager());
  }

  @Test
  void nobodyStartsAProcessInSomeoneElsesName() throws Exception {
    contracts.inForce(people.colleague());
    Map<String, Object> request = new HashMap<>();
    request.put(ContractProcess.Var.SUPERVISEE_ID, RestValues.string(people.colleague()));
    request.put(ContractProcess.Var.REVIEW_REASON, RestValues.string("Her caseload has changed"));
    // Only the colleague or her supervisor may ask; the practitioner poses as the supervisor.
    request.put(ContractProcess.Var.REQUESTER_ID, RestValues.string(people.teamManager()));

    ResponseEntity<String> answer = post(people.practitioner(), "/engine-rest/process-definition/key/"
        + ContractProcess.REVIEW_REQUEST_KEY + "/submit-form", request);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(answer)).containsOnlyKeys(ContractProcess.Var.REQUESTER_ID);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ContractProcess.REVIEW_REQUEST_KEY).variableValueEquals(
            ContractProcess.Var.SUPERVISEE_ID, people.colleague()).count()).isZero();
  }

  @Test
  void aFieldTheFormOnlyShowsIsNotTakenBack() {
    Map<String, Object> draft = draft();
    draft.put("superviseeName", RestValues.string("Someone Else"));

    ResponseEntity<String> answer = post(people.teamManager(), "/engine-rest/task/" + draftTask + "/submit-form", draft);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(engine.getRuntimeService().getVariable(contract.getId(), "superviseeName")).isEqualTo("Pat Practitioner");
  }

  @Test
  void aValueThatIsNotOfTheTypeItIsSentAsIsRefusedNamingItsField() throws Exception {
    Map<String, Object> draft = draft();
    draft.put("durationMinutes", RestValues.typed("ninety", "Integer"));
    draft.put("keyTasks", RestValues.json("[\"Assessments\""));

    ResponseEntity<String> answer = post(people.teamManager(), "/engine-rest/task/" + draftTask + "/submit-form", draft);

    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fieldErrors(answer)).containsOnlyKeys("durationMinutes", "keyTasks");
    assertThat(engine.getTaskService().createTaskQuery().taskId(draftTask).count()).isOne();
  }

  /** The drafting form as Tasklist submits it: the policy's terms, review in a year. */
  private Map<String, Object> draft() {
    Map<String, Object> draft = new HashMap<>();
    draft.put("format", RestValues.string("INDIVIDUAL"));
    draft.put("frequency", RestValues.string("MONTHLY"));
    draft.put("durationMinutes", RestValues.typed(90L, "Long"));
    draft.put("keyTasks", RestValues.string("Assessments"));
    draft.put("standards", RestValues.string("As in the policy, Appendix 1."));
    draft.put("reviewDate", RestValues.string(LocalDate.now().plusMonths(12).toString()));
    draft.put("disagreementManagerId", RestValues.string(people.serviceManager()));
    return draft;
  }

  private Map<String, Object> fieldErrors(ResponseEntity<String> answer) throws Exception {
    JsonNode errors = json.readTree(answer.getBody()).path("fieldErrors");
    return json.convertValue(errors, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
  }

  private ResponseEntity<String> post(String user, String path, Map<String, Object> variables) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestOrganisation.PASSWORD).exchange(path, HttpMethod.POST,
        new HttpEntity<>(RestValues.write(Map.of("variables", variables)), headers), String.class);
  }
}
