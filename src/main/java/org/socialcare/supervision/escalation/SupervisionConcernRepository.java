package org.socialcare.supervision.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionConcernRepository extends JpaRepository<SupervisionConcern, Long> {

  List<SupervisionConcern> findBySuperviseeIdOrderById(String superviseeId);

  /** What a leaver's archive holds of this kind: as supervisee or as supervisor. */
  List<SupervisionConcern> findBySuperviseeIdOrSupervisorIdOrderById(String superviseeId, String supervisorId);
}
