package org.socialcare.supervision.group;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.spin.plugin.variable.SpinValues;

/** What group supervision tests share: lists as Tasklist submits them, and the cycle's continuations. */
final class GroupTestSteps {

  private static final ObjectMapper JSON = new ObjectMapper();

  private GroupTestSteps() {
  }

  /**
   * Executes the jobs that are due (continuations after members' tasks, timers whose time has
   * come) until the process waits again.
   */
  static void runJobs(ProcessEngine engine, String processInstanceId) {
    for (int round = 0; round < 100; round++) {
      List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
          .executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("Jobs keep coming in process instance " + processInstanceId);
  }

  /** A list as Camunda Forms submit it from Tasklist: a Json variable. */
  static Object json(Object value) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
