package org.socialcare.supervision.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ContractRepository extends JpaRepository<SupervisionContract, Long> {

  List<SupervisionContract> findByStatusOrderBySuperviseeId(ContractStatus status);

  Optional<SupervisionContract> findFirstBySuperviseeIdAndStatus(String superviseeId, ContractStatus status);

  List<SupervisionContract> findBySuperviseeIdOrderByIdAsc(String superviseeId);
}
