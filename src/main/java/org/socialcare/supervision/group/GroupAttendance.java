package org.socialcare.supervision.group;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.ArrayList;
import org.socialcare.supervision.session.GroupSupervisionAttendance;
import org.springframework.stereotype.Component;

/**
 * A recorded group session counts as a group supervision session for each member who attended it
 * (seed 001: group and one-to-one supervision alternate for non-case-holding staff). Members
 * recorded absent are not counted.
 */
@Component
class GroupAttendance implements GroupSupervisionAttendance {

  private final GroupSupervisionService groups;

  private final GroupSessionRepository sessions;

  GroupAttendance(GroupSupervisionService groups, GroupSessionRepository sessions) {
    this.groups = groups;
    this.sessions = sessions;
  }

  @Override
  public List<LocalDate> attendedBetween(String userId, LocalDate from, LocalDate to) {
    return groups.attendedDays(userId, from, to);
  }

  @Override
  public Map<String, List<LocalDate>> attendanceBetween(LocalDate from, LocalDate to) {
    Map<String, List<LocalDate>> days = new TreeMap<>();
    for (Object[] row : sessions.attendanceBetween(from, to)) {
      days.computeIfAbsent((String) row[0], member -> new ArrayList<>()).add((LocalDate) row[1]);
    }
    return days;
  }
}
