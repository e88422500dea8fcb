package org.socialcare.supervision.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecordSectionRepository extends JpaRepository<RecordSection, Long> {

  List<RecordSection> findByRecordIdOrderByPosition(Long recordId);
}
