package org.socialcare.supervision.common;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a rejected submission must leave as it was, read straight from the database: the content
 * of the application's own tables (those Flyway creates, not the engine's ACT_*), the variables of
 * one process instance and the state of one task.
 */
final class DatabaseState {

  private final JdbcTemplate jdbc;
  private final List<String> applicationTables;

  DatabaseState(DataSource dataSource) {
    this.jdbc = new JdbcTemplate(dataSource);
    this.applicationTables = applicationTables(dataSource);
    if (applicationTables.isEmpty()) {
      throw new IllegalStateException("No application tables found");
    }
  }

  List<String> applicationTables() {
    return applicationTables;
  }

  /** Per application table, its row count and a checksum of its content, independent of row order. */
  Map<String, String> applicationContent() {
    Map<String, String> content = new TreeMap<>();
    for (String table : applicationTables) {
      long[] countAndSum = new long[2];
      jdbc.query("select * from " + table, (ResultSet rs) -> {
        countAndSum[0]++;
        countAndSum[1] += hash(row(rs));
      });
      content.put(table, countAndSum[0] + " rows #" + Long.toHexString(countAndSum[1]));
    }
    return content;
  }

  /** The variables of a process instance as stored, including revision and serialized value. */
  String variablesOf(String processInstanceId) {
    List<String> rows = new ArrayList<>();
    jdbc.query("select NAME_, TASK_ID_, REV_, TYPE_, TEXT_, TEXT2_, LONG_, DOUBLE_, BYTEARRAY_ID_ from ACT_RU_VARIABLE"
        + " where PROC_INST_ID_ = ?", (ResultSet rs) -> {
          rows.add(rs.getString(1) + (rs.getString(2) == null ? "" : " (task)") + " rev " + rs.getInt(3) + " "
              + rs.getString(4) + " " + rs.getString(5) + "|" + rs.getString(6) + "|" + rs.getString(7) + "|"
              + rs.getString(8) + "|" + rs.getString(9));
        }, processInstanceId);
    rows.sort(null);
    return String.join("\n", rows);
  }

  /** Whether a task is still open, whose it is and its revision; "gone" once completed. */
  String task(String taskId) {
    List<String> rows = jdbc.query("select ASSIGNEE_, REV_, SUSPENSION_STATE_ from ACT_RU_TASK where ID_ = ?",
        (rs, n) -> "open, assignee " + rs.getString(1) + ", revision " + rs.getInt(2) + ", state " + rs.getInt(3),
        taskId);
    return rows.isEmpty() ? "gone" : rows.get(0);
  }

  /** How many instances of a process definition were ever started. */
  long instancesOf(String processDefinitionId) {
    Long count = jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_ID_ = ?", Long.class,
        processDefinitionId);
    return count == null ? 0 : count;
  }

  /** Every text cell of the application tables that contains {@code marker}, as "TABLE.COLUMN: text". */
  List<String> cellsContaining(String marker) {
    List<String> found = new ArrayList<>();
    for (String table : applicationTables) {
      jdbc.query("select * from " + table, (ResultSet rs) -> {
        ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object value = rs.getObject(i);
          String text = value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
              : value == null ? null : value.toString();
          if (text != null && text.contains(marker)) {
            found.add(table + "." + meta.getColumnName(i) + ": " + text);
          }
        }
      });
    }
    return found;
  }

  private static String row(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    StringBuilder row = new StringBuilder();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      Object value = rs.getObject(i);
      row.append(meta.getColumnName(i)).append('=')
          .append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value)).append('|');
    }
    return row.toString();
  }

  /** A 64-bit FNV-1a hash: rows are summed, so the order the database returns them in does not matter. */
  private static long hash(String text) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001b3L;
    }
    return hash;
  }

  private static List<String> applicationTables(DataSource dataSource) {
    List<String> tables = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE", "BASE TABLE"})) {
        while (rs.next()) {
          String name = rs.getString("TABLE_NAME");
          String lower = name.toLowerCase(Locale.ROOT);
          if (!lower.startsWith("act_") && !lower.equals("flyway_schema_history")) {
            tables.add(name);
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot list the application tables", e);
    }
    tables.sort(null);
    return tables;
  }
}
