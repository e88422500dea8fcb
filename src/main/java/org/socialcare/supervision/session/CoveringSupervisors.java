package org.socialcare.supervision.session;

import java.util.Set;
import java.util.stream.Collectors;
import org.socialcare.supervision.organisation.SupervisionStandIns;
import org.springframework.stereotype.Component;

/** While a cover lasts, the covering manager reads the absent supervisor's supervisees' files: they do the supervision. */
@Component
class CoveringSupervisors implements SupervisionStandIns {

  private final SupervisorAbsenceRepository absences;

  CoveringSupervisors(SupervisorAbsenceRepository absences) {
    this.absences = absences;
  }

  @Override
  public Set<String> standingInFor(String supervisorId) {
    return absences.findBySupervisorIdAndCoverSupervisorIdIsNotNullAndReturnedOnIsNull(supervisorId).stream()
        .map(SupervisorAbsence::getCoverSupervisorId).collect(Collectors.toSet());
  }
}
