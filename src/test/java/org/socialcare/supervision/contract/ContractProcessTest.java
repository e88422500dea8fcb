package org.socialcare.supervision.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.notification.NotificationRepository;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/** The supervision contract (seed 001, section 10 and Appendix 1), one test per rule. */
class ContractProcessTest extends ProcessTestCase {

  @Autowired
  ContractProcess contractProcess;
  @Autowired
  ContractRepository contracts;
  @Autowired
  NotificationRepository notifications;
  @Autowired
  ContractService contractService;

  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(today());
  }

  @Test
  void aNewSupervisoryRelationshipAsksTheSupervisorToDraftAContractOnThePolicysTerms() {
    ProcessInstance contract = contractProcess.start(people.practitioner());

    assertThat(contract).isWaitingAt("UserTask_DraftContract").task().isAssignedTo(people.teamManager());
    assertThat(contract.getBusinessKey()).isEqualTo(people.practitioner());
    assertThat(contract).variables()
        .containsEntry("frequency", "MONTHLY")
        .containsEntry("durationMinutes", 90)
        .containsEntry("format", "INDIVIDUAL")
        .containsEntry("reviewDate", today().plusMonths(12).toString())
        // The named manager for disagreements is the supervisor's line manager.
        .containsEntry("disagreementManagerId", people.serviceManager());
    assertThat(task(contract).getDueDate()).isNotNull();
  }

  @Test
  void aContractComesIntoForceOnceBothPartiesHaveSignedAndDatedIt() {
    ProcessInstance instance = contractProcess.start(people.practitioner());
    complete(task(instance), draft());

    assertThat(instance).isWaitingAt("UserTask_SuperviseeSignsContract", "UserTask_SupervisorSignsContract");
    complete(task("UserTask_SupervisorSignsContract", instance), withVariables("supervisorSigns", true));
    assertThat(contracts.findFirstBySuperviseeIdAndStatus(people.practitioner(), ContractStatus.IN_FORCE)).isEmpty();
    complete(task("UserTask_SuperviseeSignsContract", instance), withVariables("superviseeDecision", "sign"));
    executeDueJobs(engine, instance.getId());

    SupervisionContract inForce = contracts
        .findFirstBySuperviseeIdAndStatus(people.practitioner(), ContractStatus.IN_FORCE).orElseThrow();
    assertThat(inForce.getSupervisorId()).isEqualTo(people.teamManager());
    assertThat(inForce.getSuperviseeSignedOn()).isEqualTo(today());
    assertThat(inForce.getSupervisorSignedOn()).isEqualTo(today());
    assertThat(inForce.getKeyTasks()).isEqualTo("Child protection casework; court skills");
    assertThat(instance).isWaitingAt("Gateway_AwaitReview");
  }

  @Test
  void aSupervisorMayContractMoreFrequentSupervisionThanThePolicyDemands() {
    ProcessInstance instance = contractProcess.start(people.practitioner());
    complete(task(instance), draft("frequency", "FORTNIGHTLY", "durationMinutes", 120));

    Long contractId = (Long) runtimeVariable(instance, "contractId");
    assertThat(contracts.findById(contractId).orElseThrow().getFrequency()).isEqualTo(SupervisionFrequency.FORTNIGHTLY);
  }

  @Test
  void aContractMayNotSetSupervisionLessFrequentOrShorterThanThePolicyMinimum() {
    ProcessInstance instance = contractProcess.start(people.practitioner());
    Task draftTask = task(instance);

    assertThatThrownBy(() -> complete(draftTask, draft("frequency", "QUARTERLY")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class)
        .hasMessageContaining("frequency").hasMessageContaining("policy minimum");
    assertThatThrownBy(() -> complete(draftTask, draft("durationMinutes", 60)))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("durationMinutes");

    assertThat(instance).isWaitingAt("UserTask_DraftContract");
    assertThat(contracts.findBySuperviseeIdOrderByIdAsc(people.practitioner())).isEmpty();
  }

  @Test
  void aDraftNeedsKeyTasksAReviewDateWithinTwelveMonthsAndAKnownManager() {
    ProcessInstance instance = contractProcess.start(people.practitioner());

    assertThatThrownBy(() -> complete(task(instance), draft("keyTasks", " ",
        "reviewDate", today().plusMonths(13).toString(), "disagreementManagerId", "nobody")))
        .rootCause().isInstanceOfSatisfying(SubmissionRejectedException.class, e -> assertThat(e.fieldErrors())
            .containsOnlyKeys("keyTasks", "reviewDate", "disagreementManagerId"));
    assertThat(contracts.findBySuperviseeIdOrderByIdAsc(people.practitioner())).isEmpty();
  }

  @Test
  void anAsyeInTheirFirstSixWeeksIsOfferedWeeklySupervision() {
    ProcessInstance instance = contractProcess.start(people.asye());

    assertThat(instance).variables().containsEntry("frequency", "WEEKLY");
    assertThatThrownBy(() -> complete(task(instance), draft("frequency", "MONTHLY")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class);
  }

  @Test
  void theSuperviseeMayReturnTheDraftWithCommentsWhichGoBackToTheSupervisor() {
    ProcessInstance instance = contractProcess.start(people.practitioner());
    complete(task(instance), draft());
    Long firstDraft = (Long) runtimeVariable(instance, "contractId");

    assertThatThrownBy(() -> complete(task("UserTask_SuperviseeSignsContract", instance),
        withVariables("superviseeDecision", "return", "returnComments", "")))
        .hasRootCauseInstanceOf(SubmissionRejectedException.class).hasMessageContaining("returnComments");
    complete(task("UserTask_SuperviseeSignsContract", instance),
        withVariables("superviseeDecision", "return", "returnComments", "Please add my court work"));

    assertThat(instance).isWaitingAt("UserTask_DraftContract").task().isAssignedTo(people.teamManager());
    assertThat(taskQuery().processInstanceId(instance.getId()).taskDefinitionKey("UserTask_SupervisorSignsContract")
        .count()).isZero();
    SupervisionContract returned = contracts.findById(firstDraft).orElseThrow();
    assertThat(returned.getStatus()).isEqualTo(ContractStatus.RETURNED);
    assertThat(returned.getReturnedComments()).isEqualTo("Please add my court work");

    complete(task(instance), draft("keyTasks", "Child protection casework; court work"));
    SupervisionContract redraft = contracts.findById((Long) runtimeVariable(instance, "contractId")).orElseThrow();
    assertThat(redraft.getPreviousContractId()).isEqualTo(firstDraft);
    assertThat(redraft.getStatus()).isEqualTo(ContractStatus.AWAITING_SIGNATURES);
  }

  @Test
  void aContractInForceCannotBeChanged() {
    ProcessInstance instance = contractInForce(people.practitioner());
    SupervisionContract inForce = contracts
        .findFirstBySuperviseeIdAndStatus(people.practitioner(), ContractStatus.IN_FORCE).orElseThrow();

    assertThatThrownBy(() -> contractService.returnToSupervisor(inForce.getId(), "change it"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> contractService.signBySupervisee(inForce.getId()))
        .isInstanceOf(IllegalStateException.class);
    assertThat(instance).isWaitingAt("Gateway_AwaitReview");
  }

  @Test
  void theContractIsReviewedAtItsReviewDateAndBothSignAgain() {
    ProcessInstance instance = contractInForce(people.practitioner());
    SupervisionContract first = contracts
        .findFirstBySuperviseeIdAndStatus(people.practitioner(), ContractStatus.IN_FORCE).orElseThrow();
    Job reviewTimer = job(instance);
    assertThat(reviewTimer.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalDate())
        .isEqualTo(first.getReviewDate());

    moveClockBy(Duration.ofDays(366));
    execute(reviewTimer);

    assertThat(instance).isWaitingAt("UserTask_ReviewContract").task().isAssignedTo(people.teamManager());
    assertThat(instance).variables().containsEntry("keyTasks", first.getKeyTasks());
    complete(task(instance), draft("keyTasks", "Reviewed: child protection casework"));
    signByBoth(instance);

    assertThat(contracts.findById(first.getId()).orElseThrow().getStatus()).isEqualTo(ContractStatus.SUPERSEDED);
    SupervisionContract reviewed = contracts
        .findFirstBySuperviseeIdAndStatus(people.practitioner(), ContractStatus.IN_FORCE).orElseThrow();
    assertThat(reviewed.getKeyTasks()).isEqualTo("Reviewed: child protection casework");
    assertThat(reviewed.getPreviousContractId()).isEqualTo(first.getId());
    assertThat(instance).isWaitingAt("Gateway_AwaitReview");
  }

  @Test
  void eitherPartyMayAskForAReviewBeforeTheReviewDate() {
    ProcessInstance instance = contractInForce(people.practitioner());

    assertThat(contractProcess.requestEarlierReview(people.practitioner())).isTrue();

    assertThat(instance).isWaitingAt("UserTask_ReviewContract");
    // A second request while the review is under way has nothing to reach.
    assertThat(contractProcess.requestEarlierReview(people.practitioner())).isFalse();
  }

  @Test
  void aSuperviseeAsksInTasklistForAnEarlierReviewAndTheSupervisorIsToldWhy() {
    ProcessInstance contract = contractInForce(people.practitioner());

    ProcessInstance request = startAs(people.practitioner(), Map.of("reason", "My caseload has changed"));

    assertThat(request).isEnded().hasPassed("ServiceTask_RequestEarlierReview");
    assertThat(request.getBusinessKey()).isEqualTo(people.practitioner());
    assertThat(contract).isWaitingAt("UserTask_ReviewContract");
    assertThat(notifications.findByRecipientIdOrderByIdAsc(people.teamManager()))
        .anySatisfy(n -> assertThat(n.getBody()).contains("My caseload has changed"));
  }

  @Test
  void onlyTheSuperviseeOrTheirSupervisorMayAskForAnEarlierReview() {
    ProcessInstance contract = contractInForce(people.practitioner());

    assertThat(rejectionOf(() -> startAs(people.colleague(),
        Map.of("superviseeId", people.practitioner(), "reason", "I think so"))).fieldErrors())
        .containsOnlyKeys("superviseeId").extractingByKey("superviseeId").asString().contains("or their supervisor");
    assertThat(rejectionOf(() -> startAs(people.teamManager(), Map.of("superviseeId", people.practitioner())))
        .fieldErrors()).containsOnlyKeys("reason");

    assertThat(contract).isWaitingAt("Gateway_AwaitReview");
    startAs(people.teamManager(), Map.of("superviseeId", people.practitioner(), "reason", "New duties"));
    assertThat(contract).isWaitingAt("UserTask_ReviewContract");
  }

  /** The rejection a submission met, wherever the engine wrapped it. */

  /** Starts contract-review-request as Tasklist does: as the logged-in user, with their authorizations. */
  private ProcessInstance startAs(String userId, Map<String, Object> form) {
    return asUser(userId, () -> engine.getRuntimeService().startProcessInstanceByKey(ContractProcess.REVIEW_REQUEST_KEY, form));
  }

  /** Runs an engine call as Tasklist would for the logged-in user, with their groups and authorizations. */

  @Test
  void aNewContractForTheSameSuperviseeEndsTheEarlierContractsReviewWait() {
    ProcessInstance earlier = contractInForce(people.practitioner());
    ProcessInstance later = contractInForce(people.practitioner());

    assertThat(earlier).isEnded().hasPassed("EndEvent_ContractSuperseded");
    assertThat(later).isWaitingAt("Gateway_AwaitReview");
    assertThat(contracts.findBySuperviseeIdOrderByIdAsc(people.practitioner()))
        .extracting(SupervisionContract::getStatus)
        .containsExactly(ContractStatus.SUPERSEDED, ContractStatus.IN_FORCE);
  }

  @Test
  void anOverdueTaskRemindsTheAssigneeWhenDueAndLaterTellsTheirLineManager() {
    ProcessInstance instance = contractProcess.start(people.practitioner());
    // The periods are the diagram's (due date, reminder and escalation timers): an analyst may change them.
    Date due = task(instance).getDueDate();
    List<Job> timers = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .orderByJobDuedate().asc().list();
    assertThat(timers).hasSize(2);
    assertThat(timers.get(0).getDuedate()).as("the reminder falls on the due date").isCloseTo(due, 60_000);
    assertThat(timers.get(1).getDuedate()).as("the line manager is told after that").isAfter(due);

    moveClockBy(Duration.between(ClockUtil.getCurrentTime().toInstant(), due.toInstant()).plusMinutes(1));
    execute(dueTimer(instance));
    assertThat(notifications.findByRecipientIdOrderByIdAsc(people.teamManager()))
        .singleElement().satisfies(n -> assertThat(n.getSubject()).isEqualTo("Due: Draft supervision contract"));
    assertThat(notifications.findByRecipientIdOrderByIdAsc(people.serviceManager())).isEmpty();

    moveClockBy(Duration.between(ClockUtil.getCurrentTime().toInstant(), timers.get(1).getDuedate().toInstant()).plusMinutes(1));
    execute(dueTimer(instance));
    assertThat(notifications.findByRecipientIdOrderByIdAsc(people.serviceManager()))
        .singleElement().satisfies(n -> assertThat(n.getSubject()).startsWith("Overdue: Draft supervision contract"));
    assertThat(instance).isWaitingAt("UserTask_DraftContract");
  }

  @Test
  void fromTasklistOnlyTheSupervisorOrAManagerAboveMayStartAContract() {
    assertThat(rejectionOf(() -> startContractAs(people.otherTeamManager(), people.practitioner())).getMessage())
        .contains("Only the supervisor");
    assertThat(processInstanceQuery().processInstanceBusinessKey(people.practitioner()).count()).isZero();

    assertThat(startContractAs(people.serviceManager(), people.practitioner()))
        .isWaitingAt("UserTask_DraftContract").task().isAssignedTo(people.teamManager());
  }

  private ProcessInstance startContractAs(String userId, String superviseeId) {
    return asUser(userId, () -> engine.getRuntimeService().startProcessInstanceByKey(ContractProcess.KEY,
        Map.of("superviseeId", superviseeId)));
  }

  @Test
  void aContractCannotBeStartedForSomeoneWithoutASupervisor() {
    assertThatThrownBy(() -> contractProcess.start(people.director()))
        .isInstanceOf(SubmissionRejectedException.class).hasMessageContaining("has no supervisor");
  }

  private Job dueTimer(ProcessInstance instance) {
    return engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers()
        .duedateLowerThan(ClockUtil.getCurrentTime()).singleResult();
  }

  private ProcessInstance contractInForce(String superviseeId) {
    ProcessInstance instance = contractProcess.start(superviseeId);
    complete(task(instance), draft());
    signByBoth(instance);
    return instance;
  }

  private void signByBoth(ProcessInstance instance) {
    complete(task("UserTask_SupervisorSignsContract", instance), withVariables("supervisorSigns", true));
    complete(task("UserTask_SuperviseeSignsContract", instance), withVariables("superviseeDecision", "sign"));
    executeDueJobs(engine, instance.getId());
  }

  private Object runtimeVariable(ProcessInstance instance, String name) {
    return engine.getRuntimeService().getVariable(instance.getId(), name);
  }

  /** What a supervisor submits on the drafting form, with some fields overridden. */
  private Map<String, Object> draft(Object... overrides) {
    Map<String, Object> values = new HashMap<>(ContractFormScenarios.validDraft(people, today()));
    for (int i = 0; i < overrides.length; i += 2) {
      values.put((String) overrides[i], overrides[i + 1]);
    }
    return values;
  }

}
