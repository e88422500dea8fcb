package org.socialcare.supervision.leaver;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ArchiveItemRepository extends JpaRepository<ArchiveItem, Long> {

  List<ArchiveItem> findByArchiveIdOrderById(Long archiveId);

  long countByArchiveId(Long archiveId);

  long deleteByArchiveId(Long archiveId);
}
