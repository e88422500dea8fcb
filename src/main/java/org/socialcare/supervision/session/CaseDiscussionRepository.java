package org.socialcare.supervision.session;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseDiscussionRepository extends JpaRepository<CaseDiscussion, Long> {

  List<CaseDiscussion> findByCaseReferenceOrderByDiscussedOnDesc(String caseReference);

  List<CaseDiscussion> findBySourceAndSourceIdOrderById(CaseDiscussion.Source source, Long sourceId);

  /** A child's last discussion. */
  interface LastDiscussion {
    String getCaseReference();

    LocalDate getDiscussedOn();
  }

  @Query("""
      select d.caseReference as caseReference, max(d.discussedOn) as discussedOn from CaseDiscussion d
      where d.caseReference in :references group by d.caseReference""")
  List<LastDiscussion> findLastDiscussions(Collection<String> references);

  /**
   * When each of these children was last discussed, in one query for a whole caseload (the record
   * form and a person's history list ten or more); a child never discussed has no entry.
   */
  default Map<String, LocalDate> lastDiscussedOn(Collection<String> references) {
    if (references.isEmpty()) {
      return Map.of();
    }
    return findLastDiscussions(references).stream()
        .collect(Collectors.toMap(LastDiscussion::getCaseReference, LastDiscussion::getDiscussedOn));
  }
}
