package org.socialcare.supervision.common;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.bpmn.delegate.JavaDelegateInvocation;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.delegate.DefaultDelegateInterceptor;
import org.camunda.bpm.engine.impl.delegate.DelegateInvocation;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.DelegateInterceptor;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * What a failing step says in Cockpit. When a service task run as a job (after a timer, or
 * asynchronously) throws, the engine retries it (camunda.bpm.generic-properties failedJobRetryTimeCycle)
 * and, after the last try, raises an incident whose message is the exception's. This wraps the
 * exception so that message reads like "Could not put contract in force for Priya Shah: the
 * database could not be reached" instead of a Java class name; the cause stays attached.
 * Steps run while a user submits a form are left alone: their failures reach the user as before.
 */
@Component
class ReadableStepFailures extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    DelegateInterceptor engineDefault = configuration.getDelegateInterceptor() == null
        ? new DefaultDelegateInterceptor() : configuration.getDelegateInterceptor();
    configuration.setDelegateInterceptor(invocation -> {
      try {
        engineDefault.handleInvocation(invocation);
      } catch (Exception failure) {
        throw inAJob(invocation) && !(failure instanceof BpmnError) && !(failure instanceof StepFailedException)
            ? new StepFailedException(describe((DelegateExecution) invocation.getContextExecution(), failure), failure)
            : failure;
      }
    });
  }

  private static boolean inAJob(DelegateInvocation invocation) {
    CommandContext commandContext = Context.getCommandContext();
    return invocation instanceof JavaDelegateInvocation && commandContext != null
        && commandContext.getCurrentJob() != null;
  }

  static String describe(DelegateExecution execution, Throwable failure) {
    String step = execution.getCurrentActivityName() == null ? execution.getCurrentActivityId()
        : execution.getCurrentActivityName();
    Object about = aboutWhom(execution);
    return "Could not " + step.substring(0, 1).toLowerCase(Locale.ROOT) + step.substring(1)
        + (about == null ? "" : " for " + about) + ": " + reason(failure);
  }

  /** Whom the process is about, as Tasklist shows it; nothing rather than a second failure. */
  private static Object aboutWhom(DelegateExecution execution) {
    try {
      return execution.getVariable(TasklistFilters.ABOUT);
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** The cause in a manager's words: what was unreachable or refused, or the application's own message. */
  static String reason(Throwable failure) {
    if (TaskConflictException.isConcurrencyFailure(failure)) {
      return "someone changed the same records at the same moment; the next try usually succeeds";
    }
    if (anyCause(failure, c -> c instanceof DataAccessException || c instanceof SQLException
        || c instanceof jakarta.persistence.PersistenceException)) {
      return "the database could not be reached or refused the change";
    }
    String server = anyCause(failure, c -> c.getClass().getName().startsWith("jakarta.mail.")
        || c.getClass().getName().startsWith("org.springframework.mail.")) ? "the mail server" : "a server it needs";
    if (anyCause(failure, c -> c instanceof ConnectException)) {
      return server + " refused the connection";
    }
    if (anyCause(failure, c -> c instanceof SocketTimeoutException)) {
      return server + " did not answer in time";
    }
    if (anyCause(failure, c -> c instanceof UnknownHostException)) {
      return server + " could not be found";
    }
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null && thrownByTheApplication(cause)) {
        return cause.getMessage();
      }
    }
    return "an unexpected error (" + failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + failure.getMessage()) + ")";
  }

  /** The application's own exceptions carry messages written for people. */
  private static boolean thrownByTheApplication(Throwable cause) {
    StackTraceElement[] trace = cause.getStackTrace();
    return cause.getClass().getName().startsWith("org.socialcare.")
        || trace.length > 0 && trace[0].getClassName().startsWith("org.socialcare.");
  }

  private static boolean anyCause(Throwable failure, java.util.function.Predicate<Throwable> test) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (test.test(cause)) {
        return true;
      }
    }
    return false;
  }
}
