package org.socialcare.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.common.EngineIndexesTest;
import org.socialcare.supervision.compliance.ComplianceScope;
import org.socialcare.supervision.compliance.ComplianceService;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.contract.ContractService;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile on a real PostgreSQL (the embedded binaries from Maven Central): the
 * same Flyway migrations, Hibernate's validation of them, the engine schema, and a contract that
 * goes into force.
 */
@SpringBootTest(properties = {
    "camunda.bpm.job-execution.enabled=false",
    // Its own engine name: closing this context must not unregister the shared test context's "default".
    "camunda.bpm.process-engine-name=postgresProfileTest",
    "SUPERVISION_ADMIN_PASSWORD=Postgres-Root-Passw0rd"})
@ActiveProfiles("postgres")
@DirtiesContext
class PostgresProfileTest {

  private static final EmbeddedPostgres POSTGRES = start();

  @Autowired
  ProcessEngine engine;
  @Autowired
  TestOrganisation organisation;
  @Autowired
  ContractProcess contractProcess;
  @Autowired
  ContractService contracts;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ComplianceService compliance;

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> POSTGRES.getJdbcUrl("postgres", "postgres"));
    registry.add("spring.datasource.username", () -> "postgres");
    registry.add("spring.datasource.password", () -> "postgres");
  }

  /**
   * The database stops with the context, after the engine and the pool: Spring destroys a bean's
   * dependants before the bean. Stopped in @AfterAll, it went before the context (JUnit closes a
   * dirtied context after @AfterAll), and the engine's last writes on closing waited twice for the
   * pool's 30 s timeout.
   */
  @TestConfiguration
  static class DatabaseStopsLast {
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres() {
      return POSTGRES;
    }

    @Bean
    static BeanFactoryPostProcessor dataSourceDependsOnTheDatabase() {
      return factory -> factory.getBeanDefinition("dataSource").setDependsOn("embeddedPostgres");
    }
  }

  @Test
  void aContractIsDraftedSignedAndPutInForceOnPostgres() {
    init(engine);
    var people = organisation.create(LocalDate.now());
    ProcessInstance instance = contractProcess.start(people.practitioner());

    complete(task(instance), Map.of("format", "INDIVIDUAL", "frequency", "MONTHLY", "durationMinutes", 90,
        "keyTasks", "Assessments", "standards", "As policy", "reviewDate", LocalDate.now().plusMonths(6).toString(),
        "disagreementManagerId", people.serviceManager()));
    complete(task("UserTask_SupervisorSignsContract", instance), withVariables("supervisorSigns", true));
    complete(task("UserTask_SuperviseeSignsContract", instance), withVariables("superviseeDecision", "sign"));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list())
        .as("the save point after both signatures is a job with a due date, found through the index")
        .isNotEmpty().allSatisfy(job -> assertThat(job.getDuedate()).isNotNull());
    assertThat(jdbc.queryForList("select tablename || '.' || indexname from pg_indexes"
        + " where tablename like 'act\\_%' and indexname like 'supervision\\_%'", String.class))
        .as("the indexes EngineIndexes adds to the engine's tables")
        .containsExactlyInAnyOrder("act_ru_job." + EngineIndexesTest.DUE_JOBS.toLowerCase(),
        "act_ru_job." + EngineIndexesTest.LOCKED_JOBS.toLowerCase(),
        "act_ru_authorization." + EngineIndexesTest.USER_GRANTS.toLowerCase(),
        "act_ru_task." + EngineIndexesTest.SUBTASKS.toLowerCase());
    ProcessTestCase.executeDueJobs(engine, instance.getId());

    assertThat(instance).isWaitingAt("Gateway_AwaitReview");
    assertThat(contracts.contractInForce(people.practitioner())).get()
        .satisfies(c -> assertThat(c.getReviewDate()).isEqualTo(LocalDate.now().plusMonths(6)));
  }

  /**
   * The compliance service reads in read-only transactions, which PostgreSQL enforces (H2 does not):
   * when a child is due for discussion is a lookup of the decision table that writes nothing.
   */
  @Test
  void complianceReadsTheCaseDiscussionTableInsideItsReadOnlyTransactionOnPostgres() {
    var people = organisation.create(LocalDate.now());

    assertThat(compliance.report(ComplianceScope.everyone()).people())
        .filteredOn(person -> person.userId().equals(people.practitioner()))
        .singleElement().satisfies(person -> assertThat(person.casesHeld()).isPositive());
    assertThat(compliance.historyOf(people.practitioner(), LocalDate.now()).cases()).isNotEmpty();
  }

  private static EmbeddedPostgres start() {
    try {
      return EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
    }
  }
}
