package org.socialcare.supervision.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The grants a year of supervision leaves, without simulating the whole year (-Dbenchmark.history=year):
 * what the last simulated month granted on the history of process instances and tasks, copied for
 * each month left up to the eleventh. Those are the grants a year accumulates: the engine deletes a
 * task's grants when the task completes and an instance's when it ends, and keeps the grants to read
 * their history (ProcessAccessGrants) until history cleanup. The task lists' cost grows with a user's
 * grants (Camunda 7 joins them in every query), not with the history tables, which the lists never
 * read. The first month signs everyone's contract and is no month's pattern: at least two months are
 * simulated.
 */
final class YearOfGrants {

  /**
   * Grants to read the history of a process or task about a person. Not the grants on running ones
   * (TASK, PROCESS_INSTANCE): those present at the month's end are of the tasks and instances still
   * open, and copied they would stand for open work a year does not have.
   */
  private static final String HISTORY_TYPES = Resources.HISTORIC_TASK.resourceType() + ", "
      + Resources.HISTORIC_PROCESS_INSTANCE.resourceType();
  private static final String COLUMNS = "ID_, REV_, TYPE_, GROUP_ID_, USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_,"
      + " REMOVAL_TIME_, ROOT_PROC_INST_ID_";

  private final JdbcTemplate jdbc;

  private YearOfGrants(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Remembers which grants exist before the month to be copied. */
  static YearOfGrants markedBeforeMonth(JdbcTemplate jdbc) {
    jdbc.execute("create table BENCHMARK_GRANTS_BEFORE (ID_ varchar(64) primary key)");
    jdbc.execute("insert into BENCHMARK_GRANTS_BEFORE select ID_ from ACT_RU_AUTHORIZATION");
    return new YearOfGrants(jdbc);
  }

  /**
   * Copies the month's grants once per month to fill, each copy on resource ids of its own (a grant's
   * id and resource id with a suffix: the readers of one task stay together on one copied task).
   *
   * @return what was copied, for the report
   */
  Map<String, Object> copyMonth(int simulatedMonths, int monthsToFill) {
    long start = System.nanoTime();
    jdbc.execute("create table BENCHMARK_MONTH_GRANTS as select " + COLUMNS + " from ACT_RU_AUTHORIZATION a"
        + " where RESOURCE_TYPE_ in (" + HISTORY_TYPES + ")"
        + " and not exists (select 1 from BENCHMARK_GRANTS_BEFORE b where b.ID_ = a.ID_)");
    long perMonth = jdbc.queryForObject("select count(*) from BENCHMARK_MONTH_GRANTS", Long.class);
    for (int month = 1; month <= monthsToFill; month++) {
      String suffix = "-y" + month;
      jdbc.update("insert into ACT_RU_AUTHORIZATION (" + COLUMNS + ") select ID_ || ?, REV_, TYPE_, GROUP_ID_,"
          + " USER_ID_, RESOURCE_TYPE_, RESOURCE_ID_ || ?, PERMS_, REMOVAL_TIME_, ROOT_PROC_INST_ID_"
          + " from BENCHMARK_MONTH_GRANTS", suffix, suffix);
    }
    jdbc.execute("drop table BENCHMARK_MONTH_GRANTS");
    jdbc.execute("drop table BENCHMARK_GRANTS_BEFORE");
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("copiedFromMonth", simulatedMonths);
    figures.put("monthsFilled", monthsToFill);
    figures.put("grantsPerMonth", perMonth);
    figures.put("grantsAdded", perMonth * monthsToFill);
    figures.put("seconds", (System.nanoTime() - start) / 1e9);
    return figures;
  }
}
