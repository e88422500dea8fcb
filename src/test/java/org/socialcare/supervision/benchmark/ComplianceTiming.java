package org.socialcare.supervision.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import org.socialcare.supervision.compliance.ComplianceReport;
import org.socialcare.supervision.compliance.ComplianceScope;
import org.socialcare.supervision.compliance.ComplianceService;
import org.socialcare.supervision.organisation.StaffRepository;

/**
 * Issue 7's figures at the simulated size: compliance for everyone (the assistant director's view
 * and the exports) and a team's first page (what a team manager opens), each the best of a few runs
 * after one warm-up, plus the first (cold) run for everyone.
 */
final class ComplianceTiming {

  private static final int RUNS = 5;

  private ComplianceTiming() {
  }

  static Map<String, Object> measure(Simulation simulation, String teamManager) {
    ComplianceService compliance = simulation.bean(ComplianceService.class);
    String team = simulation.bean(StaffRepository.class).findById(teamManager).orElseThrow().getTeamCode();
    Map<String, Object> figures = new LinkedHashMap<>();
    long start = System.nanoTime();
    ComplianceReport everyone = compliance.report(ComplianceScope.everyone());
    figures.put("everyoneColdMillis", millisSince(start));
    figures.put("people", everyone.people().size());
    figures.put("everyoneMillis", best(() -> compliance.report(ComplianceScope.everyone())));
    figures.put("teamPageMillis", best(() -> compliance.report(ComplianceScope.team(team))));
    return figures;
  }

  private static double best(Runnable run) {
    double best = Double.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      run.run();
      best = Math.min(best, millisSince(start));
    }
    return best;
  }

  private static double millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000.0;
  }
}
