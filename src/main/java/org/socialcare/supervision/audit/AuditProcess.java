package org.socialcare.supervision.audit;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.stereotype.Component;

/**
 * The {@code supervision-audit} process: one audit of a supervision file, or one observation of
 * supervision practice, by the supervisor's manager. Business key: the supervisee, so the same
 * people can read it as can read the file.
 */
@Component
public class AuditProcess {

  public static final String KEY = "supervision-audit";

  public static final class Var {
    public static final String AUDIT_ID = "auditId";
    public static final String AUDIT_KIND = "auditKind";
    public static final String AUDITOR_ID = "auditorId";
    public static final String SUPERVISEE_ID = "superviseeId";
    public static final String SUPERVISOR_ID = "supervisorId";

    private Var() {
    }
  }

  private final RuntimeService runtimeService;
  private final SystemAccess systemAccess;
  private final LineManagement lineManagement;

  AuditProcess(RuntimeService runtimeService, SystemAccess systemAccess, LineManagement lineManagement) {
    this.runtimeService = runtimeService;
    this.systemAccess = systemAccess;
    this.lineManagement = lineManagement;
  }

  String start(GrandparentAudit audit) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.AUDIT_ID, audit.getId());
    variables.put(Var.AUDIT_KIND, audit.getKind().name());
    variables.put(Var.AUDITOR_ID, audit.getAuditorId());
    variables.put(Var.SUPERVISEE_ID, audit.getSuperviseeId());
    variables.put(Var.SUPERVISOR_ID, audit.getSupervisorId());
    variables.put(TasklistFilters.ABOUT, lineManagement.nameOf(audit.getSuperviseeId()));
    variables.put("supervisorName", lineManagement.nameOf(audit.getSupervisorId()));
    variables.put("auditorName", lineManagement.nameOf(audit.getAuditorId()));
    variables.put("choiceReason", audit.getChoiceReason());
    // The schedule starts audits on the auditors' behalf; they may not start this process themselves.
    return systemAccess.run(() -> runtimeService
        .startProcessInstanceByKey(KEY, audit.getSuperviseeId(), variables).getId());
  }
}
