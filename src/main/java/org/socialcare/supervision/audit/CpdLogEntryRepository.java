package org.socialcare.supervision.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CpdLogEntryRepository extends JpaRepository<CpdLogEntry, Long> {

  List<CpdLogEntry> findByPersonIdOrderByLearnedOnDesc(String personId);

  /** Oldest first, as an archive lists records. */
  List<CpdLogEntry> findByPersonIdOrderById(String personId);
}
