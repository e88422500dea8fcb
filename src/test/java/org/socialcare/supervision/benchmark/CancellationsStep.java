package org.socialcare.supervision.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.session.SessionProcess;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A share of sessions is cancelled two days ahead by the supervisee (session-cancellation, started
 * from Tasklist) and the supervisor sets a new date the same morning: the first day from five days on
 * that the supervisee has no other session.
 */
final class CancellationsStep implements YearStep {

  /** One session in this many is cancelled: 5%. */
  private static final int ONE_IN = 20;

  int cancelled;

  @Override
  public String name() {
    return "cancellations";
  }

  @Override
  public void onDay(LocalDate day, Simulation simulation) {
    Simulation.at(day.atTime(8, 0));
    LocalDate sessionDay = day.plusDays(2);
    List<Map<String, Object>> sessions = simulation.bean(JdbcTemplate.class).queryForList(
        "select id, supervisee_id from booked_session where status = 'BOOKED' and kind = 'INDIVIDUAL'"
            + " and scheduled_at >= ? and scheduled_at < ? order by id",
        sessionDay.atStartOfDay(), sessionDay.plusDays(1).atStartOfDay());
    for (Map<String, Object> session : sessions) {
      long id = ((Number) session.get("id")).longValue();
      if (id % ONE_IN != 7) {
        continue;
      }
      String supervisee = (String) session.get("supervisee_id");
      simulation.asUser(supervisee, () -> simulation.engine.getRuntimeService().startProcessInstanceByKey(
          SessionProcess.CANCELLATION_KEY, Map.of("sessionDate", sessionDay.toString(), "reason", "Court hearing")));
      cancelled++;
    }
    for (Task newDate : simulation.openTasks(SessionProcess.KEY, "UserTask_SetNewDate")) {
      String supervisee = (String) simulation.engine.getTaskService().getVariable(newDate.getId(), "superviseeId");
      simulation.complete(newDate, Map.of("newSessionDate", freeDayFrom(day.plusDays(5), supervisee, simulation)
          .toString(), "newSessionTime", "14:00"));
    }
    simulation.runDueJobs();
  }

  /** The first weekday from the day with no session of the supervisee, as the supervisor's diary shows. */
  private static LocalDate freeDayFrom(LocalDate from, String supervisee, Simulation simulation) {
    LocalDate day = weekdayOnOrAfter(from);
    while (simulation.bean(JdbcTemplate.class).queryForObject("select count(*) from booked_session"
        + " where supervisee_id = ? and status in ('BOOKED', 'HELD') and scheduled_at >= ? and scheduled_at < ?",
        Integer.class, supervisee, day.atStartOfDay(), day.plusDays(1).atStartOfDay()) > 0) {
      day = weekdayOnOrAfter(day.plusDays(1));
    }
    return day;
  }

  private static LocalDate weekdayOnOrAfter(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY ? day.plusDays(2)
        : day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.plusDays(1) : day;
  }
}
