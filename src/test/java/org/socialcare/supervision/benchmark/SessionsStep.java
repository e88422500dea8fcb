package org.socialcare.supervision.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.organisation.ChildCase;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.session.SessionProcess;

/**
 * Every session of the day: both parties add to the agenda in the morning, the session's timer
 * fires at its time, the supervisor records it with three of the supervisee's children discussed,
 * the supervisee and then the supervisor sign, and the signed copy goes out.
 */
final class SessionsStep implements YearStep {

  private static final String RECORD = "UserTask_RecordSession";
  private static final String MANAGERS_RECORD = "UserTask_RecordManagersSession";
  private static final int CASES_DISCUSSED = 3;

  int recorded;
  private int practitionerSignatures;

  @Override
  public String name() {
    return "sessions";
  }

  @Override
  public void onDay(LocalDate day, Simulation simulation) {
    Simulation.at(day.atTime(9, 0));
    Date endOfDay = Date.from(day.plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant());
    for (Task agenda : simulation.tasks().processDefinitionKey(SessionProcess.KEY)
        .taskDefinitionKeyIn("UserTask_SuperviseeAddsAgenda", "UserTask_SupervisorAddsAgenda").dueBefore(endOfDay)
        .list()) {
      simulation.complete(agenda, Map.of("myAgendaItems", "Caseload and allocations\nTraining plan"));
    }
    // The job executor joins both agendas within seconds, long before the session time.
    simulation.runDueJobs();
    // Sessions start at ten; by noon the day's sessions have taken place.
    Simulation.at(day.atTime(12, 0));
    simulation.runDueJobs();
    for (Task record : simulation.tasks().processDefinitionKey(SessionProcess.KEY)
        .taskDefinitionKeyIn(RECORD, MANAGERS_RECORD).list()) {
      simulation.complete(record, record(simulation, record));
      recorded++;
    }
    for (Task signing : simulation.openTasks(SessionProcess.KEY, "UserTask_SuperviseeSignsRecord")) {
      Map<String, Object> signature = new HashMap<>(Map.of("superviseeSigns", true, "superviseeComments", "Agreed"));
      // Practitioners only: above the assistant directors there is no manager to refer one to.
      if (simulation.roles.isPractitioner(signing.getAssignee()) && ++practitionerSignatures % DisagreementsStep.ONE_IN == 0) {
        signature.putAll(DisagreementsStep.raisedWhileSigning());
      }
      simulation.complete(signing, signature);
    }
    for (Task signing : simulation.openTasks(SessionProcess.KEY, "UserTask_SupervisorSignsRecord")) {
      simulation.complete(signing, Map.of("supervisorSigns", true));
    }
    simulation.runDueJobs();
  }

  /** What the supervisor types into the record form, starting from what the form shows. */
  private Map<String, Object> record(Simulation simulation, Task task) {
    Map<String, Object> shown = simulation.engine.getTaskService().getVariables(task.getId(),
        List.of("heldOn", "durationMinutes", "latestWithoutGapComment", "superviseeId"));
    Map<String, Object> values = new HashMap<>();
    values.put("heldOn", shown.get("heldOn"));
    values.put("durationMinutes", shown.get("durationMinutes"));
    Object latest = shown.get("latestWithoutGapComment");
    if (latest != null && shown.get("heldOn").toString().compareTo(latest.toString()) > 0) {
      values.put("gapComment", "Session rearranged after a cancellation");
    }
    if (MANAGERS_RECORD.equals(task.getTaskDefinitionKey())) {
      values.put("staffWelfare", "Leave planned; flexi balance fine");
      values.put("budget", "Agency spend reviewed");
    } else {
      values.put("workloadManagement", "Caseload reviewed; two reviews due next month");
      values.put("healthAndSupport", "Well supported");
    }
    values.put("caseDiscussions", caseDiscussions(simulation, shown.get("superviseeId").toString()));
    return values;
  }

  /** The case discussions list as Camunda Forms submits it: every allocated child, three discussed. */
  private Object caseDiscussions(Simulation simulation, String superviseeId) {
    List<ChildCase> cases = simulation.bean(ChildCaseRepository.class)
        .findByAllocatedWorkerIdAndClosedOnIsNull(superviseeId);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("caseReference", cases.get(i).getReference());
      boolean discussed = (i - recorded % Math.max(1, cases.size()) + cases.size()) % cases.size() < CASES_DISCUSSED;
      row.put("discussed", discussed);
      if (discussed) {
        row.put("currentSituation", "Plan reviewed at the core group");
        row.put("reflection", "Family engaging better since the last visit");
        row.put("analysis", "Risk reducing; plan working");
        row.put("caseActions", "Visit within ten working days");
      }
      rows.add(row);
    }
    return Simulation.json(rows);
  }
}
