package org.socialcare.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.leaver.LeaverArchivingProcess;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 6: a leaver with a pending audit. The audit of their file ends on the leaving date with the
 * reason, like all their work, and what the auditor had been given is archived for HR.
 */
class AuditOfALeaverTest extends ProcessTestCase {

  @Autowired
  AuditFixture audits;

  @AfterEach
  void endTheLeavings() {
    engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(LeaverArchivingProcess.KEY).list()
        .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test over"));
  }

  @Test
  void aPendingAuditOfALeaversFileEndsWithTheReasonAndIsArchived() {
    People people = organisation.create(today());
    GrandparentAudit audit = audits.start(AuditKind.FILE_AUDIT, people.practitioner());
    ProcessInstance auditing = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(audit.getProcessInstanceId()).singleResult();
    assertThat(auditing).isActive();

    ProcessInstance leaver = asUser(people.hr(), () -> engine.getRuntimeService().startProcessInstanceByKey(
        LeaverArchivingProcess.KEY, Map.of("leaverId", people.practitioner(), "leavingDate", "2026-03-31")));
    moveClockBy(Duration.ofDays(29));
    execute(job("TimerEvent_LeavingDate", leaver));

    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(audit.getProcessInstanceId()).singleResult().getDeleteReason())
        .isEqualTo("Left the organisation on 2026-03-31");
    assertThat(leaver).isWaitingAt("UserTask_CheckArchive");
    assertThat((String) engine.getRuntimeService().getVariable(leaver.getId(), "archiveCounts")).contains("audit: 1");
  }
}
