package org.socialcare.supervision.organisation;

import static org.socialcare.supervision.organisation.NatureOfInvolvement.*;
import static org.socialcare.supervision.organisation.StaffCategory.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo organisation, defined in this one place: a director of children's services, two
 * assistant directors, four services with their service managers, eight teams with their team
 * managers, forty practitioners of every staff category (ASYEs and non-case-holding staff among
 * them), HR, an analyst, and a hundred child cases over every nature of involvement.
 */
public final class DemoOrganisation {

  /** Logins the README lists; every demo user's password is the demo password. */
  public static final String DIRECTOR = "diane.castle";
  public static final String SERVICE_MANAGER = "sam.mills";
  public static final String TEAM_MANAGER = "tom.mason";
  public static final String PRACTITIONER = "priya.shah";
  public static final String ASYE = "noah.green";
  public static final String HR_OFFICER = "hana.reed";
  public static final String ANALYST = "alex.price";

  private record TeamPlan(String code, String name, String service, String managerId, String managerFirst,
      String managerLast, List<StaffCategory> members, List<NatureOfInvolvement> natures) {
  }

  private static final String[][] PRACTITIONER_NAMES = {
      {"priya", "shah"}, {"noah", "green"}, {"olivia", "bennett"}, {"liam", "carter"}, {"amelia", "hughes"},
      {"jack", "price"}, {"isla", "ward"}, {"harry", "cole"}, {"ava", "morris"}, {"oscar", "reid"},
      {"mia", "patel"}, {"leo", "foster"}, {"grace", "kelly"}, {"arthur", "lane"}, {"ella", "fraser"},
      {"henry", "walsh"}, {"freya", "owen"}, {"charlie", "booth"}, {"lily", "barker"}, {"george", "nash"},
      {"sophie", "turner"}, {"jacob", "hale"}, {"poppy", "marsh"}, {"thomas", "quinn"}, {"ruby", "day"},
      {"james", "lowe"}, {"evie", "knight"}, {"william", "stone"}, {"chloe", "rhodes"}, {"daniel", "frost"},
      {"zara", "ahmed"}, {"samuel", "pike"}, {"hannah", "doyle"}, {"joseph", "kerr"}, {"erin", "walker"},
      {"adam", "blake"}, {"layla", "hussain"}, {"ethan", "gray"}, {"megan", "lloyd"}, {"max", "webb"}};

