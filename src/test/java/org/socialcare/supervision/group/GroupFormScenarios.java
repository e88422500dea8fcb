package org.socialcare.supervision.group;

import static org.socialcare.supervision.group.GroupTestSteps.json;
import static org.socialcare.supervision.group.GroupTestSteps.runJobs;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.common.FormScenarios;
import org.socialcare.supervision.common.OpenForm;
import org.socialcare.supervision.group.GroupSupervisionProcess.Var;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.SupervisionGroup;
import org.springframework.stereotype.Component;

/**
 * How the build reaches every form of group supervision, each time in a fresh organisation with a
 * group of three (the first presents, the other two ask and affirm), and what the facilitator,
 * presenter or member validly submits on it. Used by RequiredFormFieldsTest.
 */
@Component
class GroupFormScenarios implements FormScenarios {

  private static final String GROUP = GroupSupervisionProcess.KEY + "/";

  private final ProcessEngine engine;
  private final TestOrganisation organisation;

  GroupFormScenarios(ProcessEngine engine, TestOrganisation organisation) {
    this.engine = engine;
    this.organisation = organisation;
  }

  @Override
  public Map<String, Supplier<OpenForm>> forms() {
    Map<String, Supplier<OpenForm>> forms = new LinkedHashMap<>();
    forms.put(GROUP + "StartEvent_GroupSessionPlanned", () -> {
      SupervisionGroup group = freshGroup();
      return OpenForm.start(engine, GroupSupervisionProcess.KEY, group.facilitator(), plan(group));
    });
    // No field is required when preparing; reached for BadSubmissionFuzzTest.
    forms.put(GROUP + "UserTask_PrepareIssue", () -> {
      SupervisionGroup group = freshGroup();
      ProcessInstance instance = as(group.facilitator(), () -> engine.getRuntimeService()
          .startProcessInstanceByKey(GroupSupervisionProcess.KEY, plan(group)));
      Map<String, Object> preparation = new HashMap<>();
      preparation.put(Var.OFFERED_ISSUE, "Drift in a child protection plan");
      preparation.put(Var.OFFERED_CASE_REFERENCE, group.childCase());
      return OpenForm.task(engine, task(instance, "UserTask_PrepareIssue", presenter(group)), presenter(group),
          preparation);
    });
    forms.put(GROUP + "UserTask_OpenSession", () -> {
      SupervisionGroup group = freshGroup();
      ProcessInstance instance = prepared(group);
      return OpenForm.task(engine, task(instance, "UserTask_OpenSession", group.facilitator()), group.facilitator(),
          opening(group));
    });
    forms.put(GROUP + "UserTask_PresentIssue", () -> {
      SupervisionGroup group = freshGroup();
      ProcessInstance instance = opened(group);
      return OpenForm.task(engine, task(instance, "UserTask_PresentIssue", presenter(group)), presenter(group),
          presentation(group));
    });
    forms.put(GROUP + "UserTask_AskQuestion", () -> secondMembersForm(this::presented, "UserTask_AskQuestion",
        Var.QUESTION, "What does the child say about home?"));
    forms.put(GROUP + "UserTask_Affirm", () -> secondMembersForm(this::affirming, "UserTask_Affirm",
        Var.AFFIRMATION, "You stayed calm with an angry father"));
    forms.put(GROUP + "UserTask_ReflectOnIssue", () -> {
      SupervisionGroup group = freshGroup();
      ProcessInstance instance = reflecting(group);
      return OpenForm.task(engine, task(instance, "UserTask_ReflectOnIssue", group.facilitator()), group.facilitator(),
          reflection());
    });
    forms.put(GROUP + "UserTask_CloseWithGoals", () -> {
      SupervisionGroup group = freshGroup();
      ProcessInstance instance = closing(group);
      return OpenForm.task(engine, task(instance, "UserTask_CloseWithGoals", presenter(group)), presenter(group),
          closingWords());
    });
    forms.put(GROUP + "UserTask_CompleteGroupRecord", () -> {
      SupervisionGroup group = freshGroup();
      ProcessInstance instance = closing(group);
      complete(instance, "UserTask_CloseWithGoals", presenter(group), closingWords());
      Map<String, Object> record = new HashMap<>();
      record.put(Var.ISSUE_OUTLINE, "Drift in a child protection plan");
      record.put(Var.NATURE_OF_DISCUSSION, "Supportive; the group explored the presenter's fear");
      record.put(Var.ATTENDED_IDS, json(group.members()));
      return OpenForm.task(engine, task(instance, "UserTask_CompleteGroupRecord", group.facilitator()),
          group.facilitator(), record);
    });
    return forms;
  }

