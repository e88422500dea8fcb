package org.socialcare.supervision.action;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreedActionRepository extends JpaRepository<AgreedAction, Long> {

  List<AgreedAction> findBySuperviseeIdOrderByDueOn(String superviseeId);

  List<AgreedAction> findBySuperviseeIdAndStatusAndDueOnBeforeOrderByDueOn(String superviseeId, ActionStatus status,
      LocalDate day);

  List<AgreedAction> findBySourceAndSourceIdOrderById(ActionSource source, Long sourceId);
}
