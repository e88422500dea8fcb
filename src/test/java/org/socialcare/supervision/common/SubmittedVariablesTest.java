package org.socialcare.supervision.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A form submitted through the engine REST API sets that form's fields and nothing else: not the
 * variable that says who signs next, not the one that says who started the process, not a field
 * the form only shows; and a value that is not what it is sent as is refused naming its field.
 * Each case runs through both engine APIs: {@code /engine-rest} and the one Tasklist itself calls,
 * with a Tasklist login - the answers must be the same.
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

  /** The two ways in to the engine: as a client of the REST API, and as Tasklist's pages. */
  enum Api {
    ENGINE_REST("/engine-rest"), TASKLIST(WebappSession.ENGINE_API);

    final String base;

    Api(String base) {
      this.base = base;
    }
  }

  record Answer(int status, String body) {
  }

  @LocalServerPort
  int port;

  @ParameterizedTest
  @EnumSource(Api.class)
  void aSupervisorCannotMakeSomeoneElseSignTheContractByNamingThemInTheSubmission(Api api) throws Exception {
    Map<String, Object> draft = draft();
    draft.put(ContractProcess.Var.SUPERVISEE_ID, RestValues.string(people.colleague()));
    draft.put("supervisorId", RestValues.string(people.practitioner()));

    Answer answer = post(api, people.teamManager(), "/task/" + draftTask + "/submit-form", draft);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(fieldErrors(answer)).containsOnlyKeys("supervisorId", ContractProcess.Var.SUPERVISEE_ID);
    assertThat(engine.getTaskService().createTaskQuery().taskId(draftTask).singleResult().getAssignee())
        .isEqualTo(people.teamManager());
    assertThat(engine.getRuntimeService().getVariable(contract.getId(), "supervisorId")).isEqualTo(people.teamManager());
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void nobodyStartsAProcessInSomeoneElsesName(Api api) throws Exception {
    contracts.inForce(people.colleague());
    Map<String, Object> request = new HashMap<>();
    request.put(ContractProcess.Var.SUPERVISEE_ID, RestValues.string(people.colleague()));
    request.put(ContractProcess.Var.REVIEW_REASON, RestValues.string("Her caseload has changed"));
    // Only the colleague or her supervisor may ask; the practitioner poses as the supervisor.
    request.put(ContractProcess.Var.REQUESTER_ID, RestValues.string(people.teamManager()));

    Answer answer = post(api, people.practitioner(), "/process-definition/key/"
        + ContractProcess.REVIEW_REQUEST_KEY + "/submit-form", request);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(fieldErrors(answer)).containsOnlyKeys(ContractProcess.Var.REQUESTER_ID);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ContractProcess.REVIEW_REQUEST_KEY).variableValueEquals(
            ContractProcess.Var.SUPERVISEE_ID, people.colleague()).count()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void aFieldTheFormOnlyShowsIsNotTakenBack(Api api) throws Exception {
    Map<String, Object> draft = draft();
    draft.put("superviseeName", RestValues.string("Someone Else"));

    Answer answer = post(api, people.teamManager(), "/task/" + draftTask + "/submit-form", draft);

    assertThat(answer.status()).as(answer.body()).isEqualTo(204);
    assertThat(engine.getRuntimeService().getVariable(contract.getId(), "superviseeName")).isEqualTo("Pat Practitioner");
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void aValueThatIsNotOfTheTypeItIsSentAsIsRefusedNamingItsField(Api api) throws Exception {
    Map<String, Object> draft = draft();
    draft.put("durationMinutes", RestValues.typed("ninety", "Integer"));
    draft.put("keyTasks", RestValues.json("[\"Assessments\""));

    Answer answer = post(api, people.teamManager(), "/task/" + draftTask + "/submit-form", draft);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(fieldErrors(answer)).containsOnlyKeys("durationMinutes", "keyTasks");
    assertThat(engine.getTaskService().createTaskQuery().taskId(draftTask).count()).isOne();
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void aRuleTheDraftBreaksIsAnsweredAsARefusalNamingTheFieldAndTheTaskStaysOpen(Api api) throws Exception {
    Map<String, Object> draft = draft();
    draft.put("reviewDate", RestValues.string(LocalDate.now().minusDays(1).toString()));

    Answer answer = post(api, people.teamManager(), "/task/" + draftTask + "/submit-form", draft);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(fieldErrors(answer)).containsKey("reviewDate");
    assertThat(engine.getTaskService().createTaskQuery().taskId(draftTask).count()).isOne();
  }

  @ParameterizedTest
  @EnumSource(Api.class)
  void aDraftSubmittedAgainFromAnotherTabIsToldItIsAlreadyDone(Api api) throws Exception {
    assertThat(post(api, people.teamManager(), "/task/" + draftTask + "/submit-form", draft()).status())
        .isEqualTo(204);

    Answer again = post(api, people.teamManager(), "/task/" + draftTask + "/submit-form", draft());

    assertThat(again.status()).as(again.body()).isEqualTo(409);
    assertThat(json.readTree(again.body()).path("message").asText()).contains("already been completed");
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

  private Map<String, Object> fieldErrors(Answer answer) throws Exception {
    JsonNode errors = json.readTree(answer.body()).path("fieldErrors");
    return json.convertValue(errors, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
  }

  private Answer post(Api api, String user, String path, Map<String, Object> variables) throws Exception {
    String body = RestValues.write(Map.of("variables", variables));
    if (api == Api.TASKLIST) {
      WebappSession tasklist = new WebappSession(port);
      assertThat(tasklist.login(user, TestOrganisation.PASSWORD, "tasklist")).isEqualTo(200);
      HttpResponse<String> answer = tasklist.post(api.base + path, body);
      return new Answer(answer.statusCode(), answer.body());
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> answer = rest.withBasicAuth(user, TestOrganisation.PASSWORD).exchange(api.base + path,
        HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    return new Answer(answer.getStatusCode().value(), answer.getBody());
  }
}
