package org.socialcare.supervision.audit;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionFileRepository extends JpaRepository<SupervisionFile, String> {
}
