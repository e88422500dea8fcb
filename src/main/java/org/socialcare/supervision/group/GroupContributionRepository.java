package org.socialcare.supervision.group;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GroupContributionRepository extends JpaRepository<GroupContribution, Long> {

  List<GroupContribution> findByGroupSessionIdAndStepOrderById(Long groupSessionId, CycleStep step);

  boolean existsByGroupSessionIdAndMemberIdAndStep(Long groupSessionId, String memberId, CycleStep step);
}
