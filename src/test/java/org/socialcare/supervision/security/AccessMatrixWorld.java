package org.socialcare.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.socialcare.supervision.organisation.OrganisationBuilder.anOrganisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.audit.SupervisionFiles;
import org.socialcare.supervision.compliance.SupervisionHistory;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.escalation.ConcernProcess;
import org.socialcare.supervision.leaver.ArchiveItem;
import org.socialcare.supervision.leaver.LeaverArchivingProcess;
import org.socialcare.supervision.leaver.LeavingService;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.organisation.OrganisationBuilder;
import org.socialcare.supervision.organisation.OrganisationService;
import org.socialcare.supervision.organisation.Position;
import org.socialcare.supervision.organisation.ServiceAreaRepository;
import org.socialcare.supervision.organisation.StaffCategory;
import org.socialcare.supervision.organisation.StaffRepository;
import org.socialcare.supervision.organisation.TeamRepository;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.security.AccessMatrix.Role;
import org.socialcare.supervision.session.SessionRecording;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The organisation and the data the access matrix is about, built once through the application's
 * own services and processes: Pat's supervisor changed from the Early Help team manager to a deputy
 * in Pat's team; a contract drafted under each; a signed record, a case discussion, a booked session,
 * the supervision file, a concern Pat raised; and a leaver whose archive HR holds.
 */
@Component
class AccessMatrixWorld {

  static final String PROBE_VARIABLE = "probeNote";
  /** The name of everything a probe makes, so that it can be removed. */
  static final String PROBE = "access-matrix-probe";

  private final ProcessEngine engine;
  private final TestOrganisation organisation;
  private final OrganisationService organisationService;
  private final ContractProcess contractProcess;
  private final SupervisionHistory history;
  private final SupervisionFiles files;
  private final SessionRecording recording;
  private final LeavingService leaving;
  private final ServiceAreaRepository services;
  private final TeamRepository teams;
  private final StaffRepository staff;
  private final ChildCaseRepository cases;
  private final IdentitySynchronisation identity;
  private final GroupAuthorizations groupAuthorizations;
  private final String adminId;
  private final String adminPassword;
  private final ObjectMapper json = new ObjectMapper();
  private final AtomicInteger unique = new AtomicInteger(100000);

  AccessMatrixWorld(ProcessEngine engine, TestOrganisation organisation, OrganisationService organisationService,
      ContractProcess contractProcess, SupervisionHistory history, SupervisionFiles files, SessionRecording recording,
      LeavingService leaving, ServiceAreaRepository services, TeamRepository teams, StaffRepository staff,
      ChildCaseRepository cases, IdentitySynchronisation identity, GroupAuthorizations groupAuthorizations,
      @Value("${camunda.bpm.admin-user.id}") String adminId,
      @Value("${camunda.bpm.admin-user.password}") String adminPassword) {
    this.engine = engine;
    this.organisation = organisation;
    this.organisationService = organisationService;
    this.contractProcess = contractProcess;
    this.history = history;
    this.files = files;
    this.recording = recording;
    this.leaving = leaving;
    this.services = services;
    this.teams = teams;
    this.staff = staff;
    this.cases = cases;
    this.identity = identity;
    this.groupAuthorizations = groupAuthorizations;
    this.adminId = adminId;
    this.adminPassword = adminPassword;
  }

  /** Who each column is, and the values the matrix's requests name. */
  record World(Map<Role, String> users, Map<String, String> values) {

    String user(Role role) {
      return users.get(role);
    }

    String value(String name) {
      return Objects.requireNonNull(values.get(name), () -> "no value for {" + name + "}");
    }
  }

