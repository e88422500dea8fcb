package org.socialcare.supervision.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.notification.Notification;
import org.socialcare.supervision.notification.NotificationRepository;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.session.RecordPdf;
import org.socialcare.supervision.session.RecordStatus;
import org.socialcare.supervision.session.SessionProcess;
import org.socialcare.supervision.session.SessionRecording;
import org.socialcare.supervision.session.SessionSchedule;
import org.socialcare.supervision.session.SupervisionRecord;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 001, Appendix 1, "Disagreements": "If the supervisor and supervisee cannot agree on any
 * aspect of work performance or service delivery for which a decision must be made, either party
 * may refer the issue for resolution to the appropriate Service Manager. In the case of dispute
 * between a Service Manager and a Team Manager the disagreement and its resolution will be
 * recorded on the Record of Supervision."
 */
class DisagreementEscalationTest extends ProcessTestCase {

  @Autowired
  EscalationFixture fixture;
  @Autowired
  DisagreementService disagreements;
  @Autowired
  NotificationRepository notifications;
  @Autowired
  SessionRecording recording;
  @Autowired
  SessionSchedule schedule;
  @Autowired
  RecordPdf pdf;

  @Test
  void aSuperviseeRefersADisagreementToTheManagerTheContractNames() {
    People people = fixture.contractedNaming(People::otherServiceManager);
    SupervisionRecord record = fixture.signedRecord(people.practitioner());

    ProcessInstance raised = raise(people.practitioner(), EscalationFixture.statement());

    assertThat(raised).isWaitingAt("UserTask_DecideDisagreement").task().isAssignedTo(people.otherServiceManager());
    assertThat(raised.getBusinessKey()).isEqualTo(people.practitioner());
    assertThat(task(raised).getDueDate()).as("decided within the diagram's decision period, 10 days")
        .isEqualTo(at(LocalDateTime.of(2026, 4, 12, 12, 0)));
    Disagreement disagreement = disagreementOf(raised);
    assertThat(disagreement.getRaisedBy()).isEqualTo(people.practitioner());
    assertThat(disagreement.getRecordId()).isEqualTo(record.getId());
    assertThat(disagreement.getSupervisorId()).isEqualTo(people.teamManager());
    assertThat(raised).variables().extractingByKey("disagreementSummary").asString()
        .contains("Close the case of child C", "The family still needs support", "The plan's goals are met",
            "A child's safety", "record of 2026-04-02");
    assertThat(subjectsTo(people.teamManager())).as("the other party is told")
        .contains("Disagreement referred to Oona Other");
  }

  @Test
  void theSupervisorMayRaiseItTooAndTheDecisionIsToldToBothAndLinkedToTheRecord() {
    People people = fixture.contracted();
    SupervisionRecord record = fixture.signedRecord(people.practitioner());
    Map<String, Object> form = new HashMap<>(EscalationFixture.statement());
    form.put("superviseeId", people.practitioner());

    ProcessInstance raised = raise(people.teamManager(), form);
    assertThat(raised).task().isAssignedTo(people.serviceManager());
    assertThat(disagreementOf(raised).getRaisedBy()).isEqualTo(people.teamManager());
    complete(task(raised), withVariables("resolution", "Keep the case open for three more months",
        "metBothParties", true));
    execute(job(raised));

    assertThat(raised).isEnded().hasPassed("ServiceTask_RecordOutcome", "EndEvent_DisagreementDecided");
    Disagreement decided = disagreementOf(raised);
    assertThat(decided.getResolution()).isEqualTo("Keep the case open for three more months");
    assertThat(decided.getMetBothParties()).isTrue();
    assertThat(decided.getDecidedBy()).isEqualTo(people.serviceManager());
    assertThat(disagreements.aboutRecord(record.getId())).extracting(Disagreement::getId)
        .containsExactly(decided.getId());
    for (String party : List.of(people.practitioner(), people.teamManager())) {
      assertThat(notifications.findByRecipientIdOrderByIdAsc(party))
          .filteredOn(n -> n.getSubject().startsWith("Outcome of the disagreement")).singleElement()
          .satisfies(n -> assertThat(n.getBody()).contains("Keep the case open", "having met both parties",
              "record of 2026-04-02"));
    }
    assertThat(disagreements.addendaOf(record.getId())).as("a practitioner's disagreement is not on the record")
        .isEmpty();
  }

  @Test
  void aNamedManagerWhoIsOneOfThePartiesIsPassedOverForTheSupervisorsLineManager() {
    People people = fixture.contractedNaming(People::teamManager);
    fixture.signedRecord(people.practitioner());

    ProcessInstance raised = raise(people.practitioner(), EscalationFixture.statement());

    assertThat(raised).task().isAssignedTo(people.serviceManager());
  }

