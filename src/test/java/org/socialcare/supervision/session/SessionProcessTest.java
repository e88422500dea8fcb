package org.socialcare.supervision.session;

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

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.action.ActionService;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.compliance.SupervisionHistory;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.contract.SupervisionContract;
import org.socialcare.supervision.notification.NotificationRepository;
import org.socialcare.supervision.organisation.ChildCase;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.organisation.NatureOfInvolvement;
import org.socialcare.supervision.organisation.StaffRepository;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one-to-one supervision session (seed 001, 3.5, Appendices 2, 3 and 5; seed 002; seed 004),
 * one test per rule.
 */
class SessionProcessTest extends ProcessTestCase {

  @Autowired
  ContractFixture contracts;
  @Autowired
  SessionSchedule schedule;
  @Autowired
  SessionRecording recording;
  @Autowired
  RecordPdf pdf;
  @Autowired
  ScheduleCalendar calendar;
  @Autowired
  ActionService actions;
  @Autowired
  NotificationRepository notifications;
  @Autowired
  ChildCaseRepository cases;
  @Autowired
  StaffRepository staff;
  @Autowired
  SupervisionHistory history;

  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(today());
  }

  @Test
  void aContractInForceBooksTwelveMonthlySessionsOnWeekdaysIntoBothDiaries() {
    contracts.inForce(people.practitioner());

    List<BookedSession> booked = schedule.scheduleOf(people.practitioner());
    assertThat(booked).hasSize(12);
    assertThat(booked).allSatisfy(session -> {
      assertThat(session.getScheduledAt().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      assertThat(session.getScheduledAt().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
      assertThat(session.getDurationMinutes()).isEqualTo(90);
      assertThat(session.getKind()).isEqualTo(SessionKind.INDIVIDUAL);
    });
    // 2 March 2026 plus a month at a time; 2 May and 2 August 2026 and 2 January 2027 fall at weekends.
    assertThat(booked.get(0).getScheduledAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(booked.get(1).getScheduledAt().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 4));
    assertThat(booked.get(11).getScheduledAt().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 2));
    assertThat(processInstanceQuery().processDefinitionKey(SessionProcess.KEY)
        .processInstanceBusinessKey(people.practitioner()).count()).isEqualTo(12);

    String ics = calendar.icsFor(people.practitioner());
    assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("DTSTART:20260402T100000Z")
        .contains("SUMMARY:Supervision: Pat Practitioner with Tess Team");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(13);
    assertThat(notifications.findAll()).filteredOn(n -> n.getSubject().equals("Supervision schedule booked"))
        .filteredOn(n -> n.getAttachmentName().contains(people.practitioner() + ".ics"))
        .extracting(n -> n.getRecipientId() + " " + n.getAttachmentName())
        .containsExactlyInAnyOrder(
            people.practitioner() + " supervision-schedule-" + people.practitioner() + ".ics",
            people.teamManager() + " supervision-schedule-" + people.practitioner() + ".ics");
  }

  @Test
  void anAsyeIsSupervisedWeeklyForSixWeeksThenFortnightlyToSixMonthsThenMonthly() {
    var asye = staff.findById(people.asye()).orElseThrow();
    asye.setAsyeStartDate(today());
    staff.save(asye);
    contracts.inForce(people.asye());

    assertThat(schedule.scheduleOf(people.asye())).extracting(session -> session.getScheduledAt().toLocalDate())
        .containsExactly(
            // weekly for the first six weeks from the ASYE start date, 2 March 2026
            date("2026-03-09"), date("2026-03-16"), date("2026-03-23"), date("2026-03-30"), date("2026-04-06"),
            date("2026-04-13"),
            // every two weeks to six months
            date("2026-04-27"), date("2026-05-11"), date("2026-05-25"), date("2026-06-08"), date("2026-06-22"),
            date("2026-07-06"), date("2026-07-20"), date("2026-08-03"), date("2026-08-17"), date("2026-08-31"),
            date("2026-09-14"),
            // then monthly (14 November 2026 and 14 February 2027 are at weekends)
            date("2026-10-14"), date("2026-11-16"), date("2026-12-14"), date("2027-01-14"), date("2027-02-15"));
  }

  @Test
  void nonCaseHoldingStaffAlternateIndividualAndGroupSessions() {
    contracts.inForce(people.nonCaseHolder());

    List<BookedSession> booked = schedule.scheduleOf(people.nonCaseHolder());
    assertThat(booked).extracting(BookedSession::getKind).containsExactly(SessionKind.INDIVIDUAL, SessionKind.GROUP,
        SessionKind.INDIVIDUAL, SessionKind.GROUP);
    assertThat(processInstanceQuery().processDefinitionKey(SessionProcess.KEY)
        .processInstanceBusinessKey(people.nonCaseHolder()).count()).as("group sessions are held by the group cycle")
        .isEqualTo(2);
  }

  @Test
  void bothAddToTheAgendaTheWeekBeforeAndTheSupervisorRecordsTheSessionAtItsTime() {
    ProcessInstance session = firstSessionOf(people.practitioner());
    assertThat(session).isWaitingAt("Gateway_AwaitSession");

    moveClockTo(LocalDateTime.of(2026, 3, 26, 10, 0));
    execute(job(session));
    assertThat(session).isWaitingAt("UserTask_SuperviseeAddsAgenda", "UserTask_SupervisorAddsAgenda");
    assertThat(task("UserTask_SuperviseeAddsAgenda", session)).isAssignedTo(people.practitioner());
    assertThat(task("UserTask_SupervisorAddsAgenda", session)).isAssignedTo(people.teamManager());
    complete(task("UserTask_SuperviseeAddsAgenda", session), withVariables("myAgendaItems",
        "Caseload is too high\n\nCourt skills training"));

    moveClockTo(LocalDateTime.of(2026, 4, 2, 10, 0));
    execute(job("BoundaryEvent_SessionTimeReached", session));
    assertThat(session).isWaitingAt("UserTask_RecordSession").task().isAssignedTo(people.teamManager());
    assertThat(taskQuery().taskDefinitionKey("UserTask_SupervisorAddsAgenda").processInstanceId(session.getId())
        .count()).as("the agenda closes at the session time").isZero();
    assertThat(session).variables()
        .containsEntry("agendaSoFar", "Pat Practitioner: Caseload is too high\nPat Practitioner: Court skills training")
        .containsEntry("heldOn", "2026-04-02")
        .containsEntry("durationMinutes", 90);
  }

  @Test
  void aRecordedSessionWithTwoCaseDiscussionsIsSignedByBothLockedAndSentAsPdf() throws IOException {
    cases.save(new ChildCase("A" + people.practitioner(), NatureOfInvolvement.ASSESSMENT, people.practitioner(),
        today().minusDays(10)));
    ProcessInstance session = atRecording(people.practitioner());
    String caseRef = "C-" + people.practitioner().substring(3);

    Map<String, Object> record = heldRecord();
    record.put("caseDiscussions", List.of(
        discussed("A" + people.practitioner(), "Assessment at day 22", "Mother engaging", "Risk reducing",
            "Complete assessment by Friday"),
        discussed(childCaseOf(people.practitioner()), "Conference next week", "Father absent", "Plan working",
            "Core group on Monday"),
        Map.of("caseReference", "nobody's case", "discussed", false)));
    record.put("actions", List.of(
        Map.of("section", "workloadManagement", "what", "Transfer two cases to the duty team", "ownerId", "supervisor",
            "dueOn", "2026-04-16"),
        Map.of("section", "professionalDevelopment", "what", "Book court skills training", "ownerId", "supervisee",
            "dueOn", "2026-04-30")));
    complete(task("UserTask_RecordSession", session), record);

    assertThat(session).isWaitingAt("UserTask_SuperviseeSignsRecord").task().isAssignedTo(people.practitioner());
    Long recordId = (Long) engine.getRuntimeService().getVariable(session.getId(), "recordId");
    assertThat(recording.discussionsOfCase("A" + people.practitioner())).singleElement()
        .satisfies(discussion -> {
          assertThat(discussion.getDiscussedOn()).isEqualTo(date("2026-04-02"));
          assertThat(discussion.getReflection()).isEqualTo("Mother engaging");
          assertThat(discussion.getSource()).isEqualTo(CaseDiscussion.Source.SESSION);
        });
    assertThat(recording.caseDiscussionsOf(recordId)).hasSize(2);
    assertThat(actions.actionsOf(people.practitioner())).extracting(AgreedAction::getOwnerId)
        .containsExactlyInAnyOrder(people.teamManager(), people.practitioner());
    assertThat(taskQuery().taskDefinitionKey("UserTask_CarryOutAction").taskAssignee(people.practitioner()).count())
        .as("agreed actions are follow-up tasks at once").isEqualTo(1);

    assertThat(rejectionOf(() -> complete(task("UserTask_SuperviseeSignsRecord", session),
        withVariables("superviseeSigns", false))).fieldErrors()).containsKey("superviseeSigns");
    complete(task("UserTask_SuperviseeSignsRecord", session), withVariables("superviseeSigns", true,
        "superviseeComments", "Agreed; caseload discussed honestly"));
    assertThat(session).isWaitingAt("UserTask_SupervisorSignsRecord").task().isAssignedTo(people.teamManager());
    complete(task("UserTask_SupervisorSignsRecord", session), withVariables("supervisorSigns", true));
    execute(job(session));

    assertThat(session).isEnded().hasPassed("ServiceTask_SendSignedCopy");
    SupervisionRecord signed = recording.record(recordId);
    assertThat(signed.isLocked()).isTrue();
    assertThat(signed.getSuperviseeSignedOn()).isEqualTo(date("2026-04-02"));
    assertThat(signed.getSupervisorSignedOn()).isEqualTo(date("2026-04-02"));
    assertThat(schedule.session((Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(session.getId()).variableName("sessionId").singleResult().getValue()).getStatus())
        .isEqualTo(SessionStatus.HELD);
    assertThat(notifications.findAll()).filteredOn(n -> n.getSubject().startsWith("Signed supervision record"))
        .extracting(n -> n.getRecipientId() + " " + n.getAttachmentName())
        .contains(people.practitioner() + " supervision-record-" + people.practitioner() + "-2026-04-02.pdf");

    String text = pdfText(pdf.render(recordId));
    assertThat(text).contains("Supervision record", "Pat Practitioner", "Tess Team", "2026-04-02",
        "Caseload is too high", "Transfer two cases to the duty team", "Book court skills training",
        "A" + people.practitioner(), "Mother engaging", "Complete assessment by Friday", "Core group on Monday",
        "Agreed; caseload discussed honestly", "Signed by both and locked");
    assertThat(text.replaceAll("\\s+", " ")).contains("Signed supervisee Pat Practitioner Date: 2026-04-02")
        .contains("Signed supervisor Tess Team Date: 2026-04-02");
    assertThat(caseRef).isNotBlank();
  }

  @Test
  void aTeamManagersSessionIsRecordedOnTheManagersAgendaOnceBothHaveAddedTheirItems() {
    ProcessInstance session = firstSessionOf(people.teamManager());
    moveClockTo(LocalDateTime.of(2026, 3, 26, 10, 0));
    execute(job(session));
    complete(task("UserTask_SuperviseeAddsAgenda", session), withVariables("myAgendaItems", "Team vacancy"));
    complete(task("UserTask_SupervisorAddsAgenda", session), withVariables("myAgendaItems", "Budget overspend"));
    executeDueJobs(engine, session.getId());

    assertThat(session).hasPassed("EndEvent_AgendaReady").isWaitingAt("UserTask_RecordManagersSession")
        .task().isAssignedTo(people.serviceManager());
    moveClockTo(LocalDateTime.of(2026, 4, 2, 12, 0));
    complete(task(session), withVariables("heldOn", "2026-04-02", "durationMinutes", 90,
        "budget", "Agency spend over by 8%", "staffingIssues", "One vacancy; advert out",
        "actions", List.of(Map.of("section", "budget", "what", "Agree agency exit plan", "ownerId", "supervisee",
            "dueOn", "2026-04-20"))));

    SupervisionRecord record = recording.recordsOf(people.teamManager()).get(0);
    assertThat(record.getTemplate()).isEqualTo(RecordTemplate.MANAGER);
    assertThat(recording.sectionsOf(record.getId())).hasSize(11)
        .filteredOn(section -> section.getDiscussed() != null)
        .extracting(RecordSection::getHeading)
        .containsExactly("3. Budget and financial management", "6. Staffing, employment and HR issues");
    assertThat(recording.actionsOf(record.getId())).singleElement()
        .satisfies(action -> assertThat(action.getSection()).isEqualTo("3. Budget and financial management"));
    assertThat(session).isWaitingAt("UserTask_SuperviseeSignsRecord").task().isAssignedTo(people.teamManager());
  }

  @Test
  void aSessionCancelledWhileBothPrepareClosesTheAgendaTasks() {
    ProcessInstance session = firstSessionOf(people.practitioner());
    moveClockTo(LocalDateTime.of(2026, 3, 27, 9, 0));
    execute(job(session));
    asUser(people.teamManager(), () -> engine.getRuntimeService().startProcessInstanceByKey(
        SessionProcess.CANCELLATION_KEY, Map.of("superviseeId", people.practitioner(), "sessionDate", "2026-04-02",
            "reason", "Called to court")));

    assertThat(session).hasPassed("BoundaryEvent_CancelledWhilePreparing").isWaitingAt("UserTask_SetNewDate");
    assertThat(taskQuery().processInstanceId(session.getId()).count()).isEqualTo(1);
    assertThat(notifications.findAll()).filteredOn(n -> n.getRecipientId().equals(people.practitioner()))
        .anySatisfy(n -> assertThat(n.getBody()).contains("Called to court"));
  }

  @Test
  void aSignedRecordIsLockedForGood() {
    ProcessInstance session = atRecording(people.practitioner());
    complete(task("UserTask_RecordSession", session), heldRecord());
    complete(task("UserTask_SuperviseeSignsRecord", session), withVariables("superviseeSigns", true));
    complete(task("UserTask_SupervisorSignsRecord", session), withVariables("supervisorSigns", true));
    Long recordId = recording.recordsOf(people.practitioner()).get(0).getId();

    assertThatThrownBy(() -> recording.signBySupervisee(recordId, true, "Changed my mind"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("locked");
    assertThatThrownBy(() -> recording.signBySupervisor(recordId, true))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("locked");
    assertThat(recording.record(recordId).getSuperviseeComments()).isNull();
  }

  @Test
  void aCorrectionIsANewRecordLinkedToTheSignedOneAndSignedAgain() throws IOException {
    ProcessInstance session = atRecording(people.practitioner());
    complete(task("UserTask_RecordSession", session), heldRecord());
    complete(task("UserTask_SuperviseeSignsRecord", session), withVariables("superviseeSigns", true));
    complete(task("UserTask_SupervisorSignsRecord", session), withVariables("supervisorSigns", true));
    SupervisionRecord signed = recording.recordsOf(people.practitioner()).get(0);

    assertThat(rejectionOf(() -> asUser(people.otherTeamManager(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SessionProcess.CORRECTION_KEY, Map.of("superviseeId", people.practitioner(),
            "heldOn", "2026-04-02", "correction", "x")))).getMessage()).contains("Only the supervisor");
    ProcessInstance correction = asUser(people.teamManager(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SessionProcess.CORRECTION_KEY, Map.of("superviseeId", people.practitioner(),
            "heldOn", "2026-04-02", "correction", "The caseload is 22 children, not 24")));

    assertThat(correction).isWaitingAt("UserTask_SuperviseeSignsRecord").task().isAssignedTo(people.practitioner());
    complete(task(correction), withVariables("superviseeSigns", true));
    complete(task(correction), withVariables("supervisorSigns", true));
    execute(job(correction));
    assertThat(correction).isEnded();

    SupervisionRecord corrected = recording.recordsOf(people.practitioner()).stream()
        .filter(record -> signed.getId().equals(record.getCorrectsRecordId())).findFirst().orElseThrow();
    assertThat(corrected.isLocked()).isTrue();
    assertThat(recording.sectionsOf(corrected.getId())).extracting(RecordSection::getDiscussed)
        .contains("Caseload is too high: 24 children");
    assertThat(recording.record(signed.getId()).getCorrection()).as("the signed record itself is unchanged").isNull();
    assertThat(pdfText(pdf.render(corrected.getId()))).contains("Correction of the record signed earlier",
        "The caseload is 22 children, not 24");
  }

  @Test
  void aRecordNeedsWhatWasDiscussedAndCaseDiscussionsNeedAllFourHeadings() {
    ProcessInstance session = atRecording(people.practitioner());
    Map<String, Object> empty = heldRecord();
    empty.remove("workloadManagement");
    empty.remove("professionalDevelopment");
    assertThat(rejectionOf(() -> complete(task("UserTask_RecordSession", session), empty)).fieldErrors())
        .containsEntry("workloadManagement", "Record what was discussed under at least one heading");

    Map<String, Object> halfCase = heldRecord();
    halfCase.put("caseDiscussions", List.of(Map.of("caseReference", childCaseOf(people.practitioner()),
        "discussed", true, "currentSituation", "Stable")));
    assertThat(rejectionOf(() -> complete(task("UserTask_RecordSession", session), halfCase)).fieldErrors()
        .get("caseDiscussions")).contains("reflection");

    Map<String, Object> notTheirs = heldRecord();
    notTheirs.put("caseDiscussions", List.of(discussed("C-someone-else", "a", "b", "c", "d")));
    assertThat(rejectionOf(() -> complete(task("UserTask_RecordSession", session), notTheirs)).fieldErrors()
        .get("caseDiscussions")).contains("not a case allocated to Pat Practitioner");

    assertThat(session).isWaitingAt("UserTask_RecordSession");
    assertThat(recording.recordsOf(people.practitioner())).as("nothing stored").isEmpty();
  }

  @Test
  void aGapLongerThanTheContractedFrequencyNeedsAComment() {
    ProcessInstance first = atRecording(people.practitioner());
    complete(task("UserTask_RecordSession", first), heldRecord());

    ProcessInstance second = sessionsOf(people.practitioner()).get(1);
    // Held 6 weeks after the first (2 April): the monthly contract allowed until 4 May.
    moveClockTo(LocalDateTime.of(2026, 5, 14, 15, 0));
    execute(job(second));
    execute(job("BoundaryEvent_SessionTimeReached", second));
    assertThat(second).variables().containsEntry("latestWithoutGapComment", "2026-05-04");
    Map<String, Object> late = heldRecord();
    late.put("heldOn", "2026-05-14");
    assertThat(rejectionOf(() -> complete(task("UserTask_RecordSession", second), late)).fieldErrors()
        .get("gapComment")).contains("exceeds the monthly frequency");

    late.put("gapComment", "Supervisor on leave; session moved");
    complete(task("UserTask_RecordSession", second), late);
    assertThat(recording.recordsOf(people.practitioner()).get(0).getGapComment())
        .isEqualTo("Supervisor on leave; session moved");
    assertThat(recording.recordsOf(people.practitioner()).get(0).getLastHeldOn()).isEqualTo(date("2026-04-02"));
  }

  @Test
  void aSessionRecordedLateAfterTheNextOneWasRecordedIsStillAcceptedButNotTwiceOnOneDay() {
    ProcessInstance april = atRecording(people.practitioner());
    ProcessInstance may = sessionsOf(people.practitioner()).get(1);
    moveClockTo(LocalDateTime.of(2026, 5, 4, 15, 0));
    execute(job(may));
    execute(job("BoundaryEvent_SessionTimeReached", may));
    complete(task("UserTask_RecordSession", may), heldRecordOn("2026-05-04"));

    // The April record, forgotten until after May's was saved: its date is before May's, after March's.
    Map<String, Object> onMaysDay = heldRecordOn("2026-05-04");
    assertThat(rejectionOf(() -> complete(task("UserTask_RecordSession", april), onMaysDay)).fieldErrors()
        .get("heldOn")).contains("already recorded for Pat Practitioner");
    assertThat(rejectionOf(() -> complete(task("UserTask_RecordSession", april), heldRecordOn("2025-04-02")))
        .fieldErrors().get("heldOn")).as("a year typed wrong").contains("cannot be before the session was booked");
    complete(task("UserTask_RecordSession", april), heldRecord());

    assertThat(recording.recordsOf(people.practitioner())).extracting(SupervisionRecord::getHeldOn)
        .containsExactlyInAnyOrder(date("2026-04-02"), date("2026-05-04"));
  }

  @Test
  void aNewDateOnADayTheSuperviseeHasASessionAlreadyIsRefused() {
    var asye = staff.findById(people.asye()).orElseThrow();
    asye.setAsyeStartDate(today());
    staff.save(asye);
    ProcessInstance first = firstSessionOf(people.asye());
    asUser(people.asye(), () -> engine.getRuntimeService().startProcessInstanceByKey(SessionProcess.CANCELLATION_KEY,
        Map.of("sessionDate", "2026-03-09", "reason", "Court hearing that day")));

    // The weekly session of 16 March is already in both diaries.
    assertThat(rejectionOf(() -> complete(task(first), withVariables("newSessionDate", "2026-03-16",
        "newSessionTime", "14:00"))).fieldErrors().get("newSessionDate"))
        .contains("already has a supervision on Monday 16 March 2026 at 10:00");
    assertThat(first).isWaitingAt("UserTask_SetNewDate");
    complete(task(first), withVariables("newSessionDate", "2026-03-17", "newSessionTime", "14:00"));

    assertThat(schedule.scheduleOf(people.asye())).filteredOn(s -> s.getStatus() == SessionStatus.BOOKED)
        .extracting(s -> s.getScheduledAt().toLocalDate()).startsWith(date("2026-03-16"), date("2026-03-17"));
  }

  @Test
  void groupSupervisionOnTheMorningOfTheSessionDoesNotStopItBeingRecordedForThatDay() {
    history.groupAttended(people.serviceManager(), people.practitioner(), people.asye(), date("2026-04-02"));
    ProcessInstance april = atRecording(people.practitioner());

    // The form's "last supervision" is the one before the session's day, not the group that morning.
    assertThat(april).variables().containsEntry("lastHeldOn", "none recorded");
    complete(task("UserTask_RecordSession", april), heldRecord());

    assertThat(recording.recordsOf(people.practitioner())).extracting(SupervisionRecord::getHeldOn)
        .containsExactly(date("2026-04-02"));
  }

  @Test
  void eitherPartyMayCancelWithAReasonAndTheSupervisorSetsANewDateSoon() {
    ProcessInstance session = firstSessionOf(people.practitioner());
    ProcessInstance cancellation = asUser(people.practitioner(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SessionProcess.CANCELLATION_KEY, Map.of("sessionDate", "2026-04-02",
            "reason", "Court hearing that day")));

    assertThat(cancellation).isEnded();
    assertThat(session).isWaitingAt("UserTask_SetNewDate").task().isAssignedTo(people.teamManager());
    assertThat(session).variables().containsEntry("cancellationReason", "Court hearing that day");
    assertThat(notifications.findAll()).filteredOn(n -> n.getRecipientId().equals(people.teamManager()))
        .anySatisfy(n -> assertThat(n.getBody()).contains("Court hearing that day"));

    assertThat(rejectionOf(() -> complete(task(session), withVariables("newSessionDate", "2026-05-20",
        "newSessionTime", "14:00"))).fieldErrors().get("newSessionDate")).contains("as soon as possible");
    complete(task(session), withVariables("newSessionDate", "2026-03-10", "newSessionTime", "14:00"));

    List<BookedSession> booked = schedule.scheduleOf(people.practitioner());
    BookedSession cancelled = booked.stream().filter(s -> s.getStatus() == SessionStatus.CANCELLED).findFirst()
        .orElseThrow();
    BookedSession rebooked = booked.stream().filter(s -> cancelled.getId().equals(s.getRebookedFromId())).findFirst()
        .orElseThrow();
    assertThat(rebooked.getScheduledAt()).isEqualTo(LocalDateTime.of(2026, 3, 10, 14, 0));
    assertThat(session).isWaitingAt("Gateway_AwaitSession");
    assertThat(job(session).getDuedate()).as("the agenda opens a week before the new date")
        .isEqualTo(java.util.Date.from(LocalDateTime.of(2026, 3, 3, 14, 0).atZone(ZoneId.systemDefault()).toInstant()));
  }

  @Test
  void onlyTheSuperviseeOrTheirSupervisorMayCancelAndOnlyABookedSession() {
    firstSessionOf(people.practitioner());
    assertThat(rejectionOf(() -> asUser(people.colleague(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SessionProcess.CANCELLATION_KEY, Map.of("superviseeId", people.practitioner(),
            "sessionDate", "2026-04-02", "reason", "No")))).getMessage()).contains("Only Pat Practitioner");
    assertThat(rejectionOf(() -> asUser(people.practitioner(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SessionProcess.CANCELLATION_KEY, Map.of("sessionDate", "2026-04-03",
            "reason", "Wrong day")))).getMessage()).contains("no booked supervision session on 2026-04-03");
    assertThat(schedule.scheduleOf(people.practitioner())).allSatisfy(s ->
        assertThat(s.getStatus()).isEqualTo(SessionStatus.BOOKED));
  }

  @Test
  void aSessionThatDidNotTakePlaceIsCancelledUntilItIsRecorded() {
    ProcessInstance session = atRecording(people.practitioner());
    asUser(people.teamManager(), () -> engine.getRuntimeService().startProcessInstanceByKey(
        SessionProcess.CANCELLATION_KEY, Map.of("superviseeId", people.practitioner(), "sessionDate", "2026-04-02",
            "reason", "Supervisee off sick")));

    assertThat(session).hasPassed("BoundaryEvent_CancelledAtRecordSession").isWaitingAt("UserTask_SetNewDate");
    assertThat(recording.recordsOf(people.practitioner())).isEmpty();

    ProcessInstance second = sessionsOf(people.practitioner()).get(1);
    moveClockTo(LocalDateTime.of(2026, 5, 4, 10, 0));
    execute(job(second));
    execute(job("BoundaryEvent_SessionTimeReached", second));
    complete(task(second), heldRecordOn("2026-05-04"));
    assertThat(rejectionOf(() -> asUser(people.practitioner(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(SessionProcess.CANCELLATION_KEY, Map.of("sessionDate", "2026-05-04",
            "reason", "Too late")))).getMessage()).contains("no booked supervision session on 2026-05-04");
  }

  @Test
  void aNewContractReplacesTheSessionsStillToCome() {
    contracts.inForce(people.practitioner());
    moveClockBy(Duration.ofDays(40));
    SupervisionContract review = contracts.inForce(people.practitioner(), Map.of("frequency", "FORTNIGHTLY"));

    List<BookedSession> booked = schedule.scheduleOf(people.practitioner());
    assertThat(booked).filteredOn(s -> s.getStatus() == SessionStatus.REPLACED).hasSize(11);
    assertThat(booked).filteredOn(s -> s.getContractId().equals(review.getId())).hasSize(26);
    assertThat(processInstanceQuery().processDefinitionKey(SessionProcess.KEY)
        .processInstanceBusinessKey(people.practitioner()).active().count())
        .as("the first session's process is past due and waits to be recorded; the replaced ones ended")
        .isEqualTo(26 + 1);
  }

  private ProcessInstance firstSessionOf(String superviseeId) {
    contracts.inForce(superviseeId);
    return sessionsOf(superviseeId).get(0);
  }

  private List<ProcessInstance> sessionsOf(String superviseeId) {
    return schedule.scheduleOf(superviseeId).stream()
        .filter(session -> session.getProcessInstanceId() != null)
        .map(session -> processInstanceQuery().processInstanceId(session.getProcessInstanceId()).singleResult())
        .toList();
  }

  /** The first session of a new contract, at its time (2 April 2026, 10:00), with the record task open. */
  private ProcessInstance atRecording(String superviseeId) {
    ProcessInstance session = firstSessionOf(superviseeId);
    moveClockTo(LocalDateTime.of(2026, 4, 2, 10, 0));
    execute(job(session));
    execute(job("BoundaryEvent_SessionTimeReached", session));
    moveClockTo(LocalDateTime.of(2026, 4, 2, 12, 0));
    return session;
  }

  private String childCaseOf(String superviseeId) {
    return cases.findByAllocatedWorkerIdAndClosedOnIsNull(superviseeId).stream()
        .filter(c -> c.getNatureOfInvolvement() == NatureOfInvolvement.CHILD_PROTECTION_PLAN)
        .findFirst().orElseThrow().getReference();
  }

  private static Map<String, Object> heldRecord() {
    return heldRecordOn("2026-04-02");
  }

  private static Map<String, Object> heldRecordOn(String day) {
    Map<String, Object> values = new HashMap<>();
    values.put("heldOn", day);
    values.put("durationMinutes", 90);
    values.put("workloadManagement", "Caseload is too high: 24 children");
    values.put("professionalDevelopment", "Court skills");
    values.put("supervisorComments", "A reflective session");
    return values;
  }

  private static Map<String, Object> discussed(String reference, String situation, String reflection, String analysis,
      String caseActions) {
    return Map.of("caseReference", reference, "discussed", true, "currentSituation", situation,
        "reflection", reflection, "analysis", analysis, "caseActions", caseActions);
  }

  private void moveClockTo(LocalDateTime time) {
    ClockUtil.setCurrentTime(java.util.Date.from(time.atZone(ZoneId.systemDefault()).toInstant()));
  }

  private static LocalDate date(String text) {
    return LocalDate.parse(text);
  }

  private static String pdfText(byte[] bytes) throws IOException {
    try (PDDocument document = Loader.loadPDF(bytes)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
