package org.socialcare.supervision.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.reset;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.contract.ContractRepository;
import org.socialcare.supervision.contract.ContractStatus;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.session.SessionSchedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A step that fails is tried again after 5 minutes, 30 minutes and 2 hours (the one global
 * failedJobRetryTimeCycle in application.yml); when the last try fails it is an incident in
 * Cockpit, whose message says in words what could not be done for whom and why. Once the cause is
 * fixed, an operator retries it and the process carries on, as if it had never failed.
 */
// A context of its own (the schedule is a spy), so an engine of its own name.
@TestPropertySource(properties = "camunda.bpm.process-engine-name=failingStepTest")
class FailingStepTest extends ProcessTestCase {

  private static final String BOOKING_FAILED = "Could not put contract in force for Pat Practitioner: "
      + "the database could not be reached or refused the change";

  @MockitoSpyBean
  SessionSchedule schedule;
  @Autowired
  ContractFixture contracts;
  @Autowired
  ContractRepository contractRepository;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;

  People people;

  @BeforeEach
  void theDatabaseRefusesToBookTheSchedule() {
    people = organisation.create(today());
    doThrow(new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
        new SQLException("Connection to localhost:5432 refused", "08001"))).when(schedule).bookYear(anyLong());
  }

  @Test
  void aFailingStepIsTriedAgainAfter5MinutesHalfAnHourAnd2HoursThenBecomesAnIncidentAManagerCanRead() {
    ProcessInstance contract = contracts.signedByBoth(people.practitioner(), Map.of());

    Job job = failOnce(contract);
    assertThat(job.getRetries()).as("tries left").isEqualTo(3);
    assertThat(job.getDuedate()).isEqualTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(5)));
    assertThat(job.getExceptionMessage()).isEqualTo(BOOKING_FAILED);

    moveClockBy(Duration.ofMinutes(5));
    job = failOnce(contract);
    assertThat(job.getRetries()).isEqualTo(2);
    assertThat(job.getDuedate()).isEqualTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(30)));

    moveClockBy(Duration.ofMinutes(30));
    job = failOnce(contract);
    assertThat(job.getRetries()).isEqualTo(1);
    assertThat(job.getDuedate()).isEqualTo(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofHours(2)));
    assertThat(runtimeService.createIncidentQuery().processInstanceId(contract.getId()).count()).isZero();

    moveClockBy(Duration.ofHours(2));
    job = failOnce(contract);
    assertThat(job.getRetries()).as("tries left after the last").isZero();

    Incident incident = runtimeService.createIncidentQuery().processInstanceId(contract.getId()).singleResult();
    assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    assertThat(incident.getActivityId()).isEqualTo("ServiceTask_PutContractInForce");
    assertThat(incident.getIncidentMessage()).isEqualTo(BOOKING_FAILED);
    assertThat(managementService.getJobExceptionStacktrace(job.getId()))
        .as("the technical cause, for whoever fixes it").contains("Connection to localhost:5432 refused");
    assertThat(contractRepository.findBySuperviseeIdOrderByIdAsc(people.practitioner()))
        .extracting(c -> c.getStatus()).as("nothing half done").containsExactly(ContractStatus.AWAITING_SIGNATURES);
  }

  @Test
  void onceTheCauseIsFixedAnOperatorRetriesTheStepAndTheProcessCarriesOn() {
    ProcessInstance contract = contracts.signedByBoth(people.practitioner(), Map.of());
    Job job = failOnce(contract);
    managementService.setJobRetries(job.getId(), 0);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(contract.getId()).count()).isEqualTo(1);

    reset(schedule);
    managementService.setJobRetries(job.getId(), 1);
    managementService.executeJob(job.getId());

    assertThat(runtimeService.createIncidentQuery().processInstanceId(contract.getId()).count()).isZero();
    assertThat(contractRepository.findBySuperviseeIdOrderByIdAsc(people.practitioner()))
        .extracting(c -> c.getStatus()).containsExactly(ContractStatus.IN_FORCE);
    assertThat(schedule.scheduleOf(people.practitioner())).as("the year's sessions, booked once").isNotEmpty()
        .extracting(session -> session.getScheduledAt()).doesNotHaveDuplicates();
  }

  private Job failOnce(ProcessInstance contract) {
    // The two signatures meet at a save point (a job per signature); then the step that fails.
    managementService.createJobQuery().processInstanceId(contract.getId()).activityId("Gateway_BothSigned").list()
        .forEach(join -> managementService.executeJob(join.getId()));
    Job job = managementService.createJobQuery().processInstanceId(contract.getId()).singleResult();
    Throwable failure = catchThrowable(() -> managementService.executeJob(job.getId()));
    assertThat(failure).as("the step failed").isNotNull();
    return managementService.createJobQuery().jobId(job.getId()).singleResult();
  }
}
