package org.socialcare.supervision.benchmark;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated supervision year: day by day from the first day for the given number of months,
 * each step in order, then the jobs still due that day. Time per step is kept for the report.
 */
final class SupervisionYear {

  private final List<YearStep> steps;
  private final Map<String, Long> nanosPerStep = new LinkedHashMap<>();

  SupervisionYear(List<YearStep> steps) {
    this.steps = List.copyOf(steps);
    steps.forEach(step -> nanosPerStep.put(step.name(), 0L));
  }

  void run(Simulation simulation, LocalDate firstDay, int months) {
    LocalDate end = firstDay.plusMonths(months);
    for (LocalDate day = firstDay; day.isBefore(end); day = day.plusDays(1)) {
      for (YearStep step : steps) {
        long start = System.nanoTime();
        step.onDay(day, simulation);
        nanosPerStep.merge(step.name(), System.nanoTime() - start, Long::sum);
      }
      Simulation.at(day.atTime(18, 0));
      simulation.runDueJobs();
      if (day.getDayOfMonth() == 1) {
        System.out.printf("  %s: %d tasks completed, %d jobs executed%n", day, simulation.tasksCompleted,
            simulation.jobsExecuted);
      }
    }
  }

  Map<String, Double> secondsPerStep() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    nanosPerStep.forEach((step, nanos) -> seconds.put(step, nanos / 1e9));
    return seconds;
  }
}
