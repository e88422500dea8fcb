package org.socialcare.supervision.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DisagreementRepository extends JpaRepository<Disagreement, Long> {

  List<Disagreement> findByRecordIdOrderById(Long recordId);

  List<Disagreement> findBySuperviseeIdOrderById(String superviseeId);

  /** What a leaver's archive holds of this kind: as supervisee or as supervisor. */
  List<Disagreement> findBySuperviseeIdOrSupervisorIdOrderById(String superviseeId, String supervisorId);
}
