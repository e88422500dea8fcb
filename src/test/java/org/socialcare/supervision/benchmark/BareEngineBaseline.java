package org.socialcare.supervision.benchmark;

import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The same amount of engine work as the simulated year - process instances, user tasks completed
 * by their assignees, jobs (all timers here) and variables - through benchmark/bare-session.bpmn,
 * which has no application code and grants nothing per person. Same engine, same database, same
 * thread, right after the year, so the ratio application / bare engine holds on a noisy machine.
 */
final class BareEngineBaseline {

  static final String KEY = "bare-session";
  private static final int PAGE = 1000;

  /** What the application did in the year, which the baseline repeats. */
  record Work(long instances, long tasks, long jobs, long variables) {
  }

  record Result(Work done, double seconds) {
  }

  /**
   * Deploys the bare model and runs a little of it before the year, so the engine code both share is
   * compiled by the JIT before either is timed (the application's own code still warms up in its year).
   */
  static void deployAndWarmUp(Simulation simulation) {
    simulation.engine.getRepositoryService().createDeployment().name("benchmark-baseline")
        .addClasspathResource("benchmark/bare-session.bpmn").deploy();
    run(simulation, new Work(50, 150, 150, 500));
  }

  static Result run(Simulation simulation, Work work) {
    List<String> people = simulation.roles.staff();
    long tasksBefore = simulation.tasksCompleted;
    long jobsBefore = simulation.jobsExecuted;
    int instances = (int) Math.max(1, work.instances());
    // Four variables of the model's own; the rest of the application's count as plain values.
    long fillers = Math.max(0, work.variables() - 4L * instances);
    long start = System.nanoTime();
    Date dueAt = ClockUtil.getCurrentTime();
    for (int i = 0; i < instances; i++) {
      Map<String, Object> variables = new HashMap<>();
      variables.put("assignee", people.get(i % people.size()));
      variables.put("dueAt", dueAt);
      variables.put("timersLeft", share(work.jobs(), instances, i));
      variables.put("tasksLeft", share(work.tasks(), instances, i));
      for (long f = 0; f < share(fillers, instances, i); f++) {
        variables.put("value" + f, "Recorded value " + f);
      }
      simulation.engine.getRuntimeService().startProcessInstanceByKey(KEY, variables);
    }
    while (simulation.engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(KEY).count() > 0) {
      simulation.runDueJobs();
      for (Task task : simulation.tasks().processDefinitionKey(KEY).listPage(0, PAGE)) {
        simulation.complete(task, Map.of());
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return new Result(new Work(instances, simulation.tasksCompleted - tasksBefore, simulation.jobsExecuted - jobsBefore,
        work.variables()), seconds);
  }

  /** The i-th of n nearly equal shares of a total. */
  private static long share(long total, int n, int i) {
    return total / n + (i < total % n ? 1 : 0);
  }
}
