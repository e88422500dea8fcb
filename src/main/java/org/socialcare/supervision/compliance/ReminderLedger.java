package org.socialcare.supervision.compliance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.socialcare.supervision.notification.Notification;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends each reminder once. The key is written first, in a transaction of its own with the stored
 * notification: a second attempt (a retried job, a second run, after a restart, or at the same time
 * on another node) finds the key or fails on its unique constraint, and sends nothing.
 */
@Component
class ReminderLedger {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  ReminderLedger(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** Sends the reminder unless one with this key was sent before; true when it was sent now. */
  boolean sendOnce(String key, String recipientId, Supplier<Notification> send) {
    try {
      return Boolean.TRUE.equals(ownTransaction.execute(status -> {
        Integer sent = jdbc.queryForObject("select count(*) from reminder_sent where reminder_key = ?", Integer.class,
            key);
        if (sent != null && sent > 0) {
          return false;
        }
        jdbc.update("insert into reminder_sent (reminder_key, recipient_id, sent_at) values (?, ?, ?)", key,
            recipientId, Timestamp.valueOf(LocalDateTime.now(clock)));
        Notification notification = send.get();
        jdbc.update("update reminder_sent set notification_id = ? where reminder_key = ?", notification.getId(), key);
        return true;
      }));
    } catch (DuplicateKeyException sentMeanwhile) {
      return false;
    }
  }
}
