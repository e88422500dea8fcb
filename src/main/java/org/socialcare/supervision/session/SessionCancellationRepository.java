package org.socialcare.supervision.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionCancellationRepository extends JpaRepository<SessionCancellation, Long> {

  Optional<SessionCancellation> findFirstBySessionIdOrderByIdDesc(Long sessionId);

  List<SessionCancellation> findBySessionIdIn(List<Long> sessionIds);
}
