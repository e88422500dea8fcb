package org.socialcare.supervision.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;

/**
 * Starts an audit of a chosen person's file (or an observation of their supervision) as the
 * schedule would, without the fair choice, for tests about the audit itself.
 */
@Component
class AuditFixture {

  private final GrandparentAuditRepository audits;
  private final AuditProcess auditProcess;
  private final LineManagement lineManagement;
  private final ProcessEngine engine;
  private final Clock clock;

  AuditFixture(GrandparentAuditRepository audits, AuditProcess auditProcess, LineManagement lineManagement,
      ProcessEngine engine, Clock clock) {
    this.audits = audits;
    this.auditProcess = auditProcess;
    this.lineManagement = lineManagement;
    this.engine = engine;
    this.clock = clock;
  }

  /** Starts the audit and runs its asynchronous start, as the job executor would: its task is open. */
  GrandparentAudit start(AuditKind kind, String superviseeId) {
    GrandparentAudit audit = audits.save(new GrandparentAudit(kind, superviseeId,
        lineManagement.supervisorOf(superviseeId), lineManagement.grandparentOf(superviseeId),
        LocalDate.now(clock).withDayOfMonth(1), "test", "chosen by the test", LocalDateTime.now(clock)));
    audit.startedAs(auditProcess.start(audit));
    ProcessTestCase.executeDueJobs(engine, audit.getProcessInstanceId());
    return audits.save(audit);
  }

  /** An audit recorded as chosen on that day, as if an earlier round had chosen it. */
  GrandparentAudit chosenEarlier(AuditKind kind, String superviseeId, LocalDate day) {
    return audits.save(new GrandparentAudit(kind, superviseeId, lineManagement.supervisorOf(superviseeId),
        lineManagement.grandparentOf(superviseeId), day.withDayOfMonth(1), "test", "earlier round",
        day.atTime(6, 0)));
  }

  Task taskOf(GrandparentAudit audit) {
    return engine.getTaskService().createTaskQuery().processInstanceId(audit.getProcessInstanceId()).singleResult();
  }
}
