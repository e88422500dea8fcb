package org.socialcare.supervision.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Compliance of everyone in a scope on one day, with the monthly trend of the last 12 months. */
public record ComplianceReport(LocalDate asOf, ComplianceScope scope, List<StaffCompliance> people,
    List<MonthCompliance> months) {

  /**
   * One calendar month: of those contracted to at least monthly supervision for the whole month,
   * how many were supervised in it.
   */
  public record MonthCompliance(YearMonth month, int expected, int supervised) {

    /** The share supervised, in per cent; null for a month in which nobody was due supervision. */
    public Integer percent() {
      return expected == 0 ? null : Math.round(100f * supervised / expected);
    }
  }

  public Map<Rag, Long> countByRag() {
    Map<Rag, Long> counts = new EnumMap<>(Rag.class);
    for (Rag rag : Rag.values()) {
      counts.put(rag, people.stream().filter(p -> p.rag() == rag).count());
    }
    return counts;
  }

  public Optional<StaffCompliance> of(String userId) {
    return people.stream().filter(p -> p.userId().equals(userId)).findFirst();
  }
}
