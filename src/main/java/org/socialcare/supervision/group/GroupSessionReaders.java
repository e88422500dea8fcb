package org.socialcare.supervision.group;

import java.util.LinkedHashSet;
import java.util.Set;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.security.GroupProcessReaders;
import org.springframework.stereotype.Component;

/**
 * Who may read a group session's process, its tasks and their history: the facilitator, and every
 * member with the people entitled to read what is recorded about them (their supervisor and the
 * managers up the line). The record is the group's, so members see each other's contributions.
 */
@Component
class GroupSessionReaders implements GroupProcessReaders {

  private final GroupSessionRepository sessions;
  private final LineManagement lineManagement;

  GroupSessionReaders(GroupSessionRepository sessions, LineManagement lineManagement) {
    this.sessions = sessions;
    this.lineManagement = lineManagement;
  }

  @Override
  public Set<String> readersOf(String businessKey) {
    Long id = GroupSupervisionProcess.groupSessionIdOf(businessKey);
    GroupSession session = id == null ? null : sessions.findById(id).orElse(null);
    if (session == null) {
      return Set.of();
    }
    Set<String> readers = new LinkedHashSet<>();
    readers.add(session.getFacilitatorId());
    session.memberIds().forEach(member -> readers.addAll(lineManagement.entitledReadersAbout(member)));
    return readers;
  }
}
