package org.socialcare.supervision.group;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.group.GroupSupervisionProcess.Var;
import org.socialcare.supervision.group.GroupSupervisionService.GroupSize;
import org.socialcare.supervision.group.GroupSupervisionService.Plan;
import org.socialcare.supervision.group.GroupSupervisionService.StepShares;
import org.socialcare.supervision.group.GroupSupervisionService.StepTimes;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks ({@link JavaDelegate}) and completion listeners ({@link TaskListener}) of
 * {@code group-supervision}, each wired by name ({@code camunda:delegateExpression="${planGroupSession}"}).
 * Each reads the group session's id and what the form submitted, calls
 * {@link GroupSupervisionService}, and writes what the next forms show.
 */
@Configuration
class GroupSupervisionDelegates {

  /** ServiceTask_PlanGroupSession: the start form is checked, the session stored, the business key set. */
  @Bean
  JavaDelegate planGroupSession(GroupSupervisionService groups, GroupFormVariables form) {
    return execution -> {
      GroupSession session = groups.plan((String) execution.getVariable(Var.FACILITATOR_ID),
          new Plan(execution.getVariable(Var.TEAM_CODE), execution.getVariable(Var.MEMBER_IDS),
              execution.getVariable(Var.STARTS_AT), execution.getVariable(Var.MINUTES_ALLOWED)),
          new GroupSize(number(execution, "minimumMembers"), number(execution, "maximumMembers")),
          execution.getProcessInstanceId());
      execution.setProcessBusinessKey(GroupSupervisionProcess.businessKey(session.getId()));
      form.writePlan(execution, session);
    };
  }

  /** UserTask_PrepareIssue completed: what the member would bring, or that they have nothing this time. */
  @Bean
  TaskListener groupIssuePrepared(GroupSupervisionService groups) {
    return task -> groups.prepare(sessionId(task), (String) task.getVariable(Var.MEMBER_ID),
        task.getVariable(Var.OFFERED_ISSUE), task.getVariable(Var.OFFERED_CASE_REFERENCE));
  }

  /** ServiceTask_GatherOffers: the session starts; those who had not prepared are recorded so. */
  @Bean
  JavaDelegate gatherGroupOffers(GroupSupervisionService groups, GroupFormVariables form) {
    return execution -> form.writeOffers(execution, groups.closePreparation(sessionId(execution)));
  }

  /** UserTask_OpenSession completed: presenter and attendance, or the reason the session is cancelled. */
  @Bean
  TaskListener groupSessionOpened(GroupSupervisionService groups, GroupFormVariables form) {
    return task -> {
      if (groups.open(sessionId(task), task.getVariable(Var.GOES_AHEAD), task.getVariable(Var.PRESENTER_ID),
          task.getVariable(Var.PRESENT_IDS), task.getVariable(Var.CANCEL_REASON))) {
        form.writeOpened(task.getExecution(), groups.session(sessionId(task)));
      }
    };
  }

  /** ServiceTask_TellMembersCancelled: every member hears that the session will not take place, and why. */
  @Bean
  JavaDelegate tellGroupSessionCancelled(GroupSupervisionService groups, NotificationService notifications,
      LineManagement lineManagement) {
    return execution -> {
      GroupSession session = groups.session(sessionId(execution));
      for (String member : session.memberIds()) {
        notifications.notify(member, "Group supervision cancelled: " + execution.getVariable(Var.STARTS_AT),
            lineManagement.nameOf(session.getFacilitatorId()) + " has cancelled the group supervision session of "
                + execution.getVariable(Var.STARTS_AT) + ": " + session.getCancelledReason());
      }
    };
  }

  /**
   * ServiceTask_TimeBoxSession: each step's share of the time allowed, from the task's input
   * parameters, becomes the ISO 8601 duration its timer and due date use.
   */
  @Bean
  JavaDelegate timeBoxGroupSession(GroupSupervisionService groups) {
    return execution -> {
      StepTimes times = groups.timeBox(sessionId(execution), new StepShares(number(execution, "presentingShare"),
          number(execution, "clarifyingShare"), number(execution, "affirmingShare"),
          number(execution, "reflectingShare"), number(execution, "closingShare")));
      execution.setVariable(Var.PRESENTING_TIME, times.presenting().toString());
      execution.setVariable(Var.CLARIFYING_TIME, times.clarifying().toString());
      execution.setVariable(Var.AFFIRMING_TIME, times.affirming().toString());
      execution.setVariable(Var.REFLECTING_TIME, times.reflecting().toString());
      execution.setVariable(Var.CLOSING_TIME, times.closing().toString());
    };
  }

