package org.socialcare.supervision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.stereotype.Component;

/**
 * Nodes sharing one PostgreSQL start one at a time. What a node does on starting - Camunda creating
 * its tables in an empty database, Flyway's migrations, the models' deployment, Camunda users, grants
 * and filters following the organisation ({@link ApplicationStartup}), the demo seed - checks what is
 * there, then writes what is missing; two nodes doing it at once both write it, and one fails (two
 * nodes started together on an empty database both seeded the demo organisation; the second stopped
 * on a duplicate key). So the first thing a node does with its database is take a PostgreSQL
 * advisory lock, on a connection of its own, and it lets go once it is ready (after
 * {@link ApplicationStartup}). A node that dies holding it loses its connection, and with it the lock.
 * An H2 file is opened by one process only: nothing to lock there.
 */
@Component
class StartupLock implements BeanPostProcessor, ApplicationContextAware {

  /** Any number the application owns; Flyway's own lock uses other keys. */
  static final long KEY = 0x5375_7065_7276_6973L;
  private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

  private ConfigurableApplicationContext context;
  private boolean taken;
  private Connection held;

  @Override
  public void setApplicationContext(ApplicationContext applicationContext) {
    context = (ConfigurableApplicationContext) applicationContext;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) throws BeansException {
    if (bean instanceof DataSource dataSource && !taken) {
      taken = true;
      take(dataSource);
    }
    return bean;
  }

  private void take(DataSource dataSource) {
    try {
      Connection connection = dataSource.getConnection();
      if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
        connection.close();
        return;
      }
      if (!call(connection, "pg_try_advisory_lock")) {
        LOG.info("Another node is starting on this database; this one waits until it is ready");
        call(connection, "pg_advisory_lock");
      }
      held = connection;
      context.addApplicationListener(this::release);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot take the startup lock", e);
    }
  }

  private void release(ApplicationEvent event) {
    if (held != null && (event instanceof ApplicationReadyEvent || event instanceof ApplicationFailedEvent
        || event instanceof ContextClosedEvent)) {
      try (Connection connection = held) {
        held = null;
        call(connection, "pg_advisory_unlock");
      } catch (SQLException e) {
        LOG.warn("Startup lock not released cleanly; it goes with the connection", e);
      }
    }
  }

  /**
   * Calls one of PostgreSQL's advisory lock functions with our key: true when it answers true
   * ({@code pg_try_advisory_lock} got the lock; {@code pg_advisory_lock} answers nothing, having waited).
   */
  private static boolean call(Connection connection, String function) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("select " + function + "(?)")) {
      statement.setLong(1, KEY);
      try (ResultSet result = statement.executeQuery()) {
        return result.next() && Boolean.TRUE.equals(result.getObject(1));
      }
    }
  }
}
