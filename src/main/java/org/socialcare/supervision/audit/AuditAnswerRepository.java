package org.socialcare.supervision.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditAnswerRepository extends JpaRepository<AuditAnswer, Long> {

  List<AuditAnswer> findByAuditIdOrderByPosition(Long auditId);
}
