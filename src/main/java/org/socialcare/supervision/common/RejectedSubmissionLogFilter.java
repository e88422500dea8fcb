package org.socialcare.supervision.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;

/**
 * The engine logs every exception that ends a command at ERROR (ENGINE-16004), a form submission
 * the server rejected included, with its whole stack trace - although the user got a 400 naming the
 * field and nothing changed. Those entries are dropped here so that an ERROR in the log still means
 * something went wrong; any other exception is logged as before. Installed by logback-spring.xml.
 */
public class RejectedSubmissionLogFilter extends TurboFilter {

  private static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    if (logger == null || !logger.getName().startsWith(ENGINE_CONTEXT_LOGGER)) {
      return FilterReply.NEUTRAL;
    }
    Throwable thrown = t != null ? t
        : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
    return isRejectedSubmission(thrown) ? FilterReply.DENY : FilterReply.NEUTRAL;
  }

  private static boolean isRejectedSubmission(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof SubmissionRejectedException) {
        return true;
      }
    }
    return false;
  }
}
