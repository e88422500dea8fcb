package org.socialcare.supervision.benchmark;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.audit.AuditForm;
import org.socialcare.supervision.audit.AuditJudgement;
import org.socialcare.supervision.audit.AuditProcess;
import org.socialcare.supervision.audit.AuditQuestion;

/**
 * The audits of the year: the quarterly timer of {@code audit-schedule-check} starts each round on
 * its own (the year's jobs run it); a week after an audit or observation opens, the grandparent
 * works through it, agreeing with the evidence the form shows. One audit in ten finds the supervision
 * requires improvement and agrees an action; one in forty is inadequate, which tells the
 * auditor's own manager.
 */
final class AuditsStep implements YearStep {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int DAYS_TO_AUDIT = 7;

  int audits;
  int observations;

  @Override
  public String name() {
    return "audits";
  }

  @Override
  public void onDay(LocalDate day, Simulation simulation) {
    Simulation.at(day.atTime(11, 0));
    for (Task audit : simulation.openedDaysAgo(AuditProcess.KEY, "UserTask_AuditSupervisionFile", DAYS_TO_AUDIT)) {
      simulation.submit(audit, fileAudit(simulation, audit));
      audits++;
    }
    for (Task observation : simulation.openedDaysAgo(AuditProcess.KEY, "UserTask_ObserveSupervisionPractice",
        DAYS_TO_AUDIT)) {
      simulation.submit(observation, Map.of(AuditForm.Field.OBSERVED_ON, day.toString(),
          AuditForm.Field.STRENGTHS, "Clear agenda; the practitioner led the case discussion",
          AuditForm.Field.DEVELOPMENT_POINTS, "More time for reflection on the hardest case"));
      observations++;
    }
  }

  /** The audit tool as the auditor submits it: the pre-filled answers kept, sections 2 and 3 filled in. */
  private Map<String, Object> fileAudit(Simulation simulation, Task task) {
    Map<String, Object> shown = simulation.engine.getTaskService().getVariables(task.getId());
    Map<String, Object> values = new HashMap<>();
    // Section 1 comes pre-filled from the evidence and is kept; the auditor answers section 2 "yes".
    for (AuditQuestion question : AuditQuestion.values()) {
      values.put(question.key(), question.fromEvidence() ? shown.get(question.key()) : "yes");
    }
    if ("no".equals(shown.get(AuditQuestion.REGULAR_SUPERVISION.key()))
        && isBlank(shown.get(AuditForm.Field.NOT_REGULAR_WHY))) {
      values.put(AuditForm.Field.NOT_REGULAR_WHY, "Sessions moved during the team's recruitment gap");
    }
    AuditJudgement judgement = audits % 40 == 39 ? AuditJudgement.INADEQUATE
        : audits % 10 == 3 ? AuditJudgement.REQUIRES_IMPROVEMENT : AuditJudgement.GOOD;
    values.put(AuditForm.Field.JUDGEMENT, judgement.name());
    values.put(AuditForm.Field.QUALITY_COMMENT, "Records reflective; the four functions balanced");
    List<Map<String, Object>> cases = rows(shown.get(AuditForm.Field.CASE_CHECKS));
    cases.forEach(row -> row.put("evidenceOfReflection", "Clear reflection on risk and the child's voice"));
    values.put(AuditForm.Field.CASE_CHECKS, Simulation.json(cases));
    List<Map<String, Object>> actions = new ArrayList<>();
    if (judgement != AuditJudgement.GOOD) {
      Map<String, Object> action = new LinkedHashMap<>();
      action.put("comment", "Case discussions not recorded at the frequency their involvement needs");
      action.put("what", "Discuss every child subject to a plan at each session");
      action.put("ownerId", "supervisor");
      action.put("dueOn", Simulation.today().plusWeeks(4).toString());
      actions.add(action);
    }
    values.put(AuditForm.Field.ACTIONS, Simulation.json(actions));
    return values;
  }

  private static List<Map<String, Object>> rows(Object json) {
    try {
      return json == null ? new ArrayList<>() : JSON.readValue(json.toString(), new TypeReference<>() { });
    } catch (Exception e) {
      throw new IllegalStateException("The audit form's case list is not JSON: " + json, e);
    }
  }

  private static boolean isBlank(Object value) {
    return value == null || value.toString().isBlank();
  }
}
