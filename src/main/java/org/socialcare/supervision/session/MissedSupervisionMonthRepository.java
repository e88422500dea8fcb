package org.socialcare.supervision.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissedSupervisionMonthRepository extends JpaRepository<MissedSupervisionMonth, Long> {

  Optional<MissedSupervisionMonth> findBySuperviseeIdAndMonthStart(String superviseeId, LocalDate monthStart);

  List<MissedSupervisionMonth> findBySuperviseeIdOrderByMonthStart(String superviseeId);

  List<MissedSupervisionMonth> findByMonthStartIn(List<LocalDate> monthStarts);
}