  private static final List<TeamPlan> TEAMS = List.of(
      new TeamPlan("ASSESS", "Assessment Team", "SAFEGUARDING", TEAM_MANAGER, "Tom", "Mason",
          List.of(CASE_MANAGEMENT_SOCIAL_WORKER, CASE_MANAGEMENT_SOCIAL_WORKER, CASE_MANAGEMENT_SOCIAL_WORKER,
              SOCIAL_WORKER_CASE_HOLDING, INFORMATION_COORDINATOR_OR_OTHER_SUPPORT),
          List.of(ASSESSMENT, CHILD_IN_NEED, LEVEL_2)),
      new TeamPlan("CP", "Child Protection Team", "SAFEGUARDING", "tara.mendez", "Tara", "Mendez",
          List.of(CASE_MANAGEMENT_SOCIAL_WORKER, CASE_MANAGEMENT_SOCIAL_WORKER, CASE_MANAGEMENT_SOCIAL_WORKER,
              CASE_MANAGEMENT_SOCIAL_WORKER, SOCIAL_WORKER_NON_CASE_HOLDING),
          List.of(CHILD_PROTECTION_PLAN, CHILD_IN_NEED)),
      new TeamPlan("LAC", "Looked After Children Team", "CHILDREN_IN_CARE", "tina.marlow", "Tina", "Marlow",
          List.of(CASE_MANAGEMENT_SOCIAL_WORKER, CASE_MANAGEMENT_SOCIAL_WORKER, CASE_MANAGEMENT_SOCIAL_WORKER,
              CASE_MANAGEMENT_SOCIAL_WORKER, SUPPORT_SERVICES_CASE_HOLDING),
          List.of(LOOKED_AFTER_CHILD_HIGH_RISK, LOOKED_AFTER_CHILD_SETTLED)),
      new TeamPlan("LEAVING", "Care Leavers Team", "CHILDREN_IN_CARE", "ted.morgan", "Ted", "Morgan",
          List.of(SOCIAL_WORKER_CASE_HOLDING, SOCIAL_WORKER_CASE_HOLDING, SOCIAL_WORKER_CASE_HOLDING,
              SUPPORT_SERVICES_CASE_HOLDING, SUPPORT_SERVICES_CASE_HOLDING),
          List.of(CARE_LEAVER_18_TO_21, CARE_LEAVER_21_PLUS)),
      new TeamPlan("TYS", "Targeted Youth Support", "EARLY_HELP", "tessa.monk", "Tessa", "Monk",
          List.of(TARGETED_YOUTH_WORKER, TARGETED_YOUTH_WORKER, TARGETED_YOUTH_WORKER, TARGETED_YOUTH_WORKER,
              INFORMATION_COORDINATOR_OR_OTHER_SUPPORT),
          List.of(LEVEL_2)),
      new TeamPlan("FAMSUP", "Family Support Team", "EARLY_HELP", "toby.marsden", "Toby", "Marsden",
          List.of(SUPPORT_SERVICES_CASE_HOLDING, SUPPORT_SERVICES_CASE_HOLDING, SUPPORT_SERVICES_CASE_HOLDING,
              SOCIAL_WORKER_CASE_HOLDING, SOCIAL_WORKER_NON_CASE_HOLDING),
          List.of(LEVEL_2, CHILD_IN_NEED)),
      new TeamPlan("RESI", "Residential Children's Home", "RESOURCES", "tilly.moore", "Tilly", "Moore",
          List.of(SUPPORT_SERVICES_NON_CASE_HOLDING, SUPPORT_SERVICES_NON_CASE_HOLDING,
              SUPPORT_SERVICES_NON_CASE_HOLDING, SUPPORT_SERVICES_NON_CASE_HOLDING, SUPPORT_SERVICES_CASE_HOLDING),
          List.of(LOOKED_AFTER_CHILD_SETTLED, LOOKED_AFTER_CHILD_HIGH_RISK)),
      new TeamPlan("FOSTER", "Fostering Team", "RESOURCES", "troy.maddox", "Troy", "Maddox",
          List.of(SOCIAL_WORKER_CASE_HOLDING, SOCIAL_WORKER_CASE_HOLDING, SOCIAL_WORKER_CASE_HOLDING,
              SOCIAL_WORKER_NON_CASE_HOLDING, INFORMATION_COORDINATOR_OR_OTHER_SUPPORT),
          List.of(LOOKED_AFTER_CHILD_SETTLED)));

  private DemoOrganisation() {
  }

