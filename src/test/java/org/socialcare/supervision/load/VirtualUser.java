package org.socialcare.supervision.load;

import static org.socialcare.supervision.load.TasklistSession.ENGINE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * One member of staff at their Tasklist until the end time: logs in, then over and over opens the
 * filter list (with its counts), a filter's first page of 15 tasks and its count, opens a task (the
 * task, its form and the form's variables) - mostly the first on the list they can do, sometimes any
 * - and, when it is theirs to do now, completes it with valid values; now and then reads a supervision file's records and one
 * record's PDF. Between two actions the user thinks, for about {@code thinkMillis}.
 */
final class VirtualUser implements Runnable {

  static final String PASSWORD = "demo";
  private static final Map<String, Object> FIRST_PAGE_QUERY = Map.of(
      "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc")),
      "processVariables", List.of(), "taskVariables", List.of(), "caseInstanceVariables", List.of());

  private final TasklistSession session;
  private final List<String> filesReadable;
  private final long endNanos;
  private final long thinkMillis;
  private final LoadFigures figures;
  private final Random random;
  /** Tasks of theirs they opened and could not do yet (a session still to come): the next on the list first. */
  private final Set<String> notYet = new HashSet<>();

  /**
   * @param filesReadable whose supervision files this user reads: their own, and their supervisees'
   */
  VirtualUser(TasklistSession session, List<String> filesReadable, long endNanos, long thinkMillis,
      LoadFigures figures, long seed) {
    this.session = session;
    this.filesReadable = filesReadable;
    this.endNanos = endNanos;
    this.thinkMillis = thinkMillis;
    this.figures = figures;
    this.random = new Random(seed);
  }

  @Override
  public void run() {
    try {
      think();
      if (!session.login(PASSWORD)) {
        return;
      }
      for (int visit = 0; System.nanoTime() < endNanos && !Thread.currentThread().isInterrupted(); visit++) {
        try {
          workTheTasklist(visit);
        } catch (RuntimeException e) {
          // An answer the user could not work with (not what Tasklist expects) is an error too.
          figures.error("virtual user", session.user() + ": " + e);
          think();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void workTheTasklist(int visit) throws InterruptedException {
    Optional<JsonNode> filters = session.getJson("filters (with counts)",
        ENGINE + "/filter?resourceType=Task&itemCount=true");
    if (filters.isEmpty() || filters.get().isEmpty()) {
      think();
      return;
    }
    // Mostly "My tasks"; every fourth visit another of the filters.
    JsonNode filter = visit % 4 == 3 ? filters.get().get(random.nextInt(filters.get().size())) : myTasks(filters.get());
    String filterId = filter.get("id").asText();
    Optional<JsonNode> page = session.post("task page (15)", ENGINE + "/filter/" + filterId
        + "/list?firstResult=0&maxResults=15", FIRST_PAGE_QUERY, "application/hal+json").map(TasklistSession::parse);
    session.post("task count", ENGINE + "/filter/" + filterId + "/count", FIRST_PAGE_QUERY, "application/json");
    think();
    List<JsonNode> tasks = new ArrayList<>();
    page.map(p -> p.path("_embedded").path("task")).ifPresent(found -> found.forEach(tasks::add));
    // Mostly the first task on the list that is theirs to do (the list is by due date); now and then any, to read.
    Optional<JsonNode> toDo = tasks.stream()
        .filter(task -> TaskAnswers.completes(task.get("taskDefinitionKey").asText()))
        .filter(task -> !notYet.contains(task.get("id").asText())).findFirst();
    if (toDo.isPresent() && random.nextInt(4) > 0) {
      workOn(toDo.get(), true);
    } else if (!tasks.isEmpty()) {
      workOn(tasks.get(random.nextInt(tasks.size())), false);
    }
    if (visit % 3 == 2) {
      readAFile();
    }
  }

  private void workOn(JsonNode listed, boolean toComplete) throws InterruptedException {
    String taskId = listed.get("id").asText();
    String key = listed.get("taskDefinitionKey").asText();
    session.getHal("task", ENGINE + "/task/" + taskId);
    session.getJson("task form", ENGINE + "/task/" + taskId + "/form");
    session.getJson("deployed form", ENGINE + "/task/" + taskId + "/deployed-form");
    // As Tasklist asks for a Camunda Form's variables: Json values (dynamic lists) as their text.
    Optional<JsonNode> form = session.getJson("form variables", ENGINE + "/task/" + taskId
        + "/form-variables?deserializeValues=false");
    Optional<Map<String, Object>> answers = form.filter(variables -> toComplete)
        .flatMap(variables -> TaskAnswers.forTask(key, variables));
    think();
    if (toComplete && form.isPresent() && answers.isEmpty()) {
      notYet.add(taskId);
    }
    if (answers.isPresent()) {
      think();
      session.post("submit: " + key, ENGINE + "/task/" + taskId + "/submit-form", Map.of("variables", answers.get()),
          "application/json").ifPresent(done -> figures.completed(new LoadFigures.Completion(session.user(), taskId,
              key, listed.get("processInstanceId").asText())));
      think();
    }
  }

  private void readAFile() throws InterruptedException {
    String whose = filesReadable.get(random.nextInt(filesReadable.size()));
    Optional<JsonNode> records = session.getJson("records", "/api/supervisees/" + whose + "/records");
    think();
    if (records.isPresent() && !records.get().isEmpty()) {
      JsonNode record = records.get().get(random.nextInt(records.get().size()));
      session.download("record PDF", record.get("pdf").asText());
      think();
    }
  }

  private static JsonNode myTasks(JsonNode filters) {
    for (JsonNode filter : filters) {
      if ("My tasks".equals(filter.path("name").asText())) {
        return filter;
      }
    }
    return filters.get(0);
  }

  private void think() throws InterruptedException {
    Thread.sleep(thinkMillis / 2 + (long) (random.nextDouble() * thinkMillis));
  }
}
