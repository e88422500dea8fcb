package org.socialcare.supervision.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionConcernRepository extends JpaRepository<SupervisionConcern, Long> {

  List<SupervisionConcern> findBySuperviseeIdOrderById(String superviseeId);
}
