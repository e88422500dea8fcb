package org.socialcare.supervision.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.group.GroupSupervisionProcess;

/**
 * Reflective group supervision: on the third Wednesday of each month, each facilitator (one per
 * service) plans a cycle for the other team of their service and it runs through, as in
 * GroupSupervisionProcessTest's whole cycle: prepare, open, present, clarify, affirm, reflect, close
 * with an agreed action, record.
 */
final class GroupCyclesStep implements YearStep {

  private static final int MAX_MEMBERS = 4;

  int cycles;

  @Override
  public String name() {
    return "group cycles";
  }

  @Override
  public void onDay(LocalDate day, Simulation simulation) {
    if (day.getDayOfWeek() != DayOfWeek.WEDNESDAY || (day.getDayOfMonth() - 1) / 7 != 2) {
      return;
    }
    Simulation.at(day.atTime(14, 0));
    List<String> facilitators = simulation.roles.facilitators();
    List<List<String>> teams = simulation.roles.teams();
    for (int f = 0; f < facilitators.size(); f++) {
      // The facilitator manages the first team of their service; the group is the second.
      int groupTeam = 2 * f + 1;
      if (groupTeam >= teams.size() || teams.get(groupTeam).size() < 3) {
        continue;
      }
      List<String> team = teams.get(groupTeam);
      cycle(simulation, facilitators.get(f), team.subList(0, Math.min(MAX_MEMBERS, team.size())));
      cycles++;
    }
  }

  private void cycle(Simulation simulation, String facilitator, List<String> members) {
    String presenter = members.get(0);
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("teamCode", "");
    plan.put("memberIds", String.join(", ", members));
    plan.put("startsAt", OffsetDateTime.of(Simulation.today().plusDays(1).atTime(10, 0),
        ZoneId.systemDefault().getRules().getOffset(Simulation.now())).toString());
    plan.put("minutesAllowed", 90);
    ProcessInstance instance = simulation.asUser(facilitator, () -> simulation.engine.getRuntimeService()
        .startProcessInstanceByKey(GroupSupervisionProcess.KEY, plan));
    String id = instance.getId();
    for (String member : members) {
      submit(simulation, id, "UserTask_PrepareIssue", member, Map.of("offeredIssue",
          member.equals(presenter) ? "Managing risk when a parent refuses contact" : "", "offeredCaseReference", ""));
    }
    submit(simulation, id, "UserTask_OpenSession", facilitator, Map.of("goesAhead", "hold", "presenterId", presenter,
        "presentIds", Simulation.json(members)));
    submit(simulation, id, "UserTask_PresentIssue", presenter, Map.of("issue",
        "Managing risk when a parent refuses contact", "caseReference", ""));
    List<String> others = members.subList(1, members.size());
    others.forEach(member -> submit(simulation, id, "UserTask_AskQuestion", member,
        Map.of("question", "What do you see first?")));
    others.forEach(member -> submit(simulation, id, "UserTask_Affirm", member,
        Map.of("affirmation", "Your calm with the family")));
    submit(simulation, id, "UserTask_ReflectOnIssue", facilitator, Map.of("discussion",
        "Supportive; the group explored the presenter's fear", "presenterFeelings", "Relieved"));
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("what", "Book a core group meeting");
    action.put("ownerId", presenter);
    action.put("dueOn", Simulation.today().plusDays(14).toString());
    submit(simulation, id, "UserTask_CloseWithGoals", presenter, Map.of("presenterResponse",
        "I will hold the line with the family", "goals", "", "actions", Simulation.json(List.of(action))));
    Map<String, Object> shown = simulation.engine.getRuntimeService().getVariables(id,
        List.of("issueOutline", "natureOfDiscussion"));
    Map<String, Object> record = new HashMap<>(shown);
    record.put("attendedIds", Simulation.json(members));
    submit(simulation, id, "UserTask_CompleteGroupRecord", facilitator, record);
  }

  private static void submit(Simulation simulation, String instance, String activityId, String assignee,
      Map<String, Object> values) {
    Task task = simulation.tasks().processInstanceId(instance).taskDefinitionKey(activityId).taskAssignee(assignee)
        .singleResult();
    simulation.submit(task, values);
    simulation.runDueJobs();
  }
}
