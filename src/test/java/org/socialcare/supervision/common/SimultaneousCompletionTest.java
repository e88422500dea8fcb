package org.socialcare.supervision.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.contract.ContractRepository;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.session.BookedSession;
import org.socialcare.supervision.session.SessionSchedule;
import org.socialcare.supervision.session.SupervisionCover;
import org.socialcare.supervision.session.SupervisionRecordRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two submissions of the same task at the same moment - the same person in two browser tabs, or a
 * task changing hands while its assignee submits it: one is saved, once; the other is told, in
 * words, that the task was dealt with meanwhile (409), and leaves nothing behind. Real threads
 * against the REST API, released together, many rounds, so the submissions do overlap.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SimultaneousCompletionTest {

  private static final int ROUNDS = 12;

  @Autowired
  TestRestTemplate rest;
  @Autowired
  TestOrganisation organisation;
  @Autowired
  ContractProcess contractProcess;
  @Autowired
  ContractFixture contracts;
  @Autowired
  ContractRepository contractRepository;
  @Autowired
  SessionSchedule schedule;
  @Autowired
  SupervisionRecordRepository records;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  ProcessEngine engine;

  final ObjectMapper json = new ObjectMapper();
  final ExecutorService tabs = Executors.newFixedThreadPool(2);

  @BeforeEach
  void fixturesOnThisContextsEngine() {
    // The contract fixture drives the engine through camunda-bpm-assert, which keeps one engine for all tests.
    BpmnAwareTests.init(engine);
  }

  /** How the losing tab lost: in the same transaction window, or after the winner committed. */
  final Map<String, Integer> losers = new java.util.TreeMap<>();

  @AfterEach
  void closeTabs() {
    if (!losers.isEmpty()) {
      System.out.println("Second tab lost: " + losers);
    }
    tabs.shutdownNow();
    ClockUtil.reset();
  }

  @Test
  void aContractDraftSubmittedFromTwoTabsAtOnceIsStoredOnceAndTheSecondTabIsToldItIsAlreadyDone() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      People people = organisation.create(LocalDate.now());
      ProcessInstance contract = contractProcess.start(people.practitioner());
      String draft = taskOf(contract.getId(), "UserTask_DraftContract").getId();
      Map<String, Object> variables = contracts.proposedDraft(contract);

      List<ResponseEntity<String>> answers = atOnce(
          () -> submit(people.teamManager(), draft, variables),
          () -> submit(people.teamManager(), draft, variables));

      assertOneSavedAndOneToldItIsDone(answers);
      assertThat(contractRepository.findBySuperviseeIdOrderByIdAsc(people.practitioner()))
          .as("contracts stored for the draft").hasSize(1);
      assertThat(taskService.createTaskQuery().processInstanceId(contract.getId())
          .taskDefinitionKey("UserTask_SupervisorSignsContract").count()).as("signature tasks").isEqualTo(1);
    }
  }

  @Test
  void aSessionRecordSubmittedFromTwoTabsAtOnceIsStoredOnceWithOneSigningTask() throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      People people = contractedOrganisation();
      Task recordTask = recordingDue(people.practitioner());

      List<ResponseEntity<String>> answers = atOnce(
          () -> submit(people.teamManager(), recordTask.getId(), sessionRecord()),
          () -> submit(people.teamManager(), recordTask.getId(), sessionRecord()));

      assertOneSavedAndOneToldItIsDone(answers);
      assertThat(records.findBySuperviseeIdOrderByHeldOnDesc(people.practitioner())).as("records stored").hasSize(1);
      assertThat(taskService.createTaskQuery().processInstanceId(recordTask.getProcessInstanceId())
          .taskDefinitionKey("UserTask_SuperviseeSignsRecord").count()).as("signing tasks").isEqualTo(1);
    }
  }

  @Test
  void aTaskSubmittedAgainAfterItWasCompletedIsToldItIsAlreadyDoneAndNothingMoreIsStored() throws Exception {
    People people = organisation.create(LocalDate.now());
    ProcessInstance contract = contractProcess.start(people.practitioner());
    String draft = taskOf(contract.getId(), "UserTask_DraftContract").getId();

    ResponseEntity<String> first = submit(people.teamManager(), draft, contracts.proposedDraft(contract));
    ResponseEntity<String> again = submit(people.teamManager(), draft, contracts.proposedDraft(contract));

    assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(204);
    assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(409);
    assertThat(message(again)).contains("already been completed").contains("Reload Tasklist");
    assertThat(contractRepository.findBySuperviseeIdOrderByIdAsc(people.practitioner())).hasSize(1);
  }

  @Test
  void aTaskThatNeverExistedIsNotReportedAsAConflict() throws Exception {
    People people = organisation.create(LocalDate.now());
    ProcessInstance contract = contractProcess.start(people.practitioner());

    ResponseEntity<String> answer = submit(people.teamManager(), "no-such-task", contracts.proposedDraft(contract));

    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isNotEqualTo(409);
    assertThat(message(answer)).doesNotContain("Not saved").contains("Cannot find task");
  }

  /**
   * Seed 001, 3.5: the line manager hands an absent supervisor's open session tasks to a cover
   * while the supervisor, still at work that day, submits the record. Either the record is stored
   * (once) and the cover gets the later tasks, or the cover gets the record task; whoever lost the
   * race is told so, and nobody sees a server error.
   */
  @Test
  void aRecordSubmittedWhileCoverIsArrangedIsStoredOnceOrLeftWithTheCoverAndNobodyGetsAServerError()
      throws Exception {
    int conflicts = 0;
    for (int round = 0; round < ROUNDS; round++) {
      People people = contractedOrganisation();
      Task recordTask = recordingDue(people.practitioner());
      String absence = runtimeService.startProcessInstanceByKey(SupervisionCover.PROCESS_KEY, Map.of(
          "recordedBy", people.serviceManager(), "supervisorId", people.teamManager(),
          "firstDayAbsent", "2026-04-02", "expectedReturn", "2026-07-01")).getId();
      String arrangeCover = taskOf(absence, "UserTask_ArrangeCover").getId();

      List<ResponseEntity<String>> answers = atOnce(
          () -> submit(people.teamManager(), recordTask.getId(), sessionRecord()),
          () -> submit(people.serviceManager(), arrangeCover, Map.of(
              "coverDecision", "cover", "coveringSupervisorId", people.otherTeamManager())));

      for (ResponseEntity<String> answer : answers) {
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(204, 409);
        if (answer.getStatusCode().value() == 409) {
          conflicts++;
          assertThat(message(answer)).contains("Reload Tasklist");
        }
      }
      int stored = records.findBySuperviseeIdOrderByHeldOnDesc(people.practitioner()).size();
      Task stillOpen = taskService.createTaskQuery().taskId(recordTask.getId()).singleResult();
      if (stored == 1) {
        assertThat(stillOpen).as("the record task, once its record is stored").isNull();
      } else {
        assertThat(stored).as("records stored").isZero();
        assertThat(stillOpen.getAssignee()).as("the record task, not stored").isEqualTo(people.otherTeamManager());
      }
    }
    System.out.printf("Cover against record: %d of %d rounds had a loser told to reload%n", conflicts, ROUNDS);
  }

  /** Once reassigning a task takes the former assignee's grant away, their late submission is told why. */
  @Test
  void aRecordSubmittedByTheSupervisorAfterItPassedToTheCoverIsToldItWasPassedOn() throws Exception {
    People people = contractedOrganisation();
    Task recordTask = recordingDue(people.practitioner());
    // Handing it on leaves the supervisor only reading it (TaskAssignmentAuthorizations).
    taskService.setAssignee(recordTask.getId(), people.otherTeamManager());

    ResponseEntity<String> late = submit(people.teamManager(), recordTask.getId(), sessionRecord());

    assertThat(late.getStatusCode().value()).as(late.getBody()).isEqualTo(409);
    assertThat(message(late)).contains("passed to someone else").contains("Reload Tasklist");
    assertThat(records.findBySuperviseeIdOrderByHeldOnDesc(people.practitioner())).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(recordTask.getId()).singleResult().getAssignee())
        .isEqualTo(people.otherTeamManager());
  }

  /** Someone who never had the task is refused as before, and learns nothing about it. */
  @Test
  void aTaskThatWasNeverYoursIsRefusedAsBeforeNotReportedAsAConflict() throws Exception {
    People people = contractedOrganisation();
    Task recordTask = recordingDue(people.practitioner());

    ResponseEntity<String> stranger = submit(people.otherTeamManager(), recordTask.getId(), sessionRecord());

    assertThat(stranger.getStatusCode().value()).as(stranger.getBody()).isEqualTo(403);
  }

  private void assertOneSavedAndOneToldItIsDone(List<ResponseEntity<String>> answers) throws Exception {
    List<Integer> statuses = answers.stream().map(a -> a.getStatusCode().value()).sorted().toList();
    assertThat(statuses).as(answers.toString()).containsExactly(204, 409);
    ResponseEntity<String> loser = answers.stream().filter(a -> a.getStatusCode().value() == 409).findFirst()
        .orElseThrow();
    assertThat(loser.getHeaders().getContentType()).isNotNull();
    assertThat(loser.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(message(loser)).containsAnyOf("already been completed", "at the same moment").contains("Reload Tasklist");
    losers.merge(message(loser).contains("at the same moment") ? "at the same moment" : "after completion", 1,
        Integer::sum);
  }

  /** Both calls released by a barrier, as two browser tabs submitting at once. */
  @SafeVarargs
  private List<ResponseEntity<String>> atOnce(java.util.concurrent.Callable<ResponseEntity<String>>... calls)
      throws Exception {
    CyclicBarrier start = new CyclicBarrier(calls.length);
    List<Future<ResponseEntity<String>>> running = new ArrayList<>();
    for (var call : calls) {
      running.add(tabs.submit(() -> {
        start.await(10, TimeUnit.SECONDS);
        return call.call();
      }));
    }
    List<ResponseEntity<String>> answers = new ArrayList<>();
    for (Future<ResponseEntity<String>> answer : running) {
      answers.add(answer.get(60, TimeUnit.SECONDS));
    }
    return answers;
  }

  private ResponseEntity<String> submit(String user, String taskId, Map<String, Object> values) throws Exception {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return rest.withBasicAuth(user, TestOrganisation.PASSWORD).postForEntity("/engine-rest/task/" + taskId
        + "/submit-form", new HttpEntity<>(json.writeValueAsString(Map.of("variables", variables)), headers),
        String.class);
  }

  private String message(ResponseEntity<String> answer) throws Exception {
    JsonNode body = json.readTree(answer.getBody());
    return body.get("message").asText();
  }

  private Task taskOf(String processInstanceId, String taskKey) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
        .singleResult();
  }

  private static Map<String, Object> sessionRecord() {
    return Map.of("heldOn", "2026-04-02", "durationMinutes", 90, "workloadManagement", "Caseload reviewed");
  }

  /** The practitioner's contract in force since 2 March 2026. */
  private People contractedOrganisation() {
    at(LocalDateTime.of(2026, 3, 2, 9, 0));
    People people = organisation.create(LocalDate.of(2026, 3, 2));
    contracts.inForce(people.practitioner());
    return people;
  }

  /** The first session's day, 2 April 2026, after it: the supervisor's task to record it. */
  private Task recordingDue(String superviseeId) {
    BookedSession first = schedule.scheduleOf(superviseeId).get(0);
    at(LocalDateTime.of(2026, 4, 2, 12, 0));
    for (int step = 0; step < 2; step++) {
      Job due = managementService.createJobQuery().processInstanceId(first.getProcessInstanceId()).timers()
          .singleResult();
      managementService.executeJob(due.getId());
    }
    return taskOf(first.getProcessInstanceId(), "UserTask_RecordSession");
  }

  private static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
  }
}