  @Test
  void aDecisionNotMadeInTimeMovesToTheAssistantDirector() {
    People people = fixture.contracted();
    fixture.signedRecord(people.practitioner());
    ProcessInstance raised = raise(people.practitioner(), EscalationFixture.statement());

    moveClockBy(Duration.ofDays(10).plusMinutes(1));
    execute(job(raised));

    assertThat(raised).hasPassed("BoundaryEvent_DecisionOverdue", "ServiceTask_EscalateDisagreement")
        .isWaitingAt("UserTask_DecideOverdueDisagreement").task().isAssignedTo(people.assistantDirector());
    assertThat(processTasks(raised)).as("the service manager's task has moved, not doubled").isEqualTo(1);
    assertThat(subjectsTo(people.serviceManager())).contains("Overdue disagreement passed to Ari Assistant");
    assertThat(disagreementOf(raised).getEscalatedToId()).isEqualTo(people.assistantDirector());

    complete(task(raised), withVariables("resolution", "Close the case after a handover visit"));
    execute(job(raised));
    assertThat(raised).isEnded();
    assertThat(disagreementOf(raised).getDecidedBy()).isEqualTo(people.assistantDirector());
    assertThat(disagreementOf(raised).getMetBothParties()).isFalse();
  }

  @Test
  void aDisputeBetweenAServiceManagerAndATeamManagerAndItsResolutionAreRecordedOnTheRecord() throws IOException {
    People people = fixture.contracted();
    SupervisionRecord record = fixture.signedRecord(people.teamManager());
    Map<String, Object> form = new HashMap<>(EscalationFixture.statement());
    form.put("disagreedDecision", "Freeze agency spend in the team");

    ProcessInstance raised = raise(people.teamManager(), form);
    assertThat(raised).task().as("the contract names the service manager's own manager")
        .isAssignedTo(people.assistantDirector());
    assertThat(disagreements.addendaOf(record.getId())).singleElement()
        .satisfies(addendum -> assertThat(addendum.getText()).contains("Freeze agency spend"));
    complete(task(raised), withVariables("resolution", "Agency spend continues until the vacancy is filled",
        "metBothParties", true));
    execute(job(raised));

    assertThat(disagreements.addendaOf(record.getId())).hasSize(2).last()
        .satisfies(addendum -> assertThat(addendum.getText()).contains("Agency spend continues"));
    SupervisionRecord unchanged = recording.record(record.getId());
    assertThat(unchanged.getStatus()).as("the signed record itself is not touched").isEqualTo(RecordStatus.SIGNED);
    assertThat(unchanged.getLockedAt()).isEqualTo(record.getLockedAt());
    assertThat(unchanged.getSuperviseeComments()).isEqualTo(record.getSuperviseeComments());
    assertThat(pdfText(pdf.render(record.getId())).replaceAll("\\s+", " "))
        .contains("Added to this record since it was written", "Freeze agency spend in the team",
            "Agency spend continues until the vacancy is filled");
  }

  @Test
  void onlyTheSuperviseeAndTheSupervisorWhoWroteTheRecordMayRaiseADisagreement() {
    People people = fixture.contracted();
    fixture.signedRecord(people.practitioner());
    Map<String, Object> aboutPractitioner = new HashMap<>(EscalationFixture.statement());
    aboutPractitioner.put("superviseeId", people.practitioner());

    for (String outsider : List.of(people.colleague(), people.otherTeamManager(), people.serviceManager())) {
      assertThat(rejectionOf(() -> raise(outsider, aboutPractitioner)).fieldErrors()).as(outsider)
          .containsKey("superviseeId");
    }
    Map<String, Object> noSuchRecord = new HashMap<>(EscalationFixture.statement());
    noSuchRecord.put("recordHeldOn", "2026-03-20");
    assertThat(rejectionOf(() -> raise(people.practitioner(), noSuchRecord)).fieldErrors())
        .containsKey("recordHeldOn");
    Map<String, Object> noPositions = new HashMap<>(EscalationFixture.statement());
    noPositions.put("supervisorPosition", " ");
    assertThat(rejectionOf(() -> raise(people.practitioner(), noPositions)).fieldErrors())
        .containsOnlyKeys("supervisorPosition");
    assertThat(processInstanceQuery().processDefinitionKey(DisagreementProcess.KEY)
        .processInstanceBusinessKey(people.practitioner()).count()).as("nothing was started").isZero();
    assertThat(disagreements.aboutRecord(recording.recordsOf(people.practitioner()).get(0).getId())).isEmpty();
  }

