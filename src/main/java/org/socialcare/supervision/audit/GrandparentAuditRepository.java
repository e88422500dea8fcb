package org.socialcare.supervision.audit;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GrandparentAuditRepository extends JpaRepository<GrandparentAudit, Long> {

  List<GrandparentAudit> findByKindAndRoundStart(AuditKind kind, LocalDate roundStart);

  /** Each supervisee's latest audit of the kind: rows of (supervisee id, chosen at). */
  @Query("select a.superviseeId, max(a.chosenAt) from GrandparentAudit a where a.kind = :kind group by a.superviseeId")
  List<Object[]> lastChosenBySupervisee(@Param("kind") AuditKind kind);

  List<GrandparentAudit> findBySuperviseeIdOrderByChosenAt(String superviseeId);

  List<GrandparentAudit> findByAuditorIdOrderByChosenAt(String auditorId);

  /** A person's part in audits, as a leaver's archive holds it: audited, supervisor of the file, or auditor. */
  List<GrandparentAudit> findBySuperviseeIdOrSupervisorIdOrAuditorIdOrderById(String superviseeId,
      String supervisorId, String auditorId);
}
