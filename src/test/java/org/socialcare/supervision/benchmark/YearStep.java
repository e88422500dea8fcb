package org.socialcare.supervision.benchmark;

import java.time.LocalDate;

/**
 * One process of the supervision year, driven day by day with engine time. The year is the list of
 * steps {@link SupervisionYear} runs each day in order; a process that lands later (audits,
 * disagreements, leavers) becomes one more step.
 */
interface YearStep {

  /** Short name for the report. */
  String name();

  /**
   * What happens in this process on this (working) day. The engine clock stands at the start of the
   * working day; a step may move it forward within the day, never back.
   */
  void onDay(LocalDate day, Simulation simulation);
}
