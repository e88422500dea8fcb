package org.socialcare.supervision.group;

import java.time.LocalDate;
import java.util.List;
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

  GroupAttendance(GroupSupervisionService groups) {
    this.groups = groups;
  }

  @Override
  public List<LocalDate> attendedBetween(String userId, LocalDate from, LocalDate to) {
    return groups.attendedDays(userId, from, to);
  }
}
