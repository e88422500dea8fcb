package org.socialcare.supervision;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
}
