package org.socialcare.supervision.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the virtual users measured: every request's time per operation, every error (a request
 * answered other than 2xx, or not answered), and every task completed, with its process instance.
 * Shared by all users' threads.
 */
final class LoadFigures {

  /** A task a user completed, as the server confirmed it (204). */
  record Completion(String user, String taskId, String taskDefinitionKey, String processInstanceId) {
  }

  private final Map<String, List<Double>> millisByOperation = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> errorsByOperation = new ConcurrentHashMap<>();
  private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());
  private final List<Completion> completions = Collections.synchronizedList(new ArrayList<>());

  void time(String operation, double millis) {
    millisByOperation.computeIfAbsent(operation, key -> Collections.synchronizedList(new ArrayList<>())).add(millis);
  }

  void error(String operation, String what) {
    errorsByOperation.computeIfAbsent(operation, key -> new AtomicInteger()).incrementAndGet();
    if (errorSamples.size() < 50) {
      errorSamples.add(operation + ": " + what);
    }
  }

  void completed(Completion completion) {
    completions.add(completion);
  }

  List<Completion> completions() {
    synchronized (completions) {
      return List.copyOf(completions);
    }
  }

  int errors() {
    return errorsByOperation.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  List<String> errorSamples() {
    synchronized (errorSamples) {
      return List.copyOf(errorSamples);
    }
  }

  int requests() {
    return millisByOperation.values().stream().mapToInt(List::size).sum()
        + errorsByOperation.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** Per operation: requests, errors, p50, p95, p99 and max in ms. */
  Map<String, Map<String, Object>> byOperation() {
    Map<String, Map<String, Object>> operations = new TreeMap<>();
    for (String operation : union()) {
      double[] sorted;
      List<Double> millis = millisByOperation.getOrDefault(operation, List.of());
      synchronized (millis) {
        sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      }
      Map<String, Object> figures = new LinkedHashMap<>();
      figures.put("requests", sorted.length + errorsByOperation.getOrDefault(operation, new AtomicInteger()).get());
      figures.put("errors", errorsByOperation.getOrDefault(operation, new AtomicInteger()).get());
      figures.put("p50", at(sorted, 0.50));
      figures.put("p95", at(sorted, 0.95));
      figures.put("p99", at(sorted, 0.99));
      figures.put("max", sorted.length == 0 ? 0 : Math.round(sorted[sorted.length - 1] * 10) / 10.0);
      operations.put(operation, figures);
    }
    return operations;
  }

  /** Completions per task definition key. */
  Map<String, Long> completionsByTask() {
    Map<String, Long> byTask = new TreeMap<>();
    completions().forEach(c -> byTask.merge(c.taskDefinitionKey(), 1L, Long::sum));
    return byTask;
  }

  private List<String> union() {
    List<String> operations = new ArrayList<>(millisByOperation.keySet());
    errorsByOperation.keySet().stream().filter(key -> !operations.contains(key)).forEach(operations::add);
    return operations;
  }

  private static double at(double[] sorted, double quantile) {
    if (sorted.length == 0) {
      return 0;
    }
    double value = sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    return Math.round(value * 10) / 10.0;
  }
}
