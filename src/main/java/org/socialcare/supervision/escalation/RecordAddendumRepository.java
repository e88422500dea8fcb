package org.socialcare.supervision.escalation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordAddendumRepository extends JpaRepository<RecordAddendum, Long> {

  List<RecordAddendum> findByRecordIdOrderById(Long recordId);
}
