package org.socialcare.supervision.benchmark;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.organisation.LineManagement;

/**
 * On the first day, every supervisory relationship gets its contract: started by the application,
 * drafted on the terms the form proposes, signed by supervisor and supervisee in Tasklist; once in
 * force, the year's sessions are booked (DemoSessions signs contracts the same way).
 */
final class ContractsStep implements YearStep {

  private static final List<String> PROPOSED_TERMS = List.of("format", "frequency", "durationMinutes", "standards",
      "reviewDate", "disagreementManagerId");

  private final LocalDate firstDay;
  int contracts;

  ContractsStep(LocalDate firstDay) {
    this.firstDay = firstDay;
  }

  @Override
  public String name() {
    return "contracts";
  }

  @Override
  public void onDay(LocalDate day, Simulation simulation) {
    if (!day.equals(firstDay)) {
      return;
    }
    ContractProcess contractProcess = simulation.bean(ContractProcess.class);
    LineManagement lineManagement = simulation.bean(LineManagement.class);
    for (String supervisee : simulation.roles.staff()) {
      if (lineManagement.supervisorOf(supervisee) == null) {
        continue;
      }
      String instance = contractProcess.start(supervisee).getId();
      Map<String, Object> proposed = simulation.engine.getRuntimeService().getVariables(instance);
      Map<String, Object> terms = new HashMap<>();
      PROPOSED_TERMS.forEach(field -> terms.put(field, proposed.get(field)));
      terms.put("keyTasks", "Casework; statutory visits and reviews");
      simulation.complete(task(simulation, instance, "UserTask_DraftContract"), terms);
      simulation.complete(task(simulation, instance, "UserTask_SupervisorSignsContract"),
          Map.of("supervisorSigns", true));
      simulation.complete(task(simulation, instance, "UserTask_SuperviseeSignsContract"),
          Map.of("superviseeDecision", "sign"));
      simulation.runDueJobs();
      contracts++;
    }
  }

  private static Task task(Simulation simulation, String instance, String activityId) {
    return simulation.tasks().processInstanceId(instance).taskDefinitionKey(activityId).singleResult();
  }
}
