package org.socialcare.supervision.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GrandparentAuditRepository extends JpaRepository<GrandparentAudit, Long> {

  List<GrandparentAudit> findByAuditorIdAndKindAndRoundStart(String auditorId, AuditKind kind, LocalDate roundStart);

  Optional<GrandparentAudit> findFirstByKindAndSuperviseeIdOrderByChosenAtDescIdDesc(AuditKind kind,
      String superviseeId);

  List<GrandparentAudit> findBySuperviseeIdOrderByChosenAt(String superviseeId);

  List<GrandparentAudit> findByAuditorIdOrderByChosenAt(String auditorId);

  /** A person's part in audits, as a leaver's archive holds it: audited, supervisor of the file, or auditor. */
  List<GrandparentAudit> findBySuperviseeIdOrSupervisorIdOrAuditorIdOrderById(String superviseeId,
      String supervisorId, String auditorId);
}
