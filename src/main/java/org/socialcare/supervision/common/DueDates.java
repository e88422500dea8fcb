package org.socialcare.supervision.common;

import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates written in the diagrams as ISO 8601 periods, {@code camunda:dueDate="${due.in('P10D')}"},
 * so an analyst changes a due period in Camunda Modeler and nowhere else.
 */
@Component("due")
public class DueDates {

  public Date in(String isoPeriod) {
    ZonedDateTime now = ClockUtil.getCurrentTime().toInstant().atZone(java.time.ZoneId.systemDefault());
    String text = isoPeriod.trim().toUpperCase();
    ZonedDateTime due = text.contains("T") ? now.plus(Duration.parse(text)) : now.plus(Period.parse(text));
    return Date.from(due.toInstant());
  }
}
