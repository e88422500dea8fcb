package org.socialcare.supervision.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDiscussionRepository extends JpaRepository<CaseDiscussion, Long> {

  List<CaseDiscussion> findByCaseReferenceOrderByDiscussedOnDesc(String caseReference);

  Optional<CaseDiscussion> findFirstByCaseReferenceOrderByDiscussedOnDesc(String caseReference);

  List<CaseDiscussion> findBySourceAndSourceIdOrderById(CaseDiscussion.Source source, Long sourceId);
}
