package org.socialcare.supervision.group;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface GroupSessionRepository extends JpaRepository<GroupSession, Long> {

  /** The days of recorded group sessions this person attended (absent members are on the record, not counted). */
  @Query("""
      select distinct s.heldOn from GroupSession s join s.members m
      where m.memberId = :userId and m.attendance = org.socialcare.supervision.group.Attendance.ATTENDED
        and s.status = org.socialcare.supervision.group.GroupSessionStatus.RECORDED
        and s.heldOn between :from and :to
      order by s.heldOn""")
  List<LocalDate> attendedDays(@Param("userId") String userId, @Param("from") LocalDate from, @Param("to") LocalDate to);

  /** Everyone's attendance of recorded group sessions between two days: (member id, day) pairs. */
  @Query("""
      select m.memberId, s.heldOn from GroupSession s join s.members m
      where m.attendance = org.socialcare.supervision.group.Attendance.ATTENDED
        and s.status = org.socialcare.supervision.group.GroupSessionStatus.RECORDED
        and s.heldOn between :from and :to""")
  List<Object[]> attendanceBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
