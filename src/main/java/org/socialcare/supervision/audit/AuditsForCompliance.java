package org.socialcare.supervision.audit;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.socialcare.supervision.compliance.LastAudits;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last completed audit of each person's supervision file, with its overall judgement, for the
 * compliance view, its exports and reminders. Observations of practice are not file audits and are
 * left out. One query for everyone: completed audits are few (a handful per manager a quarter).
 */
@Component
class AuditsForCompliance implements LastAudits {

  private final EntityManager entityManager;

  AuditsForCompliance(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, LastAudit> lastAuditsOf(Collection<String> userIds) {
    Set<String> wanted = new HashSet<>(userIds);
    Map<String, LastAudit> last = new HashMap<>();
    entityManager.createQuery("select a from GrandparentAudit a where a.kind = :kind and a.status = :status"
            + " order by a.completedOn, a.id", GrandparentAudit.class)
        .setParameter("kind", AuditKind.FILE_AUDIT).setParameter("status", AuditStatus.COMPLETED)
        .getResultStream()
        .filter(audit -> wanted.contains(audit.getSuperviseeId()))
        .forEach(audit -> last.put(audit.getSuperviseeId(), new LastAudit(audit.getCompletedOn(),
            audit.getJudgement() == null ? null : audit.getJudgement().label(), audit.getAuditorId())));
    return last;
  }
}
