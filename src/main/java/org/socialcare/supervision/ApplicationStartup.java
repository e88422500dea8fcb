package org.socialcare.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socialcare.supervision.audit.AuditSchedule;
import org.socialcare.supervision.common.ModelDeployer;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.organisation.DemoOrganisation;
import org.socialcare.supervision.organisation.ServiceAreaRepository;
import org.socialcare.supervision.organisation.StaffMember;
import org.socialcare.supervision.organisation.StaffRepository;
import org.socialcare.supervision.organisation.TeamRepository;
import org.socialcare.supervision.session.DemoSessions;
import org.socialcare.supervision.security.GroupAuthorizations;
import org.socialcare.supervision.security.IdentitySynchronisation;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Brings the engine in line with the application at every start: the models deployed (only when
 * changed), Camunda users and groups following the organisation, group grants and Tasklist filters.
 * In the demo profile, an empty database is first seeded with the demo organisation, and every
 * supervisory relationship starts with a contract to draft.
 */
@Component
class ApplicationStartup implements ApplicationRunner {

  private static final String DEMO_TEAM_IN_SESSIONS = "LAC";
  /** In that team, the one whose file has a history: a session held three months ago, then a gap. */
  private static final String DEMO_SUPERVISEE_WITH_GAP = "arthur.lane";
  private static final Logger LOG = LoggerFactory.getLogger(ApplicationStartup.class);

  private final ModelDeployer models;
  private final IdentitySynchronisation identity;
  private final GroupAuthorizations groupAuthorizations;
  private final TasklistFilters filters;
  private final StaffRepository staff;
  private final TeamRepository teams;
  private final ServiceAreaRepository services;
  private final ChildCaseRepository cases;
  private final ContractProcess contractProcess;
  private final Clock clock;
  private final DemoSessions demoSessions;
  private final AuditSchedule auditSchedule;
  private final boolean seedDemo;
  private final String demoPassword;

  ApplicationStartup(ModelDeployer models, IdentitySynchronisation identity, GroupAuthorizations groupAuthorizations,
      TasklistFilters filters, StaffRepository staff, TeamRepository teams, ServiceAreaRepository services,
      ChildCaseRepository cases, ContractProcess contractProcess, Clock clock, DemoSessions demoSessions, AuditSchedule auditSchedule,
      @Value("${supervision.demo-organisation.seed:false}") boolean seedDemo,
      @Value("${supervision.demo-organisation.password:#{null}}") String demoPassword) {
    this.models = models;
    this.identity = identity;
    this.groupAuthorizations = groupAuthorizations;
    this.filters = filters;
    this.staff = staff;
    this.teams = teams;
    this.services = services;
    this.cases = cases;
    this.contractProcess = contractProcess;
    this.clock = clock;
    this.demoSessions = demoSessions;
    this.auditSchedule = auditSchedule;
    this.seedDemo = seedDemo;
    this.demoPassword = demoPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    models.deploy();
    boolean firstStart = seedDemo && staff.count() == 0;
    if (firstStart) {
      DemoOrganisation.build(LocalDate.now(clock)).saveTo(services, teams, staff, cases);
      LOG.info("Seeded the demo organisation: {} staff, {} child cases", staff.count(), cases.count());
    }
    identity.synchronise(seedDemo ? demoPassword : null);
    groupAuthorizations.grantAll();
    filters.createMissing();
    if (firstStart) {
      // The Looked After Children team's contracts were signed five weeks ago: their first sessions wait to be recorded.
      List<String> signedEarlier = staff.findAll().stream()
          .filter(member -> DEMO_TEAM_IN_SESSIONS.equals(member.getTeamCode()) && member.getSupervisorId() != null)
          .map(StaffMember::getUserId)
          .toList();
      staff.findAll().stream()
          .filter(member -> member.isActive() && member.getSupervisorId() != null)
          .map(StaffMember::getUserId)
          .filter(userId -> !signedEarlier.contains(userId))
          .forEach(contractProcess::start);
      demoSessions.contractsSignedFiveWeeksAgo(signedEarlier.stream()
          .filter(userId -> !userId.equals(DEMO_SUPERVISEE_WITH_GAP)).toList());
      demoSessions.historyWithAGap(DEMO_SUPERVISEE_WITH_GAP);
      // As the quarter's audit-schedule-check would have: the auditors of this round have their audits.
      auditSchedule.startDueAudits();
    }
  }
}
