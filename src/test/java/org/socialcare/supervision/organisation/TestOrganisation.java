package org.socialcare.supervision.organisation;

import static org.socialcare.supervision.organisation.OrganisationBuilder.anOrganisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.socialcare.supervision.security.IdentitySynchronisation;
import org.springframework.stereotype.Component;

/**
 * Builds a small line-management tree for one test: a director, an assistant director, two
 * services each with a service manager and a team manager, and practitioners. Every id carries a
 * suffix unique to the call, so tests sharing a Spring context never see each other's people.
 */
@Component
public class TestOrganisation {

  public static final String PASSWORD = "Test-password-1";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final ServiceAreaRepository services;
  private final TeamRepository teams;
  private final StaffRepository staff;
  private final ChildCaseRepository cases;
  private final IdentitySynchronisation identity;

  TestOrganisation(ServiceAreaRepository services, TeamRepository teams, StaffRepository staff,
      ChildCaseRepository cases, IdentitySynchronisation identity) {
    this.services = services;
    this.teams = teams;
    this.staff = staff;
    this.cases = cases;
    this.identity = identity;
  }

  /** The people of one small organisation; practitioners are supervised by their team manager. */
  public record People(String director, String assistantDirector, String serviceManager, String teamManager,
      String practitioner, String colleague, String asye, String nonCaseHolder, String otherServiceManager,
      String otherTeamManager, String otherPractitioner, String hr) {
  }

  public People create(LocalDate today) {
    String s = "-" + SEQUENCE.incrementAndGet();
    People p = new People("dir" + s, "ad" + s, "sm" + s, "tm" + s, "pr" + s, "col" + s, "asye" + s, "nch" + s,
        "sm2" + s, "tm2" + s, "pr2" + s, "hr" + s);
    OrganisationBuilder org = anOrganisation()
        .service("SVC" + s, "Safeguarding" + s)
        .service("SVC2" + s, "Early Help" + s)
        .team("T" + s, "Assessment" + s, "SVC" + s)
        .team("T2" + s, "Family Support" + s, "SVC2" + s);
    org.person(p.director(), "Dana", "Director", "DCS", Position.DIRECTOR,
        StaffCategory.STRATEGIC_LEAD_OR_SERVICE_MANAGER, null);
    org.person(p.assistantDirector(), "Ari", "Assistant", "AD", Position.ASSISTANT_DIRECTOR,
        StaffCategory.STRATEGIC_LEAD_OR_SERVICE_MANAGER, p.director());
    org.person(p.serviceManager(), "Sol", "Service", "Service Manager", Position.SERVICE_MANAGER,
        StaffCategory.STRATEGIC_LEAD_OR_SERVICE_MANAGER, p.assistantDirector()).setServiceCode("SVC" + s);
    org.person(p.otherServiceManager(), "Oona", "Other", "Service Manager", Position.SERVICE_MANAGER,
        StaffCategory.STRATEGIC_LEAD_OR_SERVICE_MANAGER, p.assistantDirector()).setServiceCode("SVC2" + s);
    org.person(p.teamManager(), "Tess", "Team", "Team Manager", Position.TEAM_MANAGER, StaffCategory.TEAM_MANAGER,
        p.serviceManager()).setTeamCode("T" + s);
    org.person(p.otherTeamManager(), "Theo", "Other", "Team Manager", Position.TEAM_MANAGER,
        StaffCategory.TEAM_MANAGER, p.otherServiceManager()).setTeamCode("T2" + s);
    org.practitioner(p.practitioner(), "Pat", "Practitioner", "Social Worker",
        StaffCategory.CASE_MANAGEMENT_SOCIAL_WORKER, true, "T" + s, p.teamManager());
    org.practitioner(p.colleague(), "Cal", "Colleague", "Social Worker",
        StaffCategory.CASE_MANAGEMENT_SOCIAL_WORKER, true, "T" + s, p.teamManager());
    org.practitioner(p.asye(), "Ash", "Newly-Qualified", "Social Worker (ASYE)",
        StaffCategory.CASE_MANAGEMENT_SOCIAL_WORKER, true, "T" + s, p.teamManager()).setAsyeStartDate(today.minusWeeks(2));
    org.practitioner(p.nonCaseHolder(), "Nia", "Coordinator", "Information Coordinator",
        StaffCategory.INFORMATION_COORDINATOR_OR_OTHER_SUPPORT, false, "T" + s, p.teamManager());
    org.practitioner(p.otherPractitioner(), "Oli", "Other", "Family Support Worker",
        StaffCategory.SUPPORT_SERVICES_CASE_HOLDING, true, "T2" + s, p.otherTeamManager());
    org.person(p.hr(), "Hal", "Resources", "HR Officer", Position.HR_OFFICER,
        StaffCategory.INFORMATION_COORDINATOR_OR_OTHER_SUPPORT, null);
    org.childCase("C" + s, NatureOfInvolvement.CHILD_PROTECTION_PLAN, p.practitioner(), today.minusMonths(2));
    org.saveTo(services, teams, staff, cases);
    identity.synchronise(PASSWORD);
    return p;
  }

  /**
   * A group for reflective group supervision, on top of {@link #create}: the other team's manager
   * facilitates (a member of the facilitators' group), and the members are the first team's
   * practitioners, with more practitioners added to that team when {@code size} asks for more than its
   * four. The practitioner, who holds {@code childCase}, is always the first member.
   */
  public record SupervisionGroup(People people, String facilitator, String teamCode, List<String> members,
      String childCase) {
  }

  public SupervisionGroup createGroup(LocalDate today, int size) {
    People p = create(today);
    String s = p.director().substring("dir".length());
    List<String> members = new ArrayList<>(List.of(p.practitioner(), p.colleague(), p.asye(), p.nonCaseHolder()));
    OrganisationBuilder more = anOrganisation();
    for (int i = members.size() + 1; i <= size; i++) {
      String id = "gm" + i + s;
      more.practitioner(id, "Gwen", "Member" + i, "Social Worker", StaffCategory.SOCIAL_WORKER_CASE_HOLDING, true,
          "T" + s, p.teamManager());
      members.add(id);
    }
    more.saveTo(services, teams, staff, cases);
    StaffMember facilitator = staff.findById(p.otherTeamManager()).orElseThrow();
    facilitator.setGroupFacilitator(true);
    staff.save(facilitator);
    identity.synchronise(PASSWORD);
    return new SupervisionGroup(p, p.otherTeamManager(), "T" + s, List.copyOf(members.subList(0, size)), "C" + s);
  }
}
