package org.socialcare.supervision.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SupervisionRecordRepository extends JpaRepository<SupervisionRecord, Long> {

  List<SupervisionRecord> findBySuperviseeIdOrderByHeldOnDesc(String superviseeId);

  Optional<SupervisionRecord> findFirstBySuperviseeIdOrderByHeldOnDescIdDesc(String superviseeId);

  List<SupervisionRecord> findByCorrectsRecordId(Long recordId);

  List<SupervisionRecord> findBySuperviseeIdAndHeldOnBetween(String superviseeId, LocalDate from, LocalDate to);

  /** Everyone with a session held between from and to, inclusive. */
  @Query("select distinct r.superviseeId from SupervisionRecord r where r.heldOn between :from and :to")
  List<String> superviseesHeldBetween(LocalDate from, LocalDate to);
}
