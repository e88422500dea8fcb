package org.socialcare.supervision.session;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisorAbsenceRepository extends JpaRepository<SupervisorAbsence, Long> {
}
