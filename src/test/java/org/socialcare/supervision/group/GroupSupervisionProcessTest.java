package org.socialcare.supervision.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.action.ActionService;
import org.socialcare.supervision.action.ActionSource;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.notification.NotificationRepository;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.TestOrganisation.SupervisionGroup;
import org.socialcare.supervision.session.GroupSupervisionAttendance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reflective group supervision (seed 001, "Reflective Group Supervision" and "Role of Facilitator"):
 * preparing, presenting, clarifying, affirming, reflecting, closing, and the facilitator's record.
 */
class GroupSupervisionProcessTest extends ProcessTestCase {

  @Autowired
  GroupSupervisionService groups;
  @Autowired
  GroupSupervisionAttendance attendance;
  @Autowired
  ActionService actions;
  @Autowired
  GroupContributionRepository contributions;
  @Autowired
  NotificationRepository notifications;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  LineManagement lineManagement;

  SupervisionGroup group;

  @BeforeEach
  void organisation() {
    group = organisation.createGroup(today(), 8);
  }

  // Planning and preparing

  @Test
  void aFacilitatorPlansASessionAndEveryMemberIsAskedToPrepareByItsStart() {
    ProcessInstance instance = plan(members(3));

    GroupSession session = sessionOf(instance);
    assertThat(instance.getBusinessKey()).isEqualTo("group-" + session.getId());
    assertThat(session.getFacilitatorId()).isEqualTo(group.facilitator());
    assertThat(session.getMinutesAllowed()).isEqualTo(90);
    assertThat(session.memberIds()).containsExactlyElementsOf(members(3));
    List<Task> preparing = tasks(instance, "UserTask_PrepareIssue");
    assertThat(preparing).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(members(3));
    assertThat(preparing).allSatisfy(task -> assertThat(task.getDueDate().toInstant()).isEqualTo(startsAt().toInstant()));
  }

  @Test
  void onlyAFacilitatorMayStartGroupSupervision() {
    String notAFacilitator = group.people().teamManager();
    assertThatThrownBy(() -> asUser(notAFacilitator, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(GroupSupervisionProcess.KEY, planForm(members(3)))))
        .isInstanceOf(AuthorizationException.class);

    // Started by someone the engine does not stop (the application itself), the service still refuses.
    Map<String, Object> form = planForm(members(3));
    form.put("facilitatorId", notAFacilitator);
    assertThat(rejectionOf(() -> engine.getRuntimeService().startProcessInstanceByKey(GroupSupervisionProcess.KEY,
        form)).fieldErrors()).containsKey("facilitatorId");
  }

  @Test
  void aTeamMayBeChosenInsteadOfNamingEachMember() {
    Map<String, Object> form = planForm(List.of());
    form.put("teamCode", group.teamCode());
    ProcessInstance instance = plan(form);

    // Everyone in the team, its manager included; the facilitator is from another team.
    assertThat(sessionOf(instance).memberIds()).containsAll(group.members())
        .contains(group.people().teamManager()).doesNotContain(group.facilitator());
  }

  @Test
  void thePlanIsCheckedAndNothingStartsWhenItBreaksARule() {
    long running = runningSessions();
    Map<String, Object> form = planForm(members(2));
    form.put("startsAt", OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC)
        .minusDays(1).toString());
    form.put("minutesAllowed", 20);
    assertThat(rejectionOf(() -> plan(form)).fieldErrors())
        .containsOnlyKeys("memberIds", "startsAt", "minutesAllowed");

    Map<String, Object> unknown = planForm(List.of(group.members().get(0), "nobody.here", group.facilitator()));
    unknown.put("teamCode", "NO-SUCH-TEAM");
    assertThat(rejectionOf(() -> plan(unknown)).fieldErrors()).containsOnlyKeys("teamCode", "memberIds");