  World build() {
    LocalDate today = LocalDate.now();
    People people = organisation.create(today);
    String s = people.director().substring("dir".length());
    String pat = people.practitioner();
    String supervisor = "dtm" + s;
    String previous = people.otherTeamManager();
    OrganisationBuilder more = anOrganisation();
    more.person(supervisor, "Dee", "Deputy", "Deputy Team Manager", Position.TEAM_MANAGER, StaffCategory.TEAM_MANAGER,
        people.teamManager()).setTeamCode("T" + s);
    more.saveTo(services, teams, staff, cases);
    identity.synchronise(TestOrganisation.PASSWORD);
    String outsider = "outsider" + s;
    User user = engine.getIdentityService().newUser(outsider);
    user.setPassword(TestOrganisation.PASSWORD);
    engine.getIdentityService().saveUser(user);

    Map<Role, String> users = new EnumMap<>(Role.class);
    users.put(Role.SE, pat);
    users.put(Role.AS, people.colleague());
    users.put(Role.SU, supervisor);
    users.put(Role.PS, previous);
    users.put(Role.TM, people.teamManager());
    users.put(Role.OSM, people.otherServiceManager());
    users.put(Role.AD, people.assistantDirector());
    users.put(Role.HR, people.hr());
    users.put(Role.NG, outsider);
    users.put(Role.LV, people.asye());
    users.put(Role.ADM, adminId);

    // Under the previous supervisor: they draft Pat's contract (in the user operation log) and hold a session.
    organisationService.assignSupervisor(pat, previous);
    ProcessInstance oldInstance = runningContractsAbout(pat).get(0);
    Task oldDraft = engine.getTaskService().createTaskQuery().processInstanceId(oldInstance.getId()).singleResult();
    assertThat(oldDraft.getAssignee()).isEqualTo(previous);
    ProcessTestCase.asUser(engine, previous, () -> {
      engine.getFormService().submitTaskForm(oldDraft.getId(), contractDraft(oldInstance.getId()));
      return null;
    });
    history.held(pat, previous, today.minusMonths(1), 90);
    assertThat(readableInstancesAbout(previous, pat)).as("the previous supervisor read Pat's file").isPositive();
    assertThat(readableInstancesAbout(people.otherServiceManager(), pat)).as("and so did their manager").isPositive();

    // The change: the file goes to the new supervisor, who also supervises Pat's colleague.
    organisationService.assignSupervisor(pat, supervisor);
    organisationService.assignSupervisor(people.colleague(), supervisor);
    ProcessInstance instance = runningContractsAbout(pat).stream()
        .filter(candidate -> !candidate.getId().equals(oldInstance.getId())).findFirst().orElseThrow();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(task.getAssignee()).isEqualTo(supervisor);
    engine.getTaskService().createComment(task.getId(), instance.getId(), "Discussed the draft with Pat");

    // Pat's file: a booked session, a case discussion, the supervision file items, a concern.
    long contract = history.contractInForce(pat, supervisor, SupervisionFrequency.MONTHLY, today.minusMonths(2),
        today.plusMonths(10));
    history.booked(pat, supervisor, contract, today.plusDays(7).atTime(10, 0));
    history.caseDiscussed("C" + s, pat, supervisor, today.minusDays(10));
    files.updateCertification(pat, pat, Map.of("hcpcNumber", "SW123456"));
    files.updatePersonalSheet(pat, pat, Map.of("homeAddress", "1 Home Street", "nextOfKinName", "Kim Next",
        "nextOfKinPhone", "01234 567890"));
    files.addCpdEntry(pat, pat, Map.of("learnedOn", today.minusDays(20).toString(), "activity", "Safeguarding refresher",
        "learning", "Updated thresholds"));
    ProcessInstance concern = ProcessTestCase.asUser(engine, pat, () -> engine.getRuntimeService()
        .startProcessInstanceByKey(ConcernProcess.KEY, Map.of("concern", "Sessions are always cut short")));

    // The leaver: HR records the leaving today, the archive is gathered and HR accepts it.
    String leaver = people.asye();
    history.held(leaver, people.teamManager(), today.minusMonths(1), 90);
    ProcessInstance archiving = ProcessTestCase.asUser(engine, people.hr(), () -> engine.getRuntimeService()
        .startProcessInstanceByKey(LeaverArchivingProcess.KEY, Map.of("leaverId", leaver,
            "leavingDate", today.toString())));
    Job leavingDate = engine.getManagementService().createJobQuery().processInstanceId(archiving.getId())
        .singleResult();
    engine.getManagementService().executeJob(leavingDate.getId());
    Task check = engine.getTaskService().createTaskQuery().processInstanceId(archiving.getId()).singleResult();
    engine.getTaskService().complete(check.getId(), Map.of("archiveDecision", "accept"));
    ArchiveItem archived = archivedItemsOf(leaver).stream()
        .filter(item -> item.getContentType().equals("application/pdf")).findFirst().orElseThrow();

    Map<String, String> values = new LinkedHashMap<>();
    values.put("supervisee", pat);
    values.put("supervisor", supervisor);
    values.put("previousSupervisor", previous);
    values.put("teamManager", people.teamManager());
    values.put("team", "T" + s);
    values.put("service", "SVC" + s);
    values.put("case", "C" + s);
    values.put("instance", instance.getId());
    values.put("task", task.getId());
    values.put("oldInstance", oldInstance.getId());
    values.put("oldTask", oldDraft.getId());
    values.put("concern", concern.getId());
    values.put("record", recording.recordsOf(pat).get(0).getId().toString());
    values.put("leaver", leaver);
    values.put("archiveItem", archived.getId().toString());
    values.put("contractDefinition", instance.getProcessDefinitionId());
    values.put("deployment", engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId())
        .getDeploymentId());
    values.put("decision", engine.getRepositoryService().createDecisionDefinitionQuery()
        .decisionDefinitionKey("supervision-frequency").latestVersion().singleResult().getId());
    values.put("myTasksFilter", engine.getFilterService().createFilterQuery().filterName("My tasks").singleResult()
        .getId());
    values.put("yesterday", today.minusDays(1).toString());
    return new World(users, values);
  }

  String adminPassword() {
    return adminPassword;
  }

  /** What a change row's cell works on: its own contract about Pat (or deployment), and a value unique to it. */
  record Targets(Map<String, String> values) {

    String value(String name) {
      return values.get(name);
    }

    /** The same targets, for a caller ({@code {self}}). */
    Targets as(String self) {
      Map<String, String> withSelf = new LinkedHashMap<>(values);
      withSelf.put("self", self);
      return new Targets(withSelf);
    }
  }

  /** New targets for a change: only those the request names. */
  Targets targets(World world, String request) {
    Map<String, String> values = new LinkedHashMap<>(world.values());
    if (request.contains("{fresh") || request.contains("{contractDraft}")) {
      ProcessInstance fresh = contractProcess.start(world.value("supervisee"));
      engine.getRuntimeService().setVariable(fresh.getId(), PROBE_VARIABLE, "original");
      values.put("freshInstance", fresh.getId());
      values.put("freshTask", engine.getTaskService().createTaskQuery().processInstanceId(fresh.getId())
          .singleResult().getId());
      values.put("contractDraft", toJson(restVariables(contractDraft(fresh.getId()))));
    }
    if (request.contains("{freshDeployment}")) {
      values.put("freshDeployment", engine.getRepositoryService().createDeployment().name(PROBE)
          .addString("probe.txt", "probe").deploy().getId());
    }
    if (request.contains("{freshFilter}")) {
      Filter filter = engine.getFilterService().newTaskFilter(PROBE)
          .setQuery(engine.getTaskService().createTaskQuery());
      engine.getFilterService().saveFilter(filter);
      groupAuthorizations.grant(Groups.STAFF, Resources.FILTER, filter.getId(), Permissions.READ);
      values.put("freshFilter", filter.getId());
    }
    if (request.contains("{freshEnded}")) {
      ProcessInstance ended = contractProcess.start(world.value("supervisee"));
      engine.getRuntimeService().deleteProcessInstance(ended.getId(), "A probe of the access matrix");
      values.put("freshEnded", ended.getId());
    }
    values.put("unique", Integer.toString(unique.incrementAndGet()));
    return new Targets(values);
  }

  /** Whether a change row's change was made, by row id: every change row of the matrix has one. */
  Map<String, Predicate<Targets>> effects(World world) {
    String pat = world.value("supervisee");
    Predicate<Targets> variableChanged = t -> "changed".equals(variable(t));
    Predicate<Targets> variableGone = t -> running(t) && variable(t) == null;
    Predicate<Targets> instanceEnded = t -> !running(t);
    Map<String, Predicate<Targets>> effects = new LinkedHashMap<>();
    effects.put("E11", t -> engine.getTaskService().createTaskQuery().taskId(t.value("freshTask")).count() == 0);
    effects.put("E12", t -> world.value("teamManager").equals(engine.getTaskService().createTaskQuery()
        .taskId(t.value("freshTask")).singleResult().getAssignee()));
    effects.put("E13", variableChanged);
    effects.put("E14", variableGone);
    effects.put("E15", variableChanged);
    effects.put("E16", variableGone);
    effects.put("E17", variableChanged);
    effects.put("E18", variableChanged);
    effects.put("E19", t -> engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(t.value("freshInstance")).suspended().count() == 1);
    effects.put("E20", instanceEnded);
    effects.put("E21", instanceEnded);
    effects.put("E24", t -> engine.getTaskService().getIdentityLinksForTask(t.value("freshTask")).stream()
        .anyMatch(link -> "candidate".equals(link.getType()) && t.value("self").equals(link.getUserId())));
    effects.put("E25", t -> engine.getFilterService().createFilterQuery().filterName(PROBE + t.value("unique"))
        .count() == 1);
    effects.put("E26", t -> engine.getFilterService().getFilter(t.value("freshFilter")).getName()
        .equals(PROBE + "-changed" + t.value("unique")));
    effects.put("E27", t -> engine.getIdentityService().createUserQuery().userId(t.value("self"))
        .memberOfGroup(Groups.ANALYSTS).count() == 1);
    effects.put("E28", t -> engine.getAuthorizationService().createAuthorizationQuery()
        .resourceId(PROBE + t.value("unique")).count() == 1);
    effects.put("H11", t -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(t.value("freshEnded")).count() == 0);
    effects.put("W14", t -> engine.getIdentityService().createUserQuery().userId(PROBE + t.value("unique"))
        .count() == 1);
    effects.put("D05", t -> engine.getRepositoryService().createDeploymentQuery()
        .deploymentName(PROBE + t.value("unique")).count() == 1);
    effects.put("D06", t -> engine.getRepositoryService().createDeploymentQuery()
        .deploymentId(t.value("freshDeployment")).count() == 0);
    effects.put("W07", variableChanged);
    effects.put("W08", variableGone);
    effects.put("W09", variableChanged);
    effects.put("W10", variableGone);
    effects.put("W11", variableChanged);
    effects.put("W12", instanceEnded);
    effects.put("A08", t -> files.fileOf(pat).map(file -> ("SW" + t.value("unique")).equals(file.getHcpcNumber()))
        .orElse(false));
    effects.put("A09", t -> files.fileOf(pat).filter(file -> file.hasPersonalSheet())
        .map(file -> file.personalSheet().homeAddress().startsWith(t.value("unique"))).orElse(false));
    effects.put("A10", t -> files.cpdLogOf(pat).stream()
        .anyMatch(entry -> entry.getActivity().equals("Probe " + t.value("unique"))));
    return effects;
  }

  /**
   * Leaves nothing of the probes behind for other tests: what an allowed change made (a deployment, a
   * filter, an analyst, an authorization, a user) and the targets nobody removed.
   */
  void removeProbes() {
    engine.getRepositoryService().createDeploymentQuery().list().stream()
        .filter(deployment -> deployment.getName() != null && deployment.getName().startsWith(PROBE))
        .forEach(deployment -> engine.getRepositoryService().deleteDeployment(deployment.getId(), true));
    engine.getFilterService().createFilterQuery().filterNameLike(PROBE + "%").list()
        .forEach(filter -> engine.getFilterService().deleteFilter(filter.getId()));
    engine.getAuthorizationService().createAuthorizationQuery().list().stream()
        .filter(authorization -> authorization.getResourceId() != null && authorization.getResourceId().startsWith(PROBE))
        .forEach(authorization -> engine.getAuthorizationService().deleteAuthorization(authorization.getId()));
    engine.getIdentityService().createUserQuery().memberOfGroup(Groups.ANALYSTS).userId(adminId).list()
        .forEach(admin -> engine.getIdentityService().deleteMembership(admin.getId(), Groups.ANALYSTS));
    engine.getIdentityService().createUserQuery().list().stream().filter(user -> user.getId().startsWith(PROBE))
        .forEach(user -> engine.getIdentityService().deleteUser(user.getId()));
  }

  long readableInstancesAbout(String userId, String businessKey) {
    return ProcessTestCase.asUser(engine, userId, () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).count());
  }

  private boolean running(Targets targets) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(targets.value("freshInstance"))
        .count() == 1;
  }

  private Object variable(Targets targets) {
    return running(targets) ? engine.getRuntimeService().getVariable(targets.value("freshInstance"), PROBE_VARIABLE)
        : null;
  }

  private List<ProcessInstance> runningContractsAbout(String superviseeId) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(ContractProcess.KEY)
        .processInstanceBusinessKey(superviseeId).orderByProcessInstanceId().asc().list();
  }

  private List<ArchiveItem> archivedItemsOf(String leaverId) {
    return leaving.itemsOf(leaving.heldArchiveOf(leaverId).orElseThrow().getId());
  }

  /** The draft as the form proposes it (the policy's terms), with the key tasks the supervisor adds. */
  private Map<String, Object> contractDraft(String instanceId) {
    Map<String, Object> proposed = engine.getRuntimeService().getVariables(instanceId);
    Map<String, Object> draft = new LinkedHashMap<>();
    for (String field : List.of("format", "frequency", "durationMinutes", "standards", "reviewDate",
        "disagreementManagerId")) {
      draft.put(field, proposed.get(field));
    }
    draft.put("keyTasks", "Casework");
    return draft;
  }

  private static Map<String, Object> restVariables(Map<String, Object> variables) {
    Map<String, Object> rest = new LinkedHashMap<>();
    variables.forEach((name, value) -> {
      Map<String, Object> typed = new java.util.HashMap<>();
      typed.put("value", value);
      rest.put(name, typed);
    });
    return rest;
  }

  private String toJson(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
