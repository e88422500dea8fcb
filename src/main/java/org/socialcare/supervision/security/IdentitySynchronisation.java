package org.socialcare.supervision.security;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.socialcare.supervision.organisation.Position;
import org.socialcare.supervision.organisation.StaffMember;
import org.socialcare.supervision.organisation.StaffRepository;
import org.socialcare.supervision.organisation.Team;
import org.socialcare.supervision.organisation.TeamRepository;
import org.springframework.stereotype.Component;

/**
 * Camunda users, groups and memberships follow the organisation: one user per current member of
 * staff, a group per management tier and per team, and the groups of {@link Groups}. Leavers are
 * removed from every group, so they lose all access.
 */
@Component
public class IdentitySynchronisation {

  private final IdentityService identity;
  private final StaffRepository staff;
  private final TeamRepository teams;

  public IdentitySynchronisation(IdentityService identity, StaffRepository staff, TeamRepository teams) {
    this.identity = identity;
    this.staff = staff;
    this.teams = teams;
  }

  /** @param initialPassword the password of newly created users; null gives each a random one an administrator resets */
  public void synchronise(String initialPassword) {
    Map<String, String> groupNames = new java.util.LinkedHashMap<>();
    groupNames.put(Groups.STAFF, "All staff");
    for (Position position : Position.values()) {
      groupNames.put(position.groupId(), label(position));
    }
    groupNames.put(Groups.FACILITATORS, "Group supervision facilitators");
    groupNames.put(Groups.ANALYSTS, "Process analysts");
    for (Team team : teams.findAll()) {
      groupNames.put(team.groupId(), team.getName());
    }
    groupNames.forEach(this::ensureGroup);

    // One query per group, not per person: start-up stays flat as the organisation grows.
    Map<String, Set<String>> membershipsByUser = new HashMap<>();
    for (Group group : identity.createGroupQuery().list()) {
      for (User member : identity.createUserQuery().memberOfGroup(group.getId()).list()) {
        membershipsByUser.computeIfAbsent(member.getId(), id -> new HashSet<>()).add(group.getId());
      }
    }
    Map<String, User> users = identity.createUserQuery().list().stream()
        .collect(Collectors.toMap(User::getId, Function.identity()));
    for (StaffMember member : staff.findAll()) {
      User user = users.get(member.getUserId());
      Set<String> current = membershipsByUser.getOrDefault(member.getUserId(), Set.of());
      if (!member.isActive()) {
        setMemberships(member.getUserId(), current, Set.of());
        continue;
      }
      boolean isNew = user == null;
      if (isNew) {
        user = identity.newUser(member.getUserId());
        user.setPassword(initialPassword != null ? initialPassword : RandomPasswords.unknownToAnyone());
      }
      if (isNew || !Objects.equals(user.getFirstName(), member.getFirstName())
          || !Objects.equals(user.getLastName(), member.getLastName())
          || !Objects.equals(user.getEmail(), member.getEmail())) {
        user.setFirstName(member.getFirstName());
        user.setLastName(member.getLastName());
        user.setEmail(member.getEmail());
        identity.saveUser(user);
      }
      setMemberships(member.getUserId(), current, groupsOf(member));
    }
  }

  static Set<String> groupsOf(StaffMember member) {
    Set<String> groups = new LinkedHashSet<>();
    groups.add(Groups.STAFF);
    groups.add(member.getPosition().groupId());
    if (member.getTeamCode() != null) {
      groups.add(Team.groupIdOf(member.getTeamCode()));
    }
    if (member.isGroupFacilitator()) {
      groups.add(Groups.FACILITATORS);
    }
    if (member.isAnalyst()) {
      groups.add(Groups.ANALYSTS);
    }
    return groups;
  }

  private void setMemberships(String userId, Set<String> current, Set<String> wanted) {
    for (String group : current) {
      // camunda-admin is managed in the Admin webapp, not by the organisation.
      if (!wanted.contains(group) && !"camunda-admin".equals(group)) {
        identity.deleteMembership(userId, group);
      }
    }
    for (String group : wanted) {
      if (!current.contains(group)) {
        identity.createMembership(userId, group);
      }
    }
  }

  private void ensureGroup(String id, String name) {
    Group group = identity.createGroupQuery().groupId(id).singleResult();
    if (group == null) {
      group = identity.newGroup(id);
      group.setType("WORKFLOW");
    } else if (name.equals(group.getName())) {
      return;
    }
    group.setName(name);
    identity.saveGroup(group);
  }

  private static String label(Position position) {
    return switch (position) {
      case PRACTITIONER -> "Practitioners";
      case TEAM_MANAGER -> "Team managers";
      case SERVICE_MANAGER -> "Service managers";
      case ASSISTANT_DIRECTOR -> "Assistant directors";
      case DIRECTOR -> "Director of children's services";
      case HR_OFFICER -> "HR";
      case BUSINESS_SUPPORT -> "Business support";
    };
  }
}
