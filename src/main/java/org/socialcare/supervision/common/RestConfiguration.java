package org.socialcare.supervision.common;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST resources, plus the answer the application gives to a rejected submission, and the
 * check that submitted values are what they are sent as.
 */
@Component
class RestConfiguration extends CamundaJerseyResourceConfig {

  @Override
  protected void registerAdditionalResources() {
    register(SubmissionRejectedMapper.ForRestException.class);
    register(SubmissionRejectedMapper.ForProcessEngineException.class);
    register(SubmissionRejectedMapper.ForSubmissionRejected.class);
    register(SubmittedVariables.class);
  }
}
