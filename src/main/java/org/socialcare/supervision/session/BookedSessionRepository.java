package org.socialcare.supervision.session;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BookedSessionRepository extends JpaRepository<BookedSession, Long> {

  List<BookedSession> findBySuperviseeIdOrderByScheduledAt(String superviseeId);

  List<BookedSession> findBySuperviseeIdAndStatusAndScheduledAtAfterOrderByScheduledAt(String superviseeId,
      SessionStatus status, LocalDateTime after);

  List<BookedSession> findBySupervisorIdAndStatusAndScheduledAtAfterOrderByScheduledAt(String supervisorId,
      SessionStatus status, LocalDateTime after);
}
