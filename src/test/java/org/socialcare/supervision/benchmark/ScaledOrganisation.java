package org.socialcare.supervision.benchmark;

import static org.socialcare.supervision.organisation.StaffCategory.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialcare.supervision.organisation.NatureOfInvolvement;
import org.socialcare.supervision.organisation.OrganisationBuilder;
import org.socialcare.supervision.organisation.Position;
import org.socialcare.supervision.organisation.StaffCategory;
import org.socialcare.supervision.organisation.StaffMember;

/**
 * An organisation of N staff in the demo organisation's proportions (DemoOrganisation: of 58 staff,
 * 1 director, 2 assistant directors, 4 service managers, 8 team managers of 5 practitioners each,
 * 2 HR and an analyst; 3 of 40 practitioners ASYEs; facilitators among the managers), with ten
 * open child cases per case holder instead of the demo's hundred cases in all.
 */
final class ScaledOrganisation {

  static final int CASES_PER_CASE_HOLDER = 10;
  private static final int TEAMS_PER_SERVICE = 2;
  private static final int TEAM_SIZE = 5;

  /** The demo's forty practitioners by category, in the order teams are filled. */
  private static final List<StaffCategory> PRACTITIONER_MIX = mix();

  /** Who the benchmark acts as and measures. */
  record Roles(List<String> staff, List<String> teamManagers, List<String> serviceManagers,
      List<String> facilitators, List<List<String>> teams, Set<String> practitioners, String hrOfficer) {

    boolean isPractitioner(String userId) {
      return practitioners.contains(userId);
    }
  }

  private final OrganisationBuilder org = OrganisationBuilder.anOrganisation().emailDomain("bench.example");
  private final List<String> teamManagers = new ArrayList<>();
  private final List<String> serviceManagers = new ArrayList<>();
  private final List<String> facilitators = new ArrayList<>();
  private final List<List<String>> teams = new ArrayList<>();
  private int count;
  private int practitioners;
  private int cases;

  private ScaledOrganisation() {
  }

  static ScaledOrganisation of(int staff, LocalDate today) {
    ScaledOrganisation built = new ScaledOrganisation();
    built.build(Math.max(staff, 20), today);
    return built;
  }

  OrganisationBuilder builder() {
    return org;
  }

