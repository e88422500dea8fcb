package org.socialcare.supervision.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChildCaseRepository extends JpaRepository<ChildCase, String> {

  List<ChildCase> findByAllocatedWorkerIdAndClosedOnIsNull(String allocatedWorkerId);
}
