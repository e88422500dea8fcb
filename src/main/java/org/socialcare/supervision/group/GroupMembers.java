package org.socialcare.supervision.group;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The members a step's multi-instance task goes to, for the diagram:
 * {@code camunda:collection="${groupMembers.invited(groupSessionId)}"}.
 */
@Component("groupMembers")
public class GroupMembers {

  private final GroupSupervisionService groups;

  GroupMembers(GroupSupervisionService groups) {
    this.groups = groups;
  }

  /** Everyone invited: each prepares the issue or case they would bring. */
  public List<String> invited(Long groupSessionId) {
    return groups.session(groupSessionId).memberIds();
  }

  /** Those present other than the presenter: each asks one question, then says what impresses them. */
  public List<String> othersPresent(Long groupSessionId) {
    return groups.session(groupSessionId).otherAttendingIds();
  }
}
