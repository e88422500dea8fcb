package org.socialcare.supervision.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgendaItemRepository extends JpaRepository<AgendaItem, Long> {

  List<AgendaItem> findBySessionIdOrderById(Long sessionId);
}
