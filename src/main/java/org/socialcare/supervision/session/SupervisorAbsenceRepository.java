package org.socialcare.supervision.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisorAbsenceRepository extends JpaRepository<SupervisorAbsence, Long> {

  /** The absences of a supervisor with a cover arranged and the supervisor not back yet. */
  List<SupervisorAbsence> findBySupervisorIdAndCoverSupervisorIdIsNotNullAndReturnedOnIsNull(String supervisorId);
}
