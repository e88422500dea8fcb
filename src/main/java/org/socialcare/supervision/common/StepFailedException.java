package org.socialcare.supervision.common;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * An asynchronous step (a service task run as a job) failed. The message is what Cockpit shows as
 * the incident once the retries are used up, so it says in words what could not be done, for whom,
 * and why; the technical cause stays attached for the stack trace Cockpit also shows.
 */
public class StepFailedException extends ProcessEngineException {

  StepFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
