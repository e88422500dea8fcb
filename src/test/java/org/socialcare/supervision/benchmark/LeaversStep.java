package org.socialcare.supervision.benchmark;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.leaver.LeaverArchivingProcess;

/**
 * Leavers: on the first Monday of each month HR records, four weeks ahead, the leaving of the fifth
 * member of the first team of the services whose turn it is (every other service, each in its month
 * of twelve): about one in a hundred staff a year, none of them in a reflective group. On the
 * leaving day their records are archived; HR checks the archive and accepts it.
 */
final class LeaversStep implements YearStep {

  private static final int NOTICE_WEEKS = 4;

  private final List<String> leavers = new ArrayList<>();
  int recorded;
  int archivesAccepted;

  @Override
  public String name() {
    return "leavers";
  }

  @Override
  public void onDay(LocalDate day, Simulation simulation) {
    Simulation.at(day.atTime(9, 30));
    String hr = simulation.roles.hrOfficer();
    if (day.getDayOfWeek() == DayOfWeek.MONDAY && day.getDayOfMonth() <= 7) {
      for (String leaver : thisMonthsLeavers(simulation, day.getMonthValue())) {
        simulation.asUser(hr, () -> simulation.engine.getRuntimeService().startProcessInstanceByKey(
            LeaverArchivingProcess.KEY, Map.of(LeaverArchivingProcess.Var.LEAVER_ID, leaver,
                LeaverArchivingProcess.Var.LEAVING_DATE, day.plusWeeks(NOTICE_WEEKS).toString())));
        recorded++;
      }
    }
    for (Task check : simulation.openTasks(LeaverArchivingProcess.KEY, "UserTask_CheckArchive")) {
      simulation.submit(simulation.claim(check, hr), Map.of("archiveDecision", "accept"));
      archivesAccepted++;
    }
  }

  /** The fifth member of the first team of every other service whose month it is. */
  private List<String> thisMonthsLeavers(Simulation simulation, int month) {
    List<String> chosen = new ArrayList<>();
    List<List<String>> teams = simulation.roles.teams();
    for (int team = 0; team < teams.size(); team += 2) {
      boolean thisMonth = (team / 2) % 12 == (month - 1) % 12 && (team / 2) % 2 == 0;
      List<String> members = teams.get(team);
      if (thisMonth && members.size() == 5 && !leavers.contains(members.get(4))) {
        chosen.add(members.get(4));
      }
    }
    leavers.addAll(chosen);
    return chosen;
  }
}