  Roles roles() {
    return new Roles(org.staff().stream().map(StaffMember::getUserId).toList(), List.copyOf(teamManagers),
        List.copyOf(serviceManagers), List.copyOf(facilitators), List.copyOf(teams),
        teams.stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet()), id("hr", 1));
  }

  int childCases() {
    return cases;
  }

  private void build(int staff, LocalDate today) {
    int services = Math.max(1, Math.round(staff * 4f / 58));
    int assistantDirectors = Math.max(1, (services + 1) / 2);
    int hr = Math.max(1, Math.round(staff * 2f / 58));
    person("dcs", "Director", Position.DIRECTOR, STRATEGIC_LEAD_OR_SERVICE_MANAGER, null);
    for (int a = 1; a <= assistantDirectors; a++) {
      person(id("ad", a), "Assistant Director", Position.ASSISTANT_DIRECTOR, STRATEGIC_LEAD_OR_SERVICE_MANAGER, "dcs");
    }
    person(id("hr", 1), "HR Business Partner", Position.HR_OFFICER, INFORMATION_COORDINATOR_OR_OTHER_SUPPORT, null);
    for (int h = 2; h <= hr; h++) {
      person(id("hr", h), "HR Officer", Position.HR_OFFICER, INFORMATION_COORDINATOR_OR_OTHER_SUPPORT, id("hr", 1));
    }
    person("analyst", "Business Process Analyst", Position.BUSINESS_SUPPORT, INFORMATION_COORDINATOR_OR_OTHER_SUPPORT,
        null).setAnalyst(true);
    // Services of two teams each until everyone is placed; the last team may be smaller.
    for (int s = 1; count < staff; s++) {
      String service = id("SVC", s);
      org.service(service, "Service " + s);
      String serviceManager = id("sm", s);
      person(serviceManager, "Service Manager", Position.SERVICE_MANAGER, STRATEGIC_LEAD_OR_SERVICE_MANAGER,
          id("ad", 1 + (s - 1) % assistantDirectors)).setServiceCode(service);
      serviceManagers.add(serviceManager);
      for (int t = 1; t <= TEAMS_PER_SERVICE && count < staff; t++) {
        team(service, serviceManager, (s - 1) * TEAMS_PER_SERVICE + t, staff, today);
      }
    }
  }

  private void team(String service, String serviceManager, int number, int staff, LocalDate today) {
    String code = id("T", number);
    org.team(code, "Team " + number, service);
    String manager = id("tm", number);
    StaffMember tm = person(manager, "Team Manager", Position.TEAM_MANAGER, StaffCategory.TEAM_MANAGER, serviceManager);
    tm.setTeamCode(code);
    tm.setServiceCode(service);
    teamManagers.add(manager);
    if (number % TEAMS_PER_SERVICE == 1) {
      // One facilitator of reflective group supervision per service.
      tm.setGroupFacilitator(true);
      facilitators.add(manager);
    }
    List<String> members = new ArrayList<>();
    for (int m = 0; m < TEAM_SIZE && count < staff; m++) {
      StaffCategory category = PRACTITIONER_MIX.get(practitioners % PRACTITIONER_MIX.size());
      boolean caseHolding = category != SOCIAL_WORKER_NON_CASE_HOLDING && category != SUPPORT_SERVICES_NON_CASE_HOLDING
          && category != INFORMATION_COORDINATOR_OR_OTHER_SUPPORT;
      String userId = id("pr", ++practitioners);
      count++;
      StaffMember member = org.practitioner(userId, "Pat", "Practitioner " + practitioners, category.label(), category,
          caseHolding, code, manager);
      member.setServiceCode(service);
      // 3 in 40 are ASYEs, at the three stages of the policy's schedule.
      int asye = practitioners % 40;
      if (asye == 2 || asye == 15 || asye == 28) {
        member.setAsyeStartDate(today.minusWeeks(asye == 2 ? 3 : asye == 15 ? 17 : 35));
      }
      if (caseHolding) {
        NatureOfInvolvement[] natures = NatureOfInvolvement.values();
        for (int c = 0; c < CASES_PER_CASE_HOLDER; c++) {
          cases++;
          org.childCase(String.format("B%07d", cases), natures[cases % natures.length], userId,
              today.minusDays(20 + (cases * 37L) % 700));
        }
      }
      members.add(userId);
    }
    teams.add(members);
  }

  private StaffMember person(String userId, String title, Position position, StaffCategory category,
      String lineManager) {
    count++;
    return org.person(userId, "Bench", title + " " + userId, title, position, category, lineManager);
  }

  private static String id(String prefix, int number) {
    return prefix + "." + String.format("%04d", number);
  }

  private static List<StaffCategory> mix() {
    List<StaffCategory> mix = new ArrayList<>();
    addTimes(mix, CASE_MANAGEMENT_SOCIAL_WORKER, 11);
    addTimes(mix, SOCIAL_WORKER_CASE_HOLDING, 8);
    addTimes(mix, SUPPORT_SERVICES_CASE_HOLDING, 7);
    addTimes(mix, TARGETED_YOUTH_WORKER, 4);
    addTimes(mix, SUPPORT_SERVICES_NON_CASE_HOLDING, 4);
    addTimes(mix, SOCIAL_WORKER_NON_CASE_HOLDING, 3);
    addTimes(mix, INFORMATION_COORDINATOR_OR_OTHER_SUPPORT, 3);
    // Interleave so every team gets a mix, as the demo's teams have.
    List<StaffCategory> interleaved = new ArrayList<>();
    for (int i = 0; i < mix.size(); i++) {
      interleaved.add(mix.get((i * 7) % mix.size()));
    }
    return interleaved;
  }

  private static void addTimes(List<StaffCategory> list, StaffCategory category, int times) {
    for (int i = 0; i < times; i++) {
      list.add(category);
    }
  }
}
