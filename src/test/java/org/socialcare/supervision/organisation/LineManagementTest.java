package org.socialcare.supervision.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/** Routing through the line-management tree, as the diagrams use it. */
class LineManagementTest extends ProcessTestCase {

  @Autowired
  LineManagement lineManagement;
  @Autowired
  OrganisationService organisationService;

  People people;

  @BeforeEach
  void organisation() {
    people = organisation.create(LocalDate.now());
  }

  @Test
  void aPractitionersSupervisorIsTheirLineManagerAndTheGrandparentIsTheManagerAboveThem() {
    assertThat(lineManagement.supervisorOf(people.practitioner())).isEqualTo(people.teamManager());
    assertThat(lineManagement.lineManagerOf(people.practitioner())).isEqualTo(people.teamManager());
    assertThat(lineManagement.grandparentOf(people.practitioner())).isEqualTo(people.serviceManager());
    assertThat(lineManagement.grandparentOf(people.teamManager())).isEqualTo(people.assistantDirector());
    assertThat(lineManagement.managersAbove(people.practitioner()))
        .containsExactly(people.teamManager(), people.serviceManager(), people.assistantDirector(), people.director());
  }

  @Test
  void whoMayReadAboutSomeoneFollowsBothTheirLineAndTheirSupervisorsLine() {
    assertThat(lineManagement.entitledReadersAbout(people.practitioner())).containsExactlyInAnyOrder(
        people.practitioner(), people.teamManager(), people.serviceManager(), people.assistantDirector(), people.director());

    organisationService.assignSupervisor(people.practitioner(), people.otherTeamManager());

    assertThat(lineManagement.grandparentOf(people.practitioner())).isEqualTo(people.otherServiceManager());
    assertThat(lineManagement.entitledReadersAbout(people.practitioner()))
        .contains(people.otherTeamManager(), people.otherServiceManager(), people.teamManager())
        .doesNotContain(people.colleague(), people.hr());
  }

  @Test
  void aTeamsMembersAreItsCurrentStaff() {
    String team = lineManagement.member(people.practitioner()).getTeamCode();
    assertThat(lineManagement.teamMembers(team))
        .contains(people.practitioner(), people.colleague(), people.asye(), people.nonCaseHolder())
        .doesNotContain(people.otherPractitioner());
  }
}
