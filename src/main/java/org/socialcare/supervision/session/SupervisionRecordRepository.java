package org.socialcare.supervision.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionRecordRepository extends JpaRepository<SupervisionRecord, Long> {

  List<SupervisionRecord> findBySuperviseeIdOrderByHeldOnDesc(String superviseeId);

  Optional<SupervisionRecord> findFirstBySuperviseeIdOrderByHeldOnDescIdDesc(String superviseeId);

  List<SupervisionRecord> findByCorrectsRecordId(Long recordId);

  List<SupervisionRecord> findBySuperviseeIdAndHeldOnBetween(String superviseeId, LocalDate from, LocalDate to);
}
