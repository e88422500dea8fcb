package org.socialcare.supervision.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StaffRepository extends JpaRepository<StaffMember, String> {

  List<StaffMember> findByTeamCodeAndEmploymentStatusOrderByLastName(String teamCode, EmploymentStatus status);

  List<StaffMember> findByEmploymentStatus(EmploymentStatus status);
}
