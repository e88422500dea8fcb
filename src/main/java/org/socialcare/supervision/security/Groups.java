package org.socialcare.supervision.security;

import java.util.List;
import org.socialcare.supervision.organisation.Position;

/** Camunda group ids the application relies on, besides one per management tier and per team. */
public final class Groups {

  public static final String STAFF = "staff";
  public static final String FACILITATORS = "facilitators";
  public static final String ANALYSTS = "analysts";
  public static final String HR = Position.HR_OFFICER.groupId();

  public static final List<String> MANAGERS = List.of(Position.TEAM_MANAGER.groupId(),
      Position.SERVICE_MANAGER.groupId(), Position.ASSISTANT_DIRECTOR.groupId(), Position.DIRECTOR.groupId());

  private Groups() {
  }
}
