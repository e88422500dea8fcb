package org.socialcare.supervision.action;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.stereotype.Component;

/**
 * The {@code agreed-action} process: one follow-up task per agreed action, for its owner.
 * Business key: the supervisee whose supervision agreed it, so the same people can read it.
 */
@Component
public class ActionProcess {

  public static final String KEY = "agreed-action";

  public static final class Var {
    public static final String ACTION_ID = "actionId";
    public static final String OWNER_ID = "ownerId";
    public static final String SUPERVISEE_ID = "superviseeId";
    public static final String SUPERVISEE_NAME = TasklistFilters.ABOUT;
    public static final String DESCRIPTION = "actionDescription";
    public static final String DUE_ON = "actionDueOn";
    /** The end of the due day, when the follow-up task becomes overdue and is reminded. */
    public static final String DUE_AT = "actionDueAt";

    private Var() {
    }
  }

  private final RuntimeService runtimeService;
  private final SystemAccess systemAccess;
  private final LineManagement lineManagement;

  ActionProcess(RuntimeService runtimeService, SystemAccess systemAccess, LineManagement lineManagement) {
    this.runtimeService = runtimeService;
    this.systemAccess = systemAccess;
    this.lineManagement = lineManagement;
  }

  String start(AgreedAction action) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Var.ACTION_ID, action.getId());
    variables.put(Var.OWNER_ID, action.getOwnerId());
    variables.put(Var.SUPERVISEE_ID, action.getSuperviseeId());
    variables.put(Var.SUPERVISEE_NAME, lineManagement.nameOf(action.getSuperviseeId()));
    variables.put(Var.DESCRIPTION, action.getDescription());
    variables.put(Var.DUE_ON, action.getDueOn().toString());
    variables.put(Var.DUE_AT, Date.from(action.getDueOn().plusDays(1).atStartOfDay(ZoneId.systemDefault()).toInstant()));
    // The people agreeing actions may not start processes themselves; the application does it for them.
    return systemAccess.run(() -> runtimeService
        .startProcessInstanceByKey(KEY, action.getSuperviseeId(), variables).getId());
  }
}
