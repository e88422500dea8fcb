package org.socialcare.supervision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the process tests: the whole application on an in-memory database, with no job
 * executor, so tests execute jobs themselves and move engine time instead of sleeping.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ProcessTestCase {

  @Autowired
  protected ProcessEngine engine;
  @Autowired
  protected TestOrganisation organisation;

  @BeforeEach
  void initAssertions() {
    init(engine);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-02T09:00:00Z")));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  protected void moveClockBy(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  protected static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }

  /**
   * Runs the instance's jobs that are due now, and those they make due, as the job executor would:
   * a save point (asyncBefore) such as a join after two people's tasks leaves one job per branch.
   */
  public static void executeDueJobs(ProcessEngine engine, String processInstanceId) {
    var management = engine.getManagementService();
    for (var due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
        !due.isEmpty(); due = management.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  /** The rejection a submission met, wherever the engine wrapped it (task listeners are wrapped). */
  protected static SubmissionRejectedException rejectionOf(ThrowingCallable call) {
    Throwable thrown = Assertions.catchThrowable(call);
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SubmissionRejectedException rejected) {
        return rejected;
      }
    }
    throw new AssertionError("Expected the submission to be rejected, but got " + thrown);
  }

  /** Runs an engine call as Tasklist would for this user: with their groups and authorizations. */
  protected <T> T asUser(String userId, Supplier<T> call) {
    return asUser(engine, userId, call);
  }

  /** As {@link #asUser(String, Supplier)}, for fixtures outside a test class. */
  public static <T> T asUser(ProcessEngine engine, String userId, Supplier<T> call) {
    var identity = engine.getIdentityService();
    identity.setAuthentication(userId, identity.createGroupQuery().groupMember(userId).list()
        .stream().map(Group::getId).toList());
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
