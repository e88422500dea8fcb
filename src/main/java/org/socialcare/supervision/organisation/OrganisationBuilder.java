package org.socialcare.supervision.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds an organisation in memory and saves it in one go: the demo organisation and the test
 * fixtures use the same builder, so both follow the same rules (supervisor = line manager unless
 * set otherwise).
 */
public class OrganisationBuilder {

  private final List<ServiceArea> services = new ArrayList<>();
  private final List<Team> teams = new ArrayList<>();
  private final List<StaffMember> staff = new ArrayList<>();
  private final List<ChildCase> cases = new ArrayList<>();
  private String emailDomain = "example.org";

  public static OrganisationBuilder anOrganisation() {
    return new OrganisationBuilder();
  }

  public OrganisationBuilder emailDomain(String domain) {
    this.emailDomain = domain;
    return this;
  }

  public OrganisationBuilder service(String code, String name) {
    services.add(new ServiceArea(code, name));
    return this;
  }

  public OrganisationBuilder team(String code, String name, String serviceCode) {
    teams.add(new Team(code, name, serviceCode));
    return this;
  }

  public StaffMember person(String userId, String firstName, String lastName, String jobTitle, Position position,
      StaffCategory category, String lineManagerId) {
    StaffMember member = new StaffMember(userId, firstName, lastName, jobTitle, position, category);
    member.setLineManagerId(lineManagerId);
    member.setEmail(userId + "@" + emailDomain);
    staff.add(member);
    return member;
  }

  public StaffMember practitioner(String userId, String firstName, String lastName, String jobTitle,
      StaffCategory category, boolean caseHolding, String teamCode, String teamManagerId) {
    StaffMember member = person(userId, firstName, lastName, jobTitle, Position.PRACTITIONER, category, teamManagerId);
    member.setCaseHolding(caseHolding);
    member.setTeamCode(teamCode);
    return member;
  }

  public OrganisationBuilder childCase(String reference, NatureOfInvolvement nature, String workerId, LocalDate openedOn) {
    cases.add(new ChildCase(reference, nature, workerId, openedOn));
    return this;
  }

  public List<StaffMember> staff() {
    return List.copyOf(staff);
  }

  /** Saves managers before the people they manage, so foreign keys hold on any database. */
  public void saveTo(ServiceAreaRepository serviceRepository, TeamRepository teamRepository,
      StaffRepository staffRepository, ChildCaseRepository caseRepository) {
    serviceRepository.saveAll(services);
    teamRepository.saveAll(teams);
    List<StaffMember> pending = new ArrayList<>(staff);
    java.util.Set<String> saved = new java.util.HashSet<>();
    staffRepository.findAllById(pending.stream().map(StaffMember::getUserId).toList())
        .forEach(existing -> saved.add(existing.getUserId()));
    while (!pending.isEmpty()) {
      List<StaffMember> ready = pending.stream()
          .filter(m -> isSavedOrExternal(m.getLineManagerId(), saved, pending)
              && isSavedOrExternal(m.getSupervisorId(), saved, pending))
          .toList();
      if (ready.isEmpty()) {
        throw new IllegalStateException("Line management has a cycle among " + pending.stream().map(StaffMember::getUserId).toList());
      }
      staffRepository.saveAll(ready);
      ready.forEach(m -> saved.add(m.getUserId()));
      pending.removeAll(ready);
    }
    caseRepository.saveAll(cases);
  }

  private static boolean isSavedOrExternal(String userId, java.util.Set<String> saved, List<StaffMember> pending) {
    return userId == null || saved.contains(userId) || pending.stream().noneMatch(m -> m.getUserId().equals(userId));
  }
}