  public static OrganisationBuilder build(LocalDate today) {
    OrganisationBuilder org = OrganisationBuilder.anOrganisation().emailDomain("demo.supervision.example");
    org.service("SAFEGUARDING", "Safeguarding")
        .service("CHILDREN_IN_CARE", "Children in Care")
        .service("EARLY_HELP", "Early Help")
        .service("RESOURCES", "Fostering and Residential");

    org.person(DIRECTOR, "Diane", "Castle", "Director of Children's Services", Position.DIRECTOR,
        STRATEGIC_LEAD_OR_SERVICE_MANAGER, null);
    org.person("adam.dale", "Adam", "Dale", "Assistant Director, Safeguarding and Care", Position.ASSISTANT_DIRECTOR,
        STRATEGIC_LEAD_OR_SERVICE_MANAGER, DIRECTOR);
    org.person("alice.dunn", "Alice", "Dunn", "Assistant Director, Early Help and Resources",
        Position.ASSISTANT_DIRECTOR, STRATEGIC_LEAD_OR_SERVICE_MANAGER, DIRECTOR);
    serviceManager(org, SERVICE_MANAGER, "Sam", "Mills", "SAFEGUARDING", "adam.dale");
    serviceManager(org, "sofia.marsh", "Sofia", "Marsh", "CHILDREN_IN_CARE", "adam.dale");
    serviceManager(org, "simon.moss", "Simon", "Moss", "EARLY_HELP", "alice.dunn");
    serviceManager(org, "sana.malik", "Sana", "Malik", "RESOURCES", "alice.dunn");
    List<String> serviceManagers = List.of(SERVICE_MANAGER, "sofia.marsh", "simon.moss", "sana.malik");
    List<String> services = List.of("SAFEGUARDING", "CHILDREN_IN_CARE", "EARLY_HELP", "RESOURCES");

    List<StaffMember> caseHolders = new ArrayList<>();
    List<List<NatureOfInvolvement>> caseNatures = new ArrayList<>();
    int name = 0;
    for (TeamPlan team : TEAMS) {
      org.team(team.code(), team.name(), team.service());
      String serviceManager = serviceManagers.get(services.indexOf(team.service()));
      StaffMember manager = org.person(team.managerId(), team.managerFirst(), team.managerLast(),
          "Team Manager, " + team.name(), Position.TEAM_MANAGER, StaffCategory.TEAM_MANAGER, serviceManager);
      manager.setTeamCode(team.code());
      manager.setServiceCode(team.service());
      for (StaffCategory category : team.members()) {
        String[] person = PRACTITIONER_NAMES[name++];
        boolean caseHolding = category != SOCIAL_WORKER_NON_CASE_HOLDING
            && category != SUPPORT_SERVICES_NON_CASE_HOLDING && category != INFORMATION_COORDINATOR_OR_OTHER_SUPPORT;
        StaffMember member = org.practitioner(person[0] + "." + person[1], capitalise(person[0]),
            capitalise(person[1]), jobTitle(category), category, caseHolding, team.code(), team.managerId());
        member.setServiceCode(team.service());
        if (caseHolding) {
          caseHolders.add(member);
          caseNatures.add(team.natures());
        }
      }
    }
    // ASYEs at each stage of the policy's schedule: first 6 weeks, to 6 months, after 6 months.
    asye(org, ASYE, today.minusWeeks(3));
    asye(org, "olivia.bennett", today.minusMonths(4));
    asye(org, "grace.kelly", today.minusMonths(8));
    // Facilitators of reflective group supervision (seed 001, "Role of Facilitator").
    facilitator(org, TEAM_MANAGER);
    facilitator(org, "tina.marlow");
    facilitator(org, "leo.foster");
    facilitator(org, "james.lowe");

    org.person(HR_OFFICER, "Hana", "Reed", "HR Business Partner", Position.HR_OFFICER,
        INFORMATION_COORDINATOR_OR_OTHER_SUPPORT, null);
    org.person("harry.ross", "Harry", "Ross", "HR Officer", Position.HR_OFFICER,
        INFORMATION_COORDINATOR_OR_OTHER_SUPPORT, HR_OFFICER);
    org.person(ANALYST, "Alex", "Price", "Business Process Analyst", Position.BUSINESS_SUPPORT,
        INFORMATION_COORDINATOR_OR_OTHER_SUPPORT, null).setAnalyst(true);

    // A hundred child cases over every nature of involvement, spread over the case holders.
    NatureOfInvolvement[] every = NatureOfInvolvement.values();
    for (int i = 0; i < 100; i++) {
      int holder = i % caseHolders.size();
      List<NatureOfInvolvement> natures = caseNatures.get(holder);
      NatureOfInvolvement nature = i < every.length ? every[i] : natures.get((i / caseHolders.size()) % natures.size());
      org.childCase(String.format("P%06d", 104_200 + i), nature, caseHolders.get(holder).getUserId(),
          today.minusDays(20 + (i * 37L) % 700));
    }
    return org;
  }

  private static void serviceManager(OrganisationBuilder org, String userId, String first, String last,
      String service, String assistantDirector) {
    org.person(userId, first, last, "Service Manager", Position.SERVICE_MANAGER, STRATEGIC_LEAD_OR_SERVICE_MANAGER,
        assistantDirector).setServiceCode(service);
  }

  private static void asye(OrganisationBuilder org, String userId, LocalDate start) {
    org.staff().stream().filter(m -> m.getUserId().equals(userId)).findFirst()
        .orElseThrow().setAsyeStartDate(start);
  }

  private static void facilitator(OrganisationBuilder org, String userId) {
    org.staff().stream().filter(m -> m.getUserId().equals(userId)).findFirst()
        .orElseThrow().setGroupFacilitator(true);
  }

  private static String jobTitle(StaffCategory category) {
    return switch (category) {
      case CASE_MANAGEMENT_SOCIAL_WORKER, SOCIAL_WORKER_CASE_HOLDING -> "Social Worker";
      case SOCIAL_WORKER_NON_CASE_HOLDING -> "Social Worker (non case holding)";
      case TARGETED_YOUTH_WORKER -> "Targeted Youth Worker";
      case SUPPORT_SERVICES_CASE_HOLDING -> "Family Support Worker";
      case SUPPORT_SERVICES_NON_CASE_HOLDING -> "Residential Care Worker";
      case INFORMATION_COORDINATOR_OR_OTHER_SUPPORT -> "Information Coordinator";
      default -> category.label();
    };
  }

  private static String capitalise(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