  /** UserTask_PresentIssue completed: the issue, and the child's case it is about, if any. */
  @Bean
  TaskListener groupIssuePresented(GroupSupervisionService groups, GroupFormVariables form) {
    return task -> form.writePresented(task.getExecution(), groups.present(sessionId(task),
        task.getVariable(Var.ISSUE), task.getVariable(Var.CASE_REFERENCE)));
  }

  /** UserTask_AskQuestion completed: the member's one question. */
  @Bean
  TaskListener groupQuestionAsked(GroupSupervisionService groups) {
    return contribution(groups, CycleStep.CLARIFYING, Var.QUESTION);
  }

  /** ServiceTask_RecordNoQuestions: members who did not ask are recorded as "no question"; the presenter sees the questions. */
  @Bean
  JavaDelegate recordNoQuestions(GroupSupervisionService groups, GroupFormVariables form) {
    return stepClosed(groups, form, CycleStep.CLARIFYING, Var.QUESTIONS);
  }

  /** UserTask_Affirm completed: what impresses the member about how the presenter deals with it. */
  @Bean
  TaskListener groupAffirmationGiven(GroupSupervisionService groups) {
    return contribution(groups, CycleStep.AFFIRMING, Var.AFFIRMATION);
  }

  /** ServiceTask_RecordNoAffirmations: members who said nothing are recorded so. */
  @Bean
  JavaDelegate recordNoAffirmations(GroupSupervisionService groups, GroupFormVariables form) {
    return stepClosed(groups, form, CycleStep.AFFIRMING, Var.AFFIRMATIONS);
  }

  private static TaskListener contribution(GroupSupervisionService groups, CycleStep step, String field) {
    return task -> groups.contribute(sessionId(task), (String) task.getVariable(Var.MEMBER_ID), step,
        task.getVariable(field));
  }

  private static JavaDelegate stepClosed(GroupSupervisionService groups, GroupFormVariables form, CycleStep step,
      String shownAs) {
    return execution -> form.writeContributions(execution, shownAs, step, groups.closeStep(sessionId(execution), step));
  }

  /** UserTask_ReflectOnIssue completed: the facilitator's account of the open discussion. */
  @Bean
  TaskListener groupDiscussionReflected(GroupSupervisionService groups, GroupFormVariables form) {
    return task -> form.writeReflected(task.getExecution(), groups.reflect(sessionId(task),
        task.getVariable(Var.DISCUSSION), task.getVariable(Var.PRESENTER_FEELINGS)));
  }

  /** UserTask_CloseWithGoals completed: the presenter's response and goals; actions become follow-up tasks. */
  @Bean
  TaskListener groupSupervisionClosed(GroupSupervisionService groups, GroupFormVariables form) {
    return task -> {
      List<AgreedAction> agreed = groups.close(sessionId(task), task.getVariable(Var.PRESENTER_RESPONSE),
          task.getVariable(Var.GOALS), task.getVariable(Var.ACTIONS));
      form.writeAgreedActions(task.getExecution(), agreed);
    };
  }

  /** UserTask_CompleteGroupRecord completed: the group supervision record, on the child's file when about a case. */
  @Bean
  TaskListener groupRecordCompleted(GroupSupervisionService groups) {
    return task -> groups.record(sessionId(task), task.getVariable(Var.ISSUE_OUTLINE),
        task.getVariable(Var.NATURE_OF_DISCUSSION), task.getVariable(Var.ATTENDED_IDS));
  }

  private static Long sessionId(DelegateExecution execution) {
    return (Long) execution.getVariable(Var.GROUP_SESSION_ID);
  }

  private static Long sessionId(DelegateTask task) {
    return (Long) task.getVariable(Var.GROUP_SESSION_ID);
  }

  /** A whole number the diagram sets as an input parameter of the service task. */
  private static int number(DelegateExecution execution, String parameter) {
    Object value = execution.getVariableLocal(parameter);
    if (value == null) {
      throw new IllegalStateException("The diagram sets no input parameter '" + parameter + "' on "
          + execution.getCurrentActivityId());
    }
    return Integer.parseInt(value.toString().trim());
  }
}
