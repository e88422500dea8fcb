package org.socialcare.supervision.leaver;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LeaverArchiveRepository extends JpaRepository<LeaverArchive, Long> {

  List<LeaverArchive> findByUserIdAndStatusIn(String userId, List<ArchiveStatus> statuses);

  Optional<LeaverArchive> findFirstByUserIdOrderByIdDesc(String userId);
}
