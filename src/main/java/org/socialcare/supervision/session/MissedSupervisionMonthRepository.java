package org.socialcare.supervision.session;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MissedSupervisionMonthRepository extends JpaRepository<MissedSupervisionMonth, Long> {

  List<MissedSupervisionMonth> findBySuperviseeIdOrderByMonthStart(String superviseeId);

  List<MissedSupervisionMonth> findByMonthStartIn(List<LocalDate> monthStarts);
}
