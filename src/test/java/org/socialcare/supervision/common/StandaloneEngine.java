package org.socialcare.supervision.common;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.test.TestHelper;

/**
 * A bare Camunda engine on an in-memory database, without Spring or beans: enough to deploy the
 * models and evaluate decision tables. One per test run, shared with camunda-bpm-junit5's
 * {@code ProcessEngineExtension} when it names the same configuration.
 */
public final class StandaloneEngine {

  public static final String CONFIGURATION = "standalone-engine.camunda.cfg.xml";

  private StandaloneEngine() {
  }

  public static ProcessEngine get() {
    return TestHelper.getProcessEngine(CONFIGURATION);
  }
}
