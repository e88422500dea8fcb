package org.socialcare.supervision.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a user types into the forms of the tasks the demo gives them, as Tasklist submits it: the
 * values the form shows pre-filled kept, the fields the user writes filled with valid values. Tasks
 * not listed here (audits, observations) are opened and read, not completed.
 */
final class TaskAnswers {

  static final Set<String> CONTRACT_TASKS = Set.of("UserTask_DraftContract", "UserTask_SupervisorSignsContract",
      "UserTask_SuperviseeSignsContract");
  static final Set<String> RECORD_TASKS = Set.of("UserTask_RecordSession", "UserTask_RecordManagersSession");
  static final Set<String> SIGN_RECORD_TASKS = Set.of("UserTask_SuperviseeSignsRecord", "UserTask_SupervisorSignsRecord");
  static final Set<String> AGENDA_TASKS = Set.of("UserTask_SuperviseeAddsAgenda", "UserTask_SupervisorAddsAgenda");
  static final String AGENDA_ITEM = "Caseload and a training request";

  private TaskAnswers() {
  }

  /** The submission for a task, from the form's variables; empty when the user only reads this kind of task. */
  static Optional<Map<String, Object>> forTask(String taskDefinitionKey, JsonNode form) {
    Map<String, Object> variables = new LinkedHashMap<>();
    switch (taskDefinitionKey) {
      case "UserTask_DraftContract" -> {
        for (String proposed : new String[] {"format", "frequency", "durationMinutes", "standards", "reviewDate",
            "disagreementManagerId"}) {
          variables.put(proposed, asShown(form, proposed));
        }
        variables.put("keyTasks", typed("Casework, statutory visits and reviews", "String"));
      }
      case "UserTask_SupervisorSignsContract" -> variables.put("supervisorSigns", typed(true, "Boolean"));
      case "UserTask_SuperviseeSignsContract" -> variables.put("superviseeDecision", typed("sign", "String"));
      case "UserTask_RecordSession", "UserTask_RecordManagersSession" -> {
        if (!record(form, variables)) {
          return Optional.empty();
        }
      }
      case "UserTask_SuperviseeSignsRecord" -> {
        variables.put("superviseeComments", typed("Agreed", "String"));
        variables.put("superviseeSigns", typed(true, "Boolean"));
      }
      case "UserTask_SupervisorSignsRecord" -> variables.put("supervisorSigns", typed(true, "Boolean"));
      case "UserTask_SuperviseeAddsAgenda", "UserTask_SupervisorAddsAgenda" ->
          variables.put("myAgendaItems", typed(AGENDA_ITEM, "String"));
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(variables);
  }

  /** Whether this kind of task is one the user completes (then its form decides if it can be now). */
  static boolean completes(String taskDefinitionKey) {
    return CONTRACT_TASKS.contains(taskDefinitionKey) || RECORD_TASKS.contains(taskDefinitionKey)
        || SIGN_RECORD_TASKS.contains(taskDefinitionKey) || AGENDA_TASKS.contains(taskDefinitionKey);
  }

  /**
   * The session as held on its date, for its duration; what was discussed under the template's
   * first heading; the first child due for discussion discussed; the gap commented on where the form
   * asks for it. False when it cannot be recorded yet or any more: a session still to come (its
   * record task opens once both have added to the agenda), or one older than the last recorded.
   */
  private static boolean record(JsonNode form, Map<String, Object> variables) {
    String heldOn = form.get("heldOn").get("value").asText();
    String lastHeldOn = form.get("lastHeldOn").get("value").asText();
    if (LocalDate.parse(heldOn).isAfter(LocalDate.now())
        || lastHeldOn.matches("\\d{4}-\\d{2}-\\d{2}") && !LocalDate.parse(heldOn).isAfter(LocalDate.parse(lastHeldOn))) {
      return false;
    }
    variables.put("heldOn", typed(heldOn, "String"));
    variables.put("durationMinutes", asShown(form, "durationMinutes"));
    if (LocalDate.parse(heldOn).isAfter(LocalDate.parse(form.get("latestWithoutGapComment").get("value").asText()))) {
      variables.put("gapComment", typed("Sessions were missed while the team covered two vacancies.", "String"));
    }
    JsonNode sections = TasklistSession.parse(form.get("recordSections").get("value").asText());
    variables.put(sections.get(0).get("value").asText(), typed("Caseload reviewed; two reviews due next month.",
        "String"));
    ArrayNode discussions = (ArrayNode) TasklistSession.parse(form.get("caseDiscussions").get("value").asText());
    if (!discussions.isEmpty()) {
      ObjectNode first = (ObjectNode) discussions.get(0);
      first.put("discussed", true);
      first.put("currentSituation", "Placement stable; school attendance improving.");
      first.put("reflection", "The child's wishes are clearer since the last visit.");
      first.put("analysis", "Risks reduced; contact arrangements working.");
      first.put("caseActions", "Review contact plan at the next looked after review.");
    }
    variables.put("caseDiscussions", typed(discussions.toString(), "Json"));
    variables.put("actions", typed("[]", "Json"));
    return true;
  }

  /** A value as the form shows it, submitted unchanged. */
  private static Map<String, Object> asShown(JsonNode form, String name) {
    JsonNode variable = form.get(name);
    return typed(variable.get("value"), variable.get("type").asText());
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}