  @Test
  void theSuperviseeMayReferADisagreementWhileSigningTheRecordAndTheSessionGoesOn() {
    People people = fixture.contracted();
    ProcessInstance session = atRecording(people.practitioner());
    complete(task("UserTask_RecordSession", session), EscalationFixture.heldRecord());
    Long recordId = (Long) engine.getRuntimeService().getVariable(session.getId(), "recordId");
    Map<String, Object> signing = new HashMap<>(EscalationFixture.statement());
    signing.remove("recordHeldOn");
    signing.put("superviseeSigns", true);
    signing.put("raiseDisagreement", true);

    Map<String, Object> incomplete = new HashMap<>(signing);
    incomplete.remove("atStake");
    assertThat(rejectionOf(() -> complete(task("UserTask_SuperviseeSignsRecord", session), incomplete)).fieldErrors())
        .containsOnlyKeys("atStake");
    assertThat(session).as("a rejected statement leaves the record unsigned").isWaitingAt("UserTask_SuperviseeSignsRecord");
    complete(task("UserTask_SuperviseeSignsRecord", session), signing);

    assertThat(session).hasPassed("ServiceTask_ReferDisagreement").isWaitingAt("UserTask_SupervisorSignsRecord");
    ProcessInstance raised = processInstanceQuery().processDefinitionKey(DisagreementProcess.KEY)
        .processInstanceBusinessKey(people.practitioner()).singleResult();
    assertThat(raised).isWaitingAt("UserTask_DecideDisagreement").task().isAssignedTo(people.serviceManager());
    assertThat(disagreementOf(raised).getRecordId()).isEqualTo(recordId);
    assertThat(disagreementOf(raised).getRaisedBy()).isEqualTo(people.practitioner());
  }

  @Test
  void aDisagreementMayBeReferredWhileSigningACorrectedRecordToo() {
    People people = fixture.contracted();
    SupervisionRecord signed = fixture.signedRecord(people.practitioner());
    ProcessInstance correction = asUser(people.teamManager(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SessionProcess.CORRECTION_KEY, Map.of("superviseeId", people.practitioner(),
            "heldOn", EscalationFixture.RECORD_DAY, "correction", "The caseload is 22")));
    Map<String, Object> signing = new HashMap<>(EscalationFixture.statement());
    signing.put("superviseeSigns", true);
    signing.put("raiseDisagreement", true);

    complete(task("UserTask_SuperviseeSignsRecord", correction), signing);

    assertThat(correction).hasPassed("ServiceTask_ReferDisagreement").isWaitingAt("UserTask_SupervisorSignsRecord");
    ProcessInstance raised = processInstanceQuery().processDefinitionKey(DisagreementProcess.KEY)
        .processInstanceBusinessKey(people.practitioner()).singleResult();
    assertThat(disagreementOf(raised).getRecordId()).as("the corrected record, not the one it corrects")
        .isNotEqualTo(signed.getId())
        .isEqualTo(engine.getRuntimeService().getVariable(correction.getId(), "recordId"));
  }

  @Test
  void bothPartiesAndTheManagersAboveMayReadTheDisagreement() {
    People people = fixture.contracted();
    fixture.signedRecord(people.practitioner());
    ProcessInstance raised = raise(people.practitioner(), EscalationFixture.statement());

    for (String reader : List.of(people.practitioner(), people.teamManager(), people.assistantDirector())) {
      assertThat(asUser(reader, () -> engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(raised.getId()).count())).as(reader).isEqualTo(1);
    }
    assertThat(asUser(people.otherTeamManager(), () -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(raised.getId()).count())).isZero();
  }

  private ProcessInstance raise(String userId, Map<String, Object> form) {
    return asUser(userId, () -> engine.getRuntimeService().startProcessInstanceByKey(DisagreementProcess.KEY, form));
  }

  /** The first session of the supervisee at its time (2 April 2026), with the record task open at noon. */
  private ProcessInstance atRecording(String superviseeId) {
    ProcessInstance session = processInstanceQuery()
        .processInstanceId(schedule.scheduleOf(superviseeId).get(0).getProcessInstanceId()).singleResult();
    EscalationFixture.at(LocalDateTime.of(2026, 4, 2, 10, 0));
    execute(job(session));
    execute(job("BoundaryEvent_SessionTimeReached", session));
    EscalationFixture.at(LocalDateTime.of(2026, 4, 2, 12, 0));
    return session;
  }

  private Disagreement disagreementOf(ProcessInstance instance) {
    Long id = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(instance.getId()).variableName("disagreementId").singleResult().getValue();
    return disagreements.disagreement(id);
  }

  private long processTasks(ProcessInstance instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count();
  }

  private List<String> subjectsTo(String userId) {
    return notifications.findByRecipientIdOrderByIdAsc(userId).stream().map(Notification::getSubject).toList();
  }

  private static Date at(LocalDateTime time) {
    return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
  }

  private static String pdfText(byte[] bytes) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
