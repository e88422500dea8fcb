package org.socialcare.supervision.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.ServiceArea;
import org.socialcare.supervision.organisation.ServiceAreaRepository;
import org.socialcare.supervision.organisation.StaffMember;
import org.socialcare.supervision.organisation.Team;
import org.socialcare.supervision.organisation.TeamRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees whose compliance (seed 002: "restricted access but ... visible by the Heads of Service
 * for their Service and the Assistant Director for all service areas"): a team manager their team,
 * a service manager their service, an assistant director and the director of children's services
 * everyone. Nobody else sees anything - not the view, not its data, not the exports.
 */
@Component
@Transactional(readOnly = true)
public class ComplianceAccess {

  /** A scope a viewer may choose, with its name for the view. */
  public record ScopeOption(ComplianceScope scope, String name) {
  }

  private final LineManagement lineManagement;
  private final TeamRepository teams;
  private final ServiceAreaRepository services;

  ComplianceAccess(LineManagement lineManagement, TeamRepository teams, ServiceAreaRepository services) {
    this.lineManagement = lineManagement;
    this.teams = teams;
    this.services = services;
  }

  /** The widest scope the viewer may see; empty for anyone who may not see compliance at all. */
  public Optional<ComplianceScope> widestScopeOf(String viewerId) {
    StaffMember viewer = lineManagement.find(viewerId).filter(StaffMember::isActive).orElse(null);
    if (viewer == null) {
      return Optional.empty();
    }
    return switch (viewer.getPosition()) {
      case DIRECTOR, ASSISTANT_DIRECTOR -> Optional.of(ComplianceScope.everyone());
      case SERVICE_MANAGER -> Optional.ofNullable(viewer.getServiceCode()).map(ComplianceScope::service);
      case TEAM_MANAGER -> Optional.ofNullable(viewer.getTeamCode()).map(ComplianceScope::team);
      default -> Optional.empty();
    };
  }

  public boolean maySeeAnything(String viewerId) {
    return widestScopeOf(viewerId).isPresent();
  }

  /** The scopes the viewer may choose from, widest first: everyone, services, teams. */
  public List<ScopeOption> scopesFor(String viewerId) {
    ComplianceScope widest = widestScopeOf(viewerId).orElse(null);
    List<ScopeOption> options = new ArrayList<>();
    if (widest == null) {
      return options;
    }
    if (widest.kind() == ComplianceScope.Kind.EVERYONE) {
      options.add(new ScopeOption(widest, "All services"));
    }
    services.findAll().stream().sorted(Comparator.comparing(ServiceArea::getName))
        .filter(service -> may(viewerId, ComplianceScope.service(service.getCode())))
        .forEach(service -> options.add(new ScopeOption(ComplianceScope.service(service.getCode()), service.getName())));
    teams.findAll().stream().sorted(Comparator.comparing(Team::getName))
        .filter(team -> may(viewerId, ComplianceScope.team(team.getCode())))
        .forEach(team -> options.add(new ScopeOption(ComplianceScope.team(team.getCode()), team.getName())));
    return options;
  }

  /** Whether the viewer may see this scope: it must lie within their widest scope. */
  public boolean may(String viewerId, ComplianceScope requested) {
    ComplianceScope widest = widestScopeOf(viewerId).orElse(null);
    if (widest == null || requested == null || requested.kind() == null) {
      return false;
    }
    if (widest.kind() == ComplianceScope.Kind.EVERYONE) {
      return true;
    }
    return switch (requested.kind()) {
      case EVERYONE -> false;
      case SERVICE -> widest.kind() == ComplianceScope.Kind.SERVICE && widest.code().equals(requested.code());
      case TEAM -> widest.equals(requested) || (widest.kind() == ComplianceScope.Kind.SERVICE
          && teams.findById(requested.code()).map(Team::getServiceCode).filter(widest.code()::equals).isPresent());
      case PERSON -> lineManagement.find(requested.code()).filter(person -> within(widest, person)).isPresent();
    };
  }

  private boolean within(ComplianceScope widest, StaffMember person) {
    String team = person.getTeamCode();
    String service = person.getServiceCode() != null ? person.getServiceCode()
        : team == null ? null : teams.findById(team).map(Team::getServiceCode).orElse(null);
    return widest.kind() == ComplianceScope.Kind.TEAM ? widest.code().equals(team) : widest.code().equals(service);
  }
}