  /** The form of a step in which each member contributes once, as the second member (not the presenter) sees it. */
  private OpenForm secondMembersForm(Function<SupervisionGroup, ProcessInstance> reach, String taskKey, String field,
      String text) {
    SupervisionGroup group = freshGroup();
    ProcessInstance instance = reach.apply(group);
    String member = group.members().get(1);
    return OpenForm.task(engine, task(instance, taskKey, member), member, Map.of(field, text));
  }

  private SupervisionGroup freshGroup() {
    return organisation.createGroup(today(), 3);
  }

  /** The start form as the facilitator fills it in: the members by user id, tomorrow at ten, 90 minutes. */
  private static Map<String, Object> plan(SupervisionGroup group) {
    Map<String, Object> form = new HashMap<>();
    form.put(Var.TEAM_CODE, "");
    form.put(Var.MEMBER_IDS, String.join(", ", group.members()));
    form.put(Var.STARTS_AT, OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC)
        .plusDays(1).withHour(10).withMinute(0).withSecond(0).withNano(0).toString());
    form.put(Var.MINUTES_ALLOWED, 90);
    return form;
  }

  /** Planned by the facilitator; every member prepared, only the first offering an issue. */
  private ProcessInstance prepared(SupervisionGroup group) {
    ProcessInstance instance = as(group.facilitator(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(GroupSupervisionProcess.KEY, plan(group)));
    for (String member : group.members()) {
      Map<String, Object> preparation = new HashMap<>();
      preparation.put(Var.OFFERED_ISSUE, member.equals(presenter(group)) ? "Drift in a child protection plan" : "");
      preparation.put(Var.OFFERED_CASE_REFERENCE, "");
      complete(instance, "UserTask_PrepareIssue", member, preparation);
    }
    return instance;
  }

  /** The first member presents; everyone is present. */
  private static Map<String, Object> opening(SupervisionGroup group) {
    Map<String, Object> values = new HashMap<>();
    values.put(Var.GOES_AHEAD, "hold");
    values.put(Var.PRESENTER_ID, presenter(group));
    values.put(Var.PRESENT_IDS, json(group.members()));
    return values;
  }

  private ProcessInstance opened(SupervisionGroup group) {
    ProcessInstance instance = prepared(group);
    complete(instance, "UserTask_OpenSession", group.facilitator(), opening(group));
    return instance;
  }

  private static Map<String, Object> presentation(SupervisionGroup group) {
    Map<String, Object> values = new HashMap<>();
    values.put(Var.ISSUE, "Drift in a child protection plan");
    values.put(Var.CASE_REFERENCE, group.childCase());
    return values;
  }

  private ProcessInstance presented(SupervisionGroup group) {
    ProcessInstance instance = opened(group);
    complete(instance, "UserTask_PresentIssue", presenter(group), presentation(group));
    return instance;
  }

  /** The facilitator moved on from clarifying before anyone asked. */
  private ProcessInstance affirming(SupervisionGroup group) {
    ProcessInstance instance = presented(group);
    complete(instance, "UserTask_MoveOnFromClarifying", group.facilitator(), Map.of());
    return instance;
  }

  private ProcessInstance reflecting(SupervisionGroup group) {
    ProcessInstance instance = affirming(group);
    complete(instance, "UserTask_MoveOnFromAffirming", group.facilitator(), Map.of());
    return instance;
  }

  private static Map<String, Object> reflection() {
    return Map.of(Var.DISCUSSION, "Supportive; the group explored the presenter's fear",
        Var.PRESENTER_FEELINGS, "Anxious at first, then relieved");
  }

  private ProcessInstance closing(SupervisionGroup group) {
    ProcessInstance instance = reflecting(group);
    complete(instance, "UserTask_ReflectOnIssue", group.facilitator(), reflection());
    return instance;
  }

  /** A response and a goal, with no actions: the dynamic list as Tasklist sends it when left empty. */
  private static Map<String, Object> closingWords() {
    Map<String, Object> values = new HashMap<>();
    values.put(Var.PRESENTER_RESPONSE, "I will hold the line with the family");
    values.put(Var.GOALS, "Be clearer with the family about the plan");
    values.put(Var.ACTIONS, json(List.of()));
    return values;
  }

  private static String presenter(SupervisionGroup group) {
    return group.members().get(0);
  }

  /** Completes a task, then runs what continues asynchronously up to the next wait. */
  private void complete(ProcessInstance instance, String taskKey, String assignee, Map<String, Object> values) {
    engine.getTaskService().complete(task(instance, taskKey, assignee).getId(), values);
    runJobs(engine, instance.getId());
  }

  private Task task(ProcessInstance instance, String taskKey, String assignee) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
        .taskDefinitionKey(taskKey).taskAssignee(assignee).singleResult();
  }

  /** Starts the process as Tasklist does for the facilitator, so the engine records who started it. */
  private <T> T as(String userId, Supplier<T> call) {
    IdentityService identity = engine.getIdentityService();
    identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList());
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
