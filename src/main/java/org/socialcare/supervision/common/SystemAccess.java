package org.socialcare.supervision.common;

import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call as the application rather than as the logged-in user. Used only where the
 * application acts on the user's behalf after its own checks (evaluating a policy table, granting
 * the access the confidentiality rules give, correlating a message the user was entitled to send).
 */
@Component
public class SystemAccess {

  private final IdentityService identityService;

  public SystemAccess(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T run(Callable<T> work) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      return commandContext.runWithoutAuthorization(work);
    }
    Authentication previous = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.call();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    } finally {
      if (previous != null) {
        identityService.setAuthentication(previous);
      }
    }
  }

  public void run(Runnable work) {
    run(() -> {
      work.run();
      return null;
    });
  }
}
