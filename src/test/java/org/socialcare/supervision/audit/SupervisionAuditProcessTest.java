package org.socialcare.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.compliance.ComplianceScope;
import org.socialcare.supervision.compliance.ComplianceService;
import org.socialcare.supervision.compliance.LastAudits.LastAudit;
import org.socialcare.supervision.action.ActionStatus;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.notification.Notification;
import org.socialcare.supervision.notification.NotificationRepository;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.session.BookedSession;
import org.socialcare.supervision.session.SessionRecording;
import org.socialcare.supervision.session.SessionSchedule;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 001, "Social Work Supervision Audit Tool": the auditor completes the tool on a file whose
 * evidence the application fills in; the judgement, the actions and the observation of practice.
 */
class SupervisionAuditProcessTest extends ProcessTestCase {

  @Autowired
  ComplianceService compliance;
  @Autowired
  LineManagement lineManagement;

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  AuditFixture audits;
  @Autowired
  AuditTool tool;
  @Autowired
  ContractFixture contracts;
  @Autowired
  SessionSchedule schedule;
  @Autowired
  SessionRecording recording;
  @Autowired
  SupervisionFiles files;
  @Autowired
  NotificationRepository notifications;

  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(today());
  }

  @Test
  void theToolIsFilledWithTheContractTheRecordsTheFileAndTheCaseDiscussions() {
    contracts.inForce(people.practitioner());
    String caseReference = "C-" + people.practitioner().substring(3);
    recordSignedSession(today(), List.of(Map.of("caseReference", caseReference, "discussed", true,
        "currentSituation", "Plan on track", "reflection", "Worker reflected on her own anxiety",
        "analysis", "Risk lower", "caseActions", "Step down to child in need plan")));
    files.updateCertification(people.practitioner(), people.practitioner(), Map.of("hcpcNumber", "SW123456",
        "hcpcRegisteredOn", "2019-09-01", "insuranceSeenOn", today().minusMonths(2).toString()));
    moveClockBy(Duration.ofDays(70));

    GrandparentAudit audit = audits.start(AuditKind.FILE_AUDIT, people.practitioner());
    Map<String, Object> form = runtimeService().getVariables(audit.getProcessInstanceId());

    assertThat(form.get("contractInPlaceSuggested")).isEqualTo("yes");
    assertThat(form.get("contractInPlaceEvidence").toString()).contains("Contract in force from 2026-03-02",
        "signed by the supervisor on 2026-03-02 and by the supervisee on 2026-03-02", "frequency monthly",
        "type individual");
    assertThat(form.get("recordsSignedSuggested")).isEqualTo("yes");
    assertThat(form.get("recordsSignedEvidence")).isEqualTo("2026-03-02: signed by both");
    assertThat(form.get("regularSupervisionSuggested")).as("nothing recorded for over two months").isEqualTo("no");
    assertThat(form.get("regularSupervisionEvidence").toString()).contains("monthly", "no record since 2026-03-02");
    assertThat(form.get("hcpcRegistrationSuggested")).isEqualTo("yes");
    assertThat(form.get("hcpcNumber")).isEqualTo("SW123456");
    assertThat(form.get("carInsuranceSuggested")).isEqualTo("yes");
    assertThat(form.get("appraisalSuggested")).as("no appraisal date on the file").isEqualTo("no");
    assertThat(form.get("personalInformationSheetSuggested")).isEqualTo("no");
    assertThat(form.get("cpdLogSuggested")).isEqualTo("no");
    assertThat(form.get("sectionsUsed").toString()).contains("1. Workload management")
        .contains(": 1 of 1 records").contains(": 0 of 1 records");
    assertThat(form.get("caseHolder")).isEqualTo(true);
    assertThat(caseRows(audit)).singleElement().satisfies(row -> {
      assertThat(row.get("caseReference")).isEqualTo(caseReference);
      assertThat(row.get("discussionDates")).isEqualTo("2026-03-02");
      assertThat(row.get("managerDecisions")).isEqualTo("2026-03-02: Step down to child in need plan");
    });
  }

  @Test
  void anAuditorWhoDisagreesWithTheEvidenceMustSayWhy() {
    contracts.inForce(people.practitioner());
    GrandparentAudit audit = audits.start(AuditKind.FILE_AUDIT, people.practitioner());
    Task task = audits.taskOf(audit);
    Map<String, Object> answers = agreeingAnswers(audit, "GOOD");
    answers.put("contractInPlace", "no");

    assertThat(rejectionOf(() -> complete(task, answers)).fieldErrors()).containsOnlyKeys("contractInPlaceWhy");
    assertThat(runtimeService().createProcessInstanceQuery().processInstanceId(audit.getProcessInstanceId())
        .singleResult()).isWaitingAt("UserTask_AuditSupervisionFile");

    answers.put("contractInPlaceWhy", "The paper copy on file is not signed by the supervisee");
    complete(task, answers);
    assertThat(tool.answersOf(audit.getId())).filteredOn(a -> a.getQuestion() == AuditQuestion.CONTRACT_IN_PLACE)
        .singleElement().satisfies(answer -> {
          assertThat(answer.getSuggestedAnswer()).isTrue();
          assertThat(answer.getAnswer()).isFalse();
          assertThat(answer.disagreesWithEvidence()).isTrue();
          assertThat(answer.getReason()).isEqualTo("The paper copy on file is not signed by the supervisee");
        });
  }

  @Test
  void supervisionThatWasNotRegularNeedsToSayWhyNot() {
    GrandparentAudit audit = audits.start(AuditKind.FILE_AUDIT, people.nonCaseHolder());
    Map<String, Object> answers = agreeingAnswers(audit, "GOOD");
    assertThat(answers.get("regularSupervision")).as("no contract, so no agreed frequency").isEqualTo("no");
    answers.put("notRegularWhy", " ");

    assertThat(rejectionOf(() -> complete(audits.taskOf(audit), answers)).fieldErrors())
        .containsOnlyKeys("notRegularWhy");
  }

  @Test
  void anAuditNotDoneInSixWeeksRemindsTheAuditorAndTwoWeeksLaterTellsTheirLineManager() {
    GrandparentAudit audit = audits.start(AuditKind.FILE_AUDIT, people.practitioner());
    String auditorsManager = lineManagement.lineManagerOf(audit.getAuditorId());

    moveClockBy(Duration.ofDays(42).plusMinutes(1));
    runDueTimers(audit);
    assertThat(notifications.findByRecipientIdOrderByIdAsc(audit.getAuditorId())).extracting(Notification::getSubject)
        .contains("Due: Audit the supervision file");
    assertThat(notifications.findByRecipientIdOrderByIdAsc(auditorsManager)).extracting(Notification::getSubject)
        .noneMatch(subject -> subject.startsWith("Overdue: Audit the supervision file"));

    moveClockBy(Duration.ofDays(14));
    runDueTimers(audit);
    assertThat(notifications.findByRecipientIdOrderByIdAsc(auditorsManager)).extracting(Notification::getSubject)
        .anyMatch(subject -> subject.startsWith("Overdue: Audit the supervision file"));
    assertThat(instanceOf(audit)).isWaitingAt("UserTask_AuditSupervisionFile");
  }

  private void runDueTimers(GrandparentAudit audit) {
    engine.getManagementService().createJobQuery().processInstanceId(audit.getProcessInstanceId()).timers()
        .executable().list().forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  @Test
  void aFileJudgedInadequateIsRaisedWithTheAuditorsOwnManager() {
    GrandparentAudit audit = audits.start(AuditKind.FILE_AUDIT, people.practitioner());
    ProcessInstance instance = instanceOf(audit);

    complete(task(instance), agreeingAnswers(audit, "INADEQUATE"));
    execute(job(instance));

    assertThat(instance).isEnded().hasPassed("ServiceTask_TellAuditorsManager", "EndEvent_InadequateRaised");
    assertThat(tool.audit(audit.getId()).getJudgement()).isEqualTo(AuditJudgement.INADEQUATE);
    assertThat(notifications.findByRecipientIdOrderByIdAsc(people.assistantDirector()))
        .as("the service manager audited; their manager is the assistant director")
        .extracting(Notification::getSubject)
        .containsExactly("Supervision file judged Inadequate: Pat Practitioner");
    assertThat(compliance.report(ComplianceScope.person(people.practitioner())).people()).singleElement()
        .satisfies(person -> assertThat(person.lastAudit()).as("the compliance view shows the judgement")
            .isEqualTo(new LastAudit(today(), "Inadequate", audit.getAuditorId())));
  }

  @ParameterizedTest
  @EnumSource(value = AuditJudgement.class, names = "INADEQUATE", mode = EnumSource.Mode.EXCLUDE)
  void otherJudgementsAreRecordedWithoutRaisingThemFurther(AuditJudgement judgement) {
    GrandparentAudit audit = audits.start(AuditKind.FILE_AUDIT, people.practitioner());
    ProcessInstance instance = instanceOf(audit);

    complete(task(instance), agreeingAnswers(audit, judgement.name()));

    assertThat(instance).isEnded().hasPassed("EndEvent_AuditCompleted").hasNotPassed("ServiceTask_TellAuditorsManager");
    GrandparentAudit done = tool.audit(audit.getId());
    assertThat(done.getStatus()).isEqualTo(AuditStatus.COMPLETED);
    assertThat(done.getJudgement()).isEqualTo(judgement);
    assertThat(done.getQualityComment()).isEqualTo("Sessions are reflective and well recorded");
    assertThat(done.getCompletedOn()).isEqualTo(today());
    assertThat(tool.answersOf(audit.getId())).hasSize(AuditQuestion.values().length)
        .allSatisfy(answer -> assertThat(answer.getAnswer()).isNotNull());
    assertThat(tool.caseChecksOf(audit.getId())).singleElement()
        .satisfies(check -> assertThat(check.getEvidenceOfReflection())
            .isEqualTo("Reflection on the family's history"));
    assertThat(notifications.findByRecipientIdOrderByIdAsc(people.assistantDirector())).isEmpty();
  }

  @Test
  void caseHoldersNeedTheirCasesAuditedWithEvidenceOfReflection() {
    GrandparentAudit audit = audits.start(AuditKind.FILE_AUDIT, people.practitioner());
    Map<String, Object> answers = agreeingAnswers(audit, "GOOD");
    answers.put("caseChecks", List.of());

    assertThat(rejectionOf(() -> complete(audits.taskOf(audit), answers)).fieldErrors().get("caseChecks"))
        .contains("audit 1 cases");
  }

  @Test
  void actionsBecomeFollowUpTasksAndAnOverdueOneGoesToTheAuditor() {
    GrandparentAudit audit = audits.start(AuditKind.FILE_AUDIT, people.practitioner());
    Map<String, Object> answers = agreeingAnswers(audit, "REQUIRES_IMPROVEMENT");
    answers.put("auditActions", List.of(Map.of("comment", "Records are not signed within a week",
        "what", "Sign records within a week of each session", "ownerId", "supervisor",
        "dueOn", today().plusDays(14).toString())));

    complete(audits.taskOf(audit), answers);

    AgreedAction action = tool.actionsOf(audit.getId()).get(0);
    assertThat(action.getOwnerId()).isEqualTo(people.teamManager());
    assertThat(action.getDescription()).startsWith("Sign records within a week of each session")
        .contains("Audit finding: Records are not signed within a week");
    assertThat(action.getDueOn()).isEqualTo(today().plusDays(14));
    ProcessInstance followUp = runtimeService().createProcessInstanceQuery()
        .processInstanceId(action.getProcessInstanceId()).singleResult();
    assertThat(followUp).isWaitingAt("UserTask_CarryOutAction").task().isAssignedTo(people.teamManager());

    moveClockBy(Duration.ofDays(15));
    execute(job(followUp));

    assertThat(notifications.findByRecipientIdOrderByIdAsc(people.serviceManager()))
        .as("the auditor follows up the audit's actions")
        .anySatisfy(reminder -> {
          assertThat(reminder.getSubject()).startsWith("Action overdue since " + today().minusDays(1));
          assertThat(reminder.getBody()).endsWith("Sol Service, who audited it, follows it up.");
        });
    assertThat(tool.actionsOf(audit.getId()).get(0).getStatus()).isEqualTo(ActionStatus.OPEN);
  }

  @Test
  void theObservationRecordsStrengthsAndDevelopmentPointsAndFeedsThemBack() {
    GrandparentAudit audit = audits.start(AuditKind.OBSERVATION, people.practitioner());
    ProcessInstance instance = instanceOf(audit);
    assertThat(instance).isWaitingAt("UserTask_ObserveSupervisionPractice").task()
        .isAssignedTo(people.serviceManager());
    Map<String, Object> observation = new HashMap<>(Map.of("observedOn", today().plusDays(1).toString(),
        "strengths", "Warm, clear agenda", "developmentPoints", "Leave more room for reflection"));

    assertThat(rejectionOf(() -> complete(task(instance), observation)).fieldErrors()).containsOnlyKeys("observedOn");
    observation.put("observedOn", today().toString());
    complete(task(instance), observation);

    assertThat(instance).isEnded().hasPassed("EndEvent_ObservationRecorded");
    GrandparentAudit observed = tool.audit(audit.getId());
    assertThat(observed.getObservedOn()).isEqualTo(today());
    assertThat(observed.getStrengths()).isEqualTo("Warm, clear agenda");
    assertThat(observed.getDevelopmentPoints()).isEqualTo("Leave more room for reflection");
    assertThat(notifications.findByRecipientIdOrderByIdAsc(people.teamManager()))
        .extracting(Notification::getBody).anyMatch(body -> body.contains("Leave more room for reflection"));
  }

  /** Every question answered as the evidence suggests (section 2: yes), case rows with reflection. */
  private Map<String, Object> agreeingAnswers(GrandparentAudit audit, String judgement) {
    Map<String, Object> form = runtimeService().getVariables(audit.getProcessInstanceId());
    Map<String, Object> answers = new HashMap<>();
    for (AuditQuestion question : AuditQuestion.values()) {
      answers.put(question.key(), question.fromEvidence() ? form.get(question.suggestedKey()) : "yes");
    }
    answers.put("notRegularWhy", "Sickness absence of the supervisor, recorded on the file");
    answers.put("judgement", judgement);
    answers.put("qualityComment", "Sessions are reflective and well recorded");
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, Object> row : caseRows(audit)) {
      Map<String, Object> filled = new LinkedHashMap<>(row);
      filled.put("evidenceOfReflection", "Reflection on the family's history");
      rows.add(filled);
    }
    answers.put("caseChecks", rows);
    answers.put("auditActions", List.of());
    return answers;
  }

  private List<Map<String, Object>> caseRows(GrandparentAudit audit) {
    Object rows = runtimeService().getVariable(audit.getProcessInstanceId(), "caseChecks");
    try {
      return JSON.readValue(rows.toString(), new TypeReference<List<Map<String, Object>>>() { });
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private void recordSignedSession(LocalDate heldOn, List<Map<String, Object>> caseDiscussions) {
    BookedSession first = schedule.scheduleOf(people.practitioner()).get(0);
    Long recordId = recording.record(first.getId(), Map.of("heldOn", heldOn.toString(), "durationMinutes", 90,
        "workloadManagement", "Caseload reviewed", "caseDiscussions", caseDiscussions), null).getId();
    recording.signBySupervisee(recordId, true, "Fair record");
    recording.signBySupervisor(recordId, true);
  }

  private static ProcessInstance instanceOf(GrandparentAudit audit) {
    return runtimeService().createProcessInstanceQuery().processInstanceId(audit.getProcessInstanceId()).singleResult();
  }
}
