package org.socialcare.supervision.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StaffRepository extends JpaRepository<StaffMember, String> {

  List<StaffMember> findByTeamCodeAndEmploymentStatusOrderByLastName(String teamCode, EmploymentStatus status);

  List<StaffMember> findByEmploymentStatus(EmploymentStatus status);

  /** Those supervised by this person: named as supervisor, or, with none named, by their line manager. */
  @Query("select s from StaffMember s where s.employmentStatus = :status and (s.supervisorId = :supervisorId"
      + " or (s.supervisorId is null and s.lineManagerId = :supervisorId))")
  List<StaffMember> findSupervisedBy(@Param("supervisorId") String supervisorId, @Param("status") EmploymentStatus status);
}
