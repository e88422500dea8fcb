package org.socialcare.supervision.common;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The one clock of the application: the process engine's. Domain services take a {@link Clock},
 * so process tests that move engine time move the domain's "today" with it.
 */
@Component
public class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(ZoneId.systemDefault());
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
