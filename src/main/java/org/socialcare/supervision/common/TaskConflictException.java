package org.socialcare.supervision.common;

import java.sql.SQLException;
import java.sql.SQLTransactionRollbackException;
import java.util.Optional;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * A task was submitted that had been dealt with meanwhile: completed in another tab, saved by
 * someone else at the same moment, or passed to someone else. Nothing of the submission was saved;
 * the message tells the user so in words, and the REST API answers 409 Conflict.
 */
public class TaskConflictException extends ProcessEngineException {

  static final String AT_THE_SAME_MOMENT = "Not saved - this task, or what it records, was changed by someone "
      + "else at the same moment (or by you, in another tab or window). Reload Tasklist: if the task is still "
      + "there, submit it again.";
  static final String ALREADY_COMPLETED = "Not saved - this task has already been completed (perhaps by you, in "
      + "another tab or window). Reload Tasklist to see what is still to do.";
  static final String WITHDRAWN = "Not saved - this task is no longer open: it was withdrawn when its process "
      + "moved on. Reload Tasklist to see what is still to do.";
  static final String PASSED_ON = "Not saved - this task has been passed to someone else meanwhile (for example "
      + "to a manager covering supervision). Reload Tasklist to see what is still yours to do.";

  TaskConflictException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The conflict somewhere in what the engine or the REST API wrapped around it. */
  public static Optional<TaskConflictException> in(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof TaskConflictException conflict) {
        return Optional.of(conflict);
      }
    }
    return Optional.empty();
  }

  /**
   * Two transactions wanted the same rows: the engine's optimistic lock, or the database's own
   * locks (a deadlock, a lock wait given up, a serialization failure) as Spring, JPA or JDBC report them.
   */
  public static boolean isConcurrencyFailure(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException || cause instanceof ConcurrencyFailureException
          || cause instanceof jakarta.persistence.OptimisticLockException
          || cause instanceof jakarta.persistence.PessimisticLockException
          || cause instanceof jakarta.persistence.LockTimeoutException
          || cause instanceof SQLTransactionRollbackException
          || cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
        return true;
      }
    }
    return false;
  }
}
