package org.socialcare.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.organisation.Position;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/** Camunda users and groups follow the organisation, and a repeated synchronisation changes nothing. */
class IdentitySynchronisationTest extends ProcessTestCase {

  @Autowired
  IdentitySynchronisation synchronisation;
  @Autowired
  IdentityService identity;

  @Test
  void everyMemberOfStaffIsAUserInTheGroupsOfTheirTierAndTeam() {
    People people = organisation.create(LocalDate.now());

    assertThat(groupsOf(people.teamManager()))
        .contains(Groups.STAFF, Position.TEAM_MANAGER.groupId())
        .anyMatch(g -> g.startsWith("team-"));
    assertThat(groupsOf(people.hr())).containsExactlyInAnyOrder(Groups.STAFF, Groups.HR);
    assertThat(identity.checkPassword(people.practitioner(), TestOrganisation.PASSWORD)).isTrue();
  }

  @Test
  void synchronisingAgainKeepsPasswordsAndMemberships() {
    People people = organisation.create(LocalDate.now());
    var before = groupsOf(people.practitioner());

    synchronisation.synchronise("another-password");

    assertThat(groupsOf(people.practitioner())).isEqualTo(before);
    assertThat(identity.checkPassword(people.practitioner(), TestOrganisation.PASSWORD)).isTrue();
  }

  private java.util.List<String> groupsOf(String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).sorted().toList();
  }
}