    assertThat(runningSessions()).isEqualTo(running);
  }

  private long runningSessions() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(GroupSupervisionProcess.KEY)
        .count();
  }

  @Test
  void membersWhoHaveNotPreparedWhenTheSessionStartsAreRecordedSoAndTheFacilitatorOpensIt() {
    ProcessInstance instance = plan(members(3));
    prepare(instance, member(0), "A child who will not engage with me", group.childCase());

    ClockUtil.setCurrentTime(java.util.Date.from(startsAt().toInstant()));
    runJobs(instance);

    assertThat(tasks(instance, "UserTask_PrepareIssue")).isEmpty();
    assertThat(instance).isWaitingAt("UserTask_OpenSession").task().isAssignedTo(group.facilitator());
    GroupSession session = sessionOf(instance);
    assertThat(session.member(member(0)).orElseThrow().getPreparation()).isEqualTo(Preparation.OFFERED);
    assertThat(session.member(member(1)).orElseThrow().getPreparation()).isEqualTo(Preparation.NOT_PREPARED);
    assertThat(json(instance, "offers")).contains("A child who will not engage with me", "Did not prepare");
    assertThat(json(instance, "presenterOptions")).contains(member(0)).doesNotContain(member(1));
  }

  @Test
  void aCaseNamedWhenPreparingMustBeARealOpenCase() {
    ProcessInstance instance = plan(members(3));
    Task task = taskOf(instance, "UserTask_PrepareIssue", member(0));

    assertThat(rejectionOf(() -> submit(instance, task, "offeredIssue", "Neglect", "offeredCaseReference", "P999999"))
        .fieldErrors()).containsKey("offeredCaseReference");
    assertThat(rejectionOf(() -> submit(instance, task, "offeredCaseReference", group.childCase())).fieldErrors())
        .containsKey("offeredIssue");
    assertThat(sessionOf(instance).member(member(0)).orElseThrow().getPreparation()).isEqualTo(Preparation.PENDING);
  }

  // Opening: presenter and attendance

  @Test
  void theFacilitatorChoosesThePresenterFromThoseWhoOfferedAndOnlyFromThem() {
    ProcessInstance instance = plan(members(3));
    prepareAll(instance, member(0));
    Task open = taskOf(instance, "UserTask_OpenSession", group.facilitator());

    assertThat(rejectionOf(() -> submit(instance, open, "goesAhead", "hold", "presenterId", member(1),
        "presentIds", json(members(3)))).fieldErrors()).containsKey("presenterId");
    assertThat(rejectionOf(() -> submit(instance, open, "goesAhead", "hold", "presenterId", member(0),
        "presentIds", json(List.of(member(1), member(2))))).fieldErrors()).containsKey("presenterId");
    assertThat(rejectionOf(() -> submit(instance, open, "goesAhead", "hold", "presenterId", member(0),
        "presentIds", json(List.of(member(0))))).fieldErrors()).containsKey("presentIds");
    assertThat(sessionOf(instance).getStatus()).isEqualTo(GroupSessionStatus.PLANNED);

    submit(instance, open, "goesAhead", "hold", "presenterId", member(0), "presentIds", json(members(3)));
    assertThat(instance).isWaitingAt("UserTask_PresentIssue").task().isAssignedTo(member(0));
    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "issue")).isEqualTo(issueOf(member(0)));
  }

  @Test
  void aSessionNobodyOfferedAnIssueForIsCancelledWithAReasonAndMembersAreTold() {
    ProcessInstance instance = plan(members(3));
    prepareAll(instance);
    Task open = taskOf(instance, "UserTask_OpenSession", group.facilitator());

    assertThat(rejectionOf(() -> submit(instance, open, "goesAhead", "hold", "presentIds", json(members(3))))
        .fieldErrors().get("presenterId")).contains("Nobody offered");
    assertThat(rejectionOf(() -> submit(instance, open, "goesAhead", "cancel")).fieldErrors())
        .containsKey("cancelReason");

    submit(instance, open, "goesAhead", "cancel", "cancelReason", "Nobody has an issue this month");
    assertThat(instance).isEnded().hasPassed("EndEvent_GroupSessionCancelled");
    assertThat(sessionOf(instance).getStatus()).isEqualTo(GroupSessionStatus.CANCELLED);
    assertThat(notifications.findAll()).filteredOn(n -> n.getBody().contains("Nobody has an issue this month"))
        .extracting(n -> n.getRecipientId()).containsExactlyInAnyOrderElementsOf(members(3));
  }

  // The whole cycle

  @Test
  void theWholeCycleWithThreeMembers() {
    wholeCycle(3);
  }

  @Test
  void theWholeCycleWithEightMembers() {
    wholeCycle(8);
  }

  private void wholeCycle(int size) {
    List<String> members = members(size);
    String presenter = member(0);
    List<String> others = members.subList(1, size);
    ProcessInstance instance = plan(members);
    prepareAll(instance, presenter, member(1));
    open(instance, presenter, members);

    present(instance, presenter, "Managing risk when a parent refuses contact", null);
    assertThat(tasks(instance, "UserTask_AskQuestion")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(others);
    assertThat(instance).isWaitingAt("UserTask_MoveOnFromClarifying");
    others.forEach(member -> answer(instance, "UserTask_AskQuestion", member, "question", "What does " + member
        + " see first?"));

    // Everyone asked: the facilitator's "move on" closes by itself, and affirming begins.
    assertThat(tasks(instance, "UserTask_MoveOnFromClarifying")).isEmpty();
    assertThat(tasks(instance, "UserTask_Affirm")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrderElementsOf(others);
    others.forEach(member -> answer(instance, "UserTask_Affirm", member, "affirmation", member + " admires the calm"));

    reflect(instance);
    assertThat(json(instance, "questions")).contains("What does " + member(1) + " see first?");
    closeWithAction(instance, presenter, presenter);
    record(instance, members);

    assertThat(instance).isEnded().hasPassed("EndEvent_GroupSupervisionRecorded");
    GroupSession record = sessionOf(instance);
    assertThat(record.getStatus()).isEqualTo(GroupSessionStatus.RECORDED);
    assertThat(record.getPresenterId()).isEqualTo(presenter);
    assertThat(record.getIssueOutline()).isEqualTo("Managing risk when a parent refuses contact");
    assertThat(record.getNatureOfDiscussion()).isEqualTo("Supportive; the group explored the presenter's fear");
    assertThat(record.getMembers()).allMatch(GroupMember::hasAttended);
    assertThat(groups.contributions(record.getId(), CycleStep.CLARIFYING)).hasSize(size - 1).allMatch(GroupContribution::isGiven);
    assertThat(groups.contributions(record.getId(), CycleStep.AFFIRMING)).hasSize(size - 1).allMatch(GroupContribution::isGiven);
    // The action is a follow-up task for its owner, under the owner's own supervision.
    List<AgreedAction> agreed = actions.agreedIn(ActionSource.GROUP, record.getId());
    assertThat(agreed).singleElement().satisfies(action -> {
      assertThat(action.getOwnerId()).isEqualTo(presenter);
      assertThat(action.getSuperviseeId()).isEqualTo(presenter);
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(action.getProcessInstanceId())
          .taskAssignee(presenter).count()).isEqualTo(1);
    });
    // Every member has attended group supervision today.
    members.forEach(member -> assertThat(attendance.attendedBetween(member, today().minusDays(1), today().plusDays(1)))
        .containsExactly(today()));
  }

  @Test
  void aMemberNotPresentHasNoTasksInTheSessionAndIsRecordedAbsentNotDropped() {
    List<String> members = members(4);
    String absent = member(3);
    ProcessInstance instance = presented(members, members.subList(0, 3), "Working with a hostile father", null);

    assertThat(tasks(instance, "UserTask_AskQuestion")).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder(member(1), member(2));
    answer(instance, "UserTask_AskQuestion", member(1), "question", "How safe do you feel?");
    answer(instance, "UserTask_AskQuestion", member(2), "question", "Who else knows him?");
    answer(instance, "UserTask_Affirm", member(1), "affirmation", "Your persistence");
    answer(instance, "UserTask_Affirm", member(2), "affirmation", "Your honesty");
    reflect(instance);
    closeWithAction(instance, member(0), member(1));

    Task recordTask = taskOf(instance, "UserTask_CompleteGroupRecord", group.facilitator());
    assertThat(rejectionOf(() -> submit(instance, recordTask, "issueOutline", "Hostile father",
        "natureOfDiscussion", "Calm", "attendedIds", json(List.of(member(1), member(2))))).fieldErrors())
        .containsKey("attendedIds");
    record(instance, members.subList(0, 3));

    GroupSession record = sessionOf(instance);
    assertThat(record.getMembers()).extracting(GroupMember::getMemberId).containsExactlyElementsOf(members);
    assertThat(record.member(absent).orElseThrow().getAttendance()).isEqualTo(Attendance.ABSENT);
    assertThat(attendance.attendedBetween(absent, today(), today())).isEmpty();
    assertThat(attendance.attendedBetween(member(1), today(), today())).containsExactly(today());
  }

  @Test
  void aGroupSessionCountsOnlyOnceItIsRecorded() {
    ProcessInstance instance = plan(members(3));
    prepareAll(instance, member(0));
    open(instance, member(0), members(3));

    assertThat(attendance.attendedBetween(member(1), today().minusDays(7), today().plusDays(7))).isEmpty();
  }

  @Test
  void aGroupRecordNotCompletedInTwoDaysRemindsTheFacilitatorAndAWeekOnTellsTheirLineManager() {
    ProcessInstance instance = presented(members(3), members(3), "A placement breaking down", null);
    members(3).subList(1, 3).forEach(member -> answer(instance, "UserTask_AskQuestion", member, "question", "Why now?"));
    members(3).subList(1, 3).forEach(member -> answer(instance, "UserTask_Affirm", member, "affirmation", "Calm"));
    reflect(instance);
    closeWithAction(instance, member(0), member(0));
    assertThat(instance).isWaitingAt("UserTask_CompleteGroupRecord");
    String lineManager = lineManagement.lineManagerOf(group.facilitator());

    moveClockBy(Duration.ofDays(2).plusMinutes(1));
    runJobs(instance);
    assertThat(notifications.findByRecipientIdOrderByIdAsc(group.facilitator()))
        .filteredOn(n -> n.getSubject().equals("Due: Complete the group supervision record")).singleElement()
        .satisfies(n -> assertThat(n.getBody()).as("names the session, not its key")
            .contains("(Group supervision, ").doesNotContain("group-"));
    assertThat(notifications.findByRecipientIdOrderByIdAsc(lineManager))
        .noneMatch(n -> n.getSubject().startsWith("Overdue: Complete the group supervision record"));

    moveClockBy(Duration.ofDays(5));
    runJobs(instance);
    assertThat(notifications.findByRecipientIdOrderByIdAsc(lineManager))
        .filteredOn(n -> n.getSubject().startsWith("Overdue: Complete the group supervision record")).singleElement();
    assertThat(instance).isWaitingAt("UserTask_CompleteGroupRecord");
  }

  // A record about a child's case

  @Test
  void aPresenterLinkingAChildsCasePutsTheGroupRecordOnTheChildsFile() {
    ProcessInstance instance = plan(members(3));
    prepareAll(instance, member(0));
    open(instance, member(0), members(3));
    Task presenting = taskOf(instance, "UserTask_PresentIssue", member(0));
    assertThat(rejectionOf(() -> submit(instance, presenting, "issue", "Drift in a child protection plan",
        "caseReference", "P000000")).fieldErrors()).containsKey("caseReference");

    present(instance, member(0), "Drift in a child protection plan", group.childCase());
    moveOnFromClarifying(instance);
    moveOnFromAffirming(instance);
    reflect(instance);
    closeWithAction(instance, member(0), group.facilitator());
    record(instance, members(3));

    GroupSession record = sessionOf(instance);
    List<Map<String, Object>> onFile = jdbc.queryForList(
        "select * from case_discussion where case_reference = ?", group.childCase());
    assertThat(onFile).singleElement().satisfies(row -> {
      assertThat(row.get("SOURCE")).isEqualTo("GROUP");
      assertThat(((Number) row.get("SOURCE_ID")).longValue()).isEqualTo(record.getId());
      assertThat(row.get("SUPERVISEE_ID")).isEqualTo(member(0));
      assertThat(row.get("RECORDED_BY")).isEqualTo(group.facilitator());
      assertThat(row.get("CURRENT_SITUATION")).isEqualTo("Drift in a child protection plan");
      assertThat(row.get("REFLECTION")).isEqualTo("Supportive; the group explored the presenter's fear");
      assertThat(row.get("ANALYSIS")).isEqualTo("I will hold the line with the family");
      assertThat((String) row.get("ACTIONS")).contains("Book a core group meeting");
    });
  }

  @Test
  void aRecordAboutNoCaseStaysOffEveryChildsFile() {
    int before = jdbc.queryForObject("select count(*) from case_discussion", Integer.class);
    ProcessInstance instance = presented(members(3), members(3), "Caseload pressure", null);
    moveOnFromClarifying(instance);
    moveOnFromAffirming(instance);
    reflect(instance);
    closeWithAction(instance, member(0), member(0));
    record(instance, members(3));

    assertThat(jdbc.queryForObject("select count(*) from case_discussion", Integer.class)).isEqualTo(before);
  }

  // Timers keep the cycle moving

  @Test
  void eachStepHasItsShareOfTheTimeAllowed() {
    ProcessInstance instance = plan(members(3));
    prepareAll(instance, member(0));
    open(instance, member(0), members(3));

    var variables = engine.getRuntimeService().getVariables(instance.getId());
    assertThat(variables).containsEntry("presentingTime", "PT13M30S").containsEntry("clarifyingTime", "PT18M")
        .containsEntry("affirmingTime", "PT13M30S").containsEntry("reflectingTime", "PT27M")
        .containsEntry("closingTime", "PT18M");
    Task presenting = taskOf(instance, "UserTask_PresentIssue", member(0));
    assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), presenting.getDueDate().toInstant()))
        .isEqualTo(Duration.parse("PT13M30S"));
  }

  @Test
  void whenTheTimeForClarifyingIsUpAMemberWhoHasNotAskedIsRecordedAsNoQuestionAndTheirTaskCloses() {
    ProcessInstance instance = presented(members(4), members(4), "A placement breaking down", null);
    answer(instance, "UserTask_AskQuestion", member(1), "question", "What has the child said?");

    moveClockBy(Duration.ofMinutes(17));
    runJobs(instance);
    assertThat(tasks(instance, "UserTask_AskQuestion")).hasSize(2);

    moveClockBy(Duration.ofMinutes(2));
    runJobs(instance);

    assertThat(tasks(instance, "UserTask_AskQuestion")).isEmpty();
    assertThat(tasks(instance, "UserTask_MoveOnFromClarifying")).isEmpty();
    assertThat(instance).hasPassed("BoundaryEvent_ClarifyingTimeUp").isWaitingAt("UserTask_Affirm");
    Long id = sessionOf(instance).getId();
    assertThat(groups.contributions(id, CycleStep.CLARIFYING)).extracting(GroupContribution::getMemberId,
        GroupContribution::getContent).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(member(1), "What has the child said?"),
            org.assertj.core.groups.Tuple.tuple(member(2), null),
            org.assertj.core.groups.Tuple.tuple(member(3), null));
    assertThat(json(instance, "questions")).contains("What has the child said?", "No question asked");
  }

  @Test
  void whenTheFacilitatorMovesOnTheQuestionsNotAskedAreRecordedAndTheirTasksClose() {
    ProcessInstance instance = presented(members(3), members(3), "A placement breaking down", null);
    answer(instance, "UserTask_AskQuestion", member(1), "question", "What has the child said?");

    moveOnFromClarifying(instance);

    assertThat(tasks(instance, "UserTask_AskQuestion")).isEmpty();
    assertThat(instance).hasPassed("EndEvent_MovedOnFromClarifying").isWaitingAt("UserTask_Affirm");
    assertThat(contributions.findByGroupSessionIdAndStepOrderById(sessionOf(instance).getId(), CycleStep.CLARIFYING))
        .extracting(GroupContribution::getMemberId, GroupContribution::isGiven)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(member(1), true),
            org.assertj.core.groups.Tuple.tuple(member(2), false));
  }

  @Test
  void whenTheTimeForAffirmingIsUpTheCycleMovesOnToReflecting() {
    ProcessInstance instance = presented(members(3), members(3), "A placement breaking down", null);
    moveOnFromClarifying(instance);
    answer(instance, "UserTask_Affirm", member(2), "affirmation", "You stayed curious");

    moveClockBy(Duration.ofMinutes(14));
    runJobs(instance);

    assertThat(tasks(instance, "UserTask_Affirm")).isEmpty();
    assertThat(instance).hasPassed("BoundaryEvent_AffirmingTimeUp").isWaitingAt("UserTask_ReflectOnIssue");
    assertThat(json(instance, "affirmations")).contains("You stayed curious", "Nothing recorded");
  }

  // What members submit is checked on the server

  @Test
  void aMemberAsksExactlyOneQuestion() {
    ProcessInstance instance = presented(members(3), members(3), "A placement breaking down", null);
    Task ask = taskOf(instance, "UserTask_AskQuestion", member(1));

    assertThat(rejectionOf(() -> submit(instance, ask, "question", "Why? And when?")).fieldErrors())
        .containsEntry("question", "Ask the presenter one question only");
    assertThat(rejectionOf(() -> submit(instance, ask, "question", "  ")).fieldErrors()).containsKey("question");
    assertThat(contributions.findByGroupSessionIdAndStepOrderById(sessionOf(instance).getId(), CycleStep.CLARIFYING))
        .isEmpty();
    assertThat(taskOf(instance, "UserTask_AskQuestion", member(1))).isNotNull();
  }

  @Test
  void closingNeedsAResponseAndAGoalOrActionOwnedBySomeoneInTheSession() {
    ProcessInstance instance = presented(members(4), members(3), "A placement breaking down", null);
    moveOnFromClarifying(instance);
    moveOnFromAffirming(instance);
    reflect(instance);
    Task closing = taskOf(instance, "UserTask_CloseWithGoals", member(0));

    assertThat(rejectionOf(() -> submit(instance, closing, "presenterResponse", "", "actions", json(List.of())))
        .fieldErrors()).containsOnlyKeys("presenterResponse", "goals");
    // member(3) was not present, so cannot take on an action.
    assertThat(rejectionOf(() -> submit(instance, closing, "presenterResponse", "Thank you",
        "actions", json(List.of(action("Ring the school", member(3), today().plusDays(3)))))).fieldErrors())
        .containsKey("actions");
    assertThat(actions.agreedIn(ActionSource.GROUP, sessionOf(instance).getId())).isEmpty();

    submit(instance, closing, "presenterResponse", "Thank you", "goals", "Be clearer with the family",
        "actions", json(List.of()));
    assertThat(instance).isWaitingAt("UserTask_CompleteGroupRecord");
  }

  // Who may read a group session

  @Test
  void membersTheirManagersAndTheFacilitatorMayReadTheSessionAndNobodyElse() {
    ProcessInstance instance = plan(members(3));
    String key = instance.getBusinessKey();

    for (String reader : List.of(group.facilitator(), member(0), member(2), group.people().teamManager(),
        group.people().serviceManager(), group.people().director())) {
      assertThat(asUser(reader, () -> engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(key).count())).as(reader).isEqualTo(1);
    }
    for (String outsider : List.of(group.people().otherPractitioner(), member(4), group.people().hr())) {
      assertThat(asUser(outsider, () -> engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceBusinessKey(key).count())).as(outsider).isZero();
    }
    // Each member sees their own task in Tasklist's "My tasks".
    assertThat(asUser(member(1), () -> engine.getTaskService().createTaskQuery().taskAssignee(member(1))
        .processInstanceBusinessKey(key).list())).extracting(Task::getTaskDefinitionKey)
        .containsExactly("UserTask_PrepareIssue");
  }

  // Steps of the cycle, as Tasklist submits them

  /** Planned, prepared (the first member offering), opened with the first member presenting, presented. */
  private ProcessInstance presented(List<String> members, List<String> present, String issue, String caseReference) {
    ProcessInstance instance = plan(members);
    prepareAll(instance, member(0));
    open(instance, member(0), present);
    present(instance, member(0), issue, caseReference);
    return instance;
  }

  private ProcessInstance plan(List<String> members) {
    return plan(planForm(members));
  }

  private ProcessInstance plan(Map<String, Object> form) {
    return asUser(group.facilitator(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(GroupSupervisionProcess.KEY, form));
  }

  private Map<String, Object> planForm(List<String> members) {
    Map<String, Object> form = new HashMap<>();
    form.put("teamCode", "");
    form.put("memberIds", String.join(", ", members));
    form.put("startsAt", startsAt().toString());
    form.put("minutesAllowed", 90);
    return form;
  }

  /** Tomorrow at ten, as the form's date-time field submits it. */
  private static OffsetDateTime startsAt() {
    return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC).plusDays(1)
        .withHour(10).withMinute(0).withSecond(0).withNano(0);
  }

  private void prepare(ProcessInstance instance, String member, String issue, String caseReference) {
    submit(instance, taskOf(instance, "UserTask_PrepareIssue", member), "offeredIssue", issue,
        "offeredCaseReference", caseReference);
  }

  /** Every member prepares; those named offer an issue, the others have nothing to bring. */
  private void prepareAll(ProcessInstance instance, String... offering) {
    List<String> offers = List.of(offering);
    for (String member : sessionOf(instance).memberIds()) {
      prepare(instance, member, offers.contains(member) ? issueOf(member) : "", "");
    }
  }

  private static String issueOf(String member) {
    return "The case " + member + " would bring";
  }

  private void open(ProcessInstance instance, String presenter, List<String> present) {
    submit(instance, taskOf(instance, "UserTask_OpenSession", group.facilitator()), "goesAhead", "hold",
        "presenterId", presenter, "presentIds", json(present));
  }

  private void present(ProcessInstance instance, String presenter, String issue, String caseReference) {
    submit(instance, taskOf(instance, "UserTask_PresentIssue", presenter), "issue", issue, "caseReference",
        caseReference);
  }

  private void answer(ProcessInstance instance, String activity, String member, String field, String text) {
    submit(instance, taskOf(instance, activity, member), field, text);
  }

  private void moveOnFromClarifying(ProcessInstance instance) {
    submit(instance, taskOf(instance, "UserTask_MoveOnFromClarifying", group.facilitator()));
  }

  private void moveOnFromAffirming(ProcessInstance instance) {
    submit(instance, taskOf(instance, "UserTask_MoveOnFromAffirming", group.facilitator()));
  }

  private void reflect(ProcessInstance instance) {
    submit(instance, taskOf(instance, "UserTask_ReflectOnIssue", group.facilitator()),
        "discussion", "Supportive; the group explored the presenter's fear",
        "presenterFeelings", "Anxious at first, then relieved");
  }

  private void closeWithAction(ProcessInstance instance, String presenter, String owner) {
    submit(instance, taskOf(instance, "UserTask_CloseWithGoals", presenter),
        "presenterResponse", "I will hold the line with the family", "goals", "",
        "actions", json(List.of(action("Book a core group meeting", owner, today().plusDays(14)),
            action("", "", null))));
  }

  private void record(ProcessInstance instance, List<String> attended) {
    submit(instance, taskOf(instance, "UserTask_CompleteGroupRecord", group.facilitator()),
        "issueOutline", engine.getRuntimeService().getVariable(instance.getId(), "issueOutline"),
        "natureOfDiscussion", engine.getRuntimeService().getVariable(instance.getId(), "natureOfDiscussion"),
        "attendedIds", json(attended));
  }

  private static Map<String, Object> action(String what, String owner, java.time.LocalDate dueOn) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("what", what);
    row.put("ownerId", owner);
    row.put("dueOn", dueOn == null ? "" : dueOn.toString());
    return row;
  }

  /** Submits a task's form as Tasklist does, then runs what follows up to the next wait. */
  private void submit(ProcessInstance instance, Task task, Object... keysAndValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      values.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    engine.getFormService().submitTaskForm(task.getId(), values);
    runJobs(instance);
  }

  private void runJobs(ProcessInstance instance) {
    GroupTestSteps.runJobs(engine, instance.getId());
  }

  private List<Task> tasks(ProcessInstance instance, String activity) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(activity).list();
  }

  private Task taskOf(ProcessInstance instance, String activity, String assignee) {
    List<Task> found = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(activity).taskAssignee(assignee).list();
    assertThat(found).as(activity + " for " + assignee).hasSize(1);
    return found.get(0);
  }

  private GroupSession sessionOf(ProcessInstance instance) {
    return groups.session(GroupSupervisionProcess.groupSessionIdOf(instance.getBusinessKey() != null
        ? instance.getBusinessKey() : engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(instance.getId()).singleResult().getBusinessKey()));
  }

  private String json(ProcessInstance instance, String variable) {
    return String.valueOf(engine.getRuntimeService().getVariable(instance.getId(), variable));
  }

  private List<String> members(int count) {
    return group.members().subList(0, count);
  }

  private String member(int index) {
    return group.members().get(index);
  }

  private static Object json(Object value) {
    return GroupTestSteps.json(value);
  }
}
