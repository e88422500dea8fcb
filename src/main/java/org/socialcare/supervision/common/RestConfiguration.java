package org.socialcare.supervision.common;

import java.util.Set;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST resources, plus the answer the application gives to a rejected submission, and the
 * check that submitted values are what they are sent as.
 */
@Component
class RestConfiguration extends CamundaJerseyResourceConfig {

  /**
   * What both engine APIs - {@code /engine-rest} and the one Tasklist and Cockpit call
   * ({@link WebappEngineApi}) - add to Camunda's resources: the check of what a form submission may
   * set, and the answers to a refused submission and to a task dealt with meanwhile.
   */
  static final Set<Class<?>> SUBMISSION_CHECKS_AND_ANSWERS = Set.of(
      SubmissionRejectedMapper.ForRestException.class,
      SubmissionRejectedMapper.ForProcessEngineException.class,
      SubmissionRejectedMapper.ForSubmissionRejected.class,
      SubmittedVariables.class);

  @Override
  protected void registerAdditionalResources() {
    registerClasses(SUBMISSION_CHECKS_AND_ANSWERS);
  }
}
