package org.socialcare.supervision.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditCaseCheckRepository extends JpaRepository<AuditCaseCheck, Long> {

  List<AuditCaseCheck> findByAuditIdOrderById(Long auditId);
}
