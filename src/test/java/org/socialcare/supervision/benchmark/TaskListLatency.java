package org.socialcare.supervision.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The queries Tasklist makes when a user opens it (REST /task with a page of 15 and /task/count, or
 * /filter/{id}/list and /count), timed for one user of each role with their groups and the
 * engine's authorization check, as the REST API runs them.
 */
final class TaskListLatency {

  static final int WARM_UP = 10;
  static final int REPETITIONS = 100;
  private static final int PAGE = 15;

  record Percentiles(double p50, double p95, double p99, long count) {
  }

  /** Per role, per query: latency in ms of one page plus its count. */
  static Map<String, Map<String, Percentiles>> measure(Simulation simulation, Map<String, String> usersByRole) {
    Map<String, Map<String, Percentiles>> byRole = new LinkedHashMap<>();
    usersByRole.forEach((role, user) -> byRole.put(role + " (" + user + ")", measureUser(simulation, user)));
    return byRole;
  }

  private static Map<String, Percentiles> measureUser(Simulation simulation, String user) {
    List<String> groups = simulation.groupsOf(user);
    Map<String, Percentiles> queries = new LinkedHashMap<>();
    queries.put("assignee", time(simulation, user,
        () -> simulation.tasks().taskAssignee(user).orderByTaskCreateTime().desc()));
    queries.put("candidate groups", time(simulation, user,
        () -> simulation.tasks().taskCandidateGroupIn(groups).taskUnassigned().orderByTaskCreateTime().desc()));
    queries.put("all visible", time(simulation, user, () -> simulation.tasks().orderByTaskCreateTime().desc()));
    FilterService filters = simulation.engine.getFilterService();
    List<Filter> visible = simulation.asUser(user, () -> filters.createFilterQuery().orderByFilterId().asc().list());
    for (Filter filter : visible) {
      queries.put("filter: " + filter.getName(), timeFilter(simulation, user, filter.getId()));
    }
    return queries;
  }

  private static Percentiles time(Simulation simulation, String user, Supplier<TaskQuery> query) {
    return repeat(simulation, user, () -> {
      query.get().listPage(0, PAGE);
      return query.get().count();
    });
  }

  private static Percentiles timeFilter(Simulation simulation, String user, String filterId) {
    FilterService filters = simulation.engine.getFilterService();
    return repeat(simulation, user, () -> {
      filters.listPage(filterId, 0, PAGE);
      return filters.count(filterId);
    });
  }

  private static Percentiles repeat(Simulation simulation, String user, Supplier<Long> page) {
    long count = 0;
    double[] millis = new double[REPETITIONS];
    for (int i = 0; i < WARM_UP + REPETITIONS; i++) {
      long start = System.nanoTime();
      count = simulation.asUser(user, page);
      if (i >= WARM_UP) {
        millis[i - WARM_UP] = (System.nanoTime() - start) / 1e6;
      }
    }
    Arrays.sort(millis);
    return new Percentiles(at(millis, 0.50), at(millis, 0.95), at(millis, 0.99), count);
  }

  private static double at(double[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }

  static List<String> roles() {
    return new ArrayList<>(List.of("practitioner", "supervisor (team manager)", "service manager"));
  }
}
