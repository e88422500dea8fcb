package org.socialcare.supervision.escalation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who raised a disagreement or concern. */
final class Raiser {

  private Raiser() {
  }

  /**
   * The logged-in user who started the process; the initiator variable only when the application
   * starts it itself. A submitted variable of that name cannot make someone else the raiser.
   */
  static String of(IdentityService identityService, DelegateExecution execution, String initiatorVariable) {
    Authentication current = identityService.getCurrentAuthentication();
    return current != null && current.getUserId() != null ? current.getUserId()
        : (String) execution.getVariable(initiatorVariable);
  }
}
