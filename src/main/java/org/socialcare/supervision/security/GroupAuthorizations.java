package org.socialcare.supervision.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.socialcare.supervision.contract.ContractProcess;
import org.socialcare.supervision.escalation.ConcernProcess;
import org.socialcare.supervision.escalation.DisagreementProcess;
import org.socialcare.supervision.group.GroupSupervisionProcess;
import org.socialcare.supervision.leaver.LeaverArchivingProcess;
import org.socialcare.supervision.session.SessionProcess;
import org.socialcare.supervision.session.SupervisionCover;
import org.springframework.stereotype.Component;

/**
 * What each group may do regardless of whose case it is. Nothing here reveals a person's
 * records: those are granted per instance and task by {@link ProcessAccessGrants}.
 */
@Component
public class GroupAuthorizations {

  private final AuthorizationService authorizations;

  public GroupAuthorizations(AuthorizationService authorizations) {
    this.authorizations = authorizations;
  }

  public void grantAll() {
    // Every member of staff works in Tasklist, sees which processes exist and may start them.
    grant(Groups.STAFF, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(Groups.STAFF, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    grant(Groups.STAFF, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    grant(Groups.STAFF, Resources.PROCESS_DEFINITION, ContractProcess.REVIEW_REQUEST_KEY,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Groups.STAFF, Resources.PROCESS_DEFINITION, SessionProcess.CANCELLATION_KEY,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    // Either party refers a disagreement; a supervisee raises a concern about their supervision (Appendix 1).
    grant(Groups.STAFF, Resources.PROCESS_DEFINITION, DisagreementProcess.KEY,
        ProcessDefinitionPermissions.CREATE_INSTANCE);
    grant(Groups.STAFF, Resources.PROCESS_DEFINITION, ConcernProcess.KEY,
        ProcessDefinitionPermissions.CREATE_INSTANCE);

    // Managers monitor in Cockpit and start a contract for a new supervisory relationship.
    for (String managers : Groups.MANAGERS) {
      grant(managers, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
      grant(managers, Resources.PROCESS_DEFINITION, ContractProcess.KEY, ProcessDefinitionPermissions.CREATE_INSTANCE);
      grant(managers, Resources.PROCESS_DEFINITION, SupervisionCover.PROCESS_KEY,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
      // Supervisors are managers: they correct the records they wrote.
      grant(managers, Resources.PROCESS_DEFINITION, SessionProcess.CORRECTION_KEY,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    }

    // HR, or a line manager, records a leaving date (seed 001: the leaver's file goes to HR).
    grant(Groups.HR, Resources.PROCESS_DEFINITION, LeaverArchivingProcess.KEY, ProcessDefinitionPermissions.CREATE_INSTANCE);
    for (String managers : Groups.MANAGERS) {
      grant(managers, Resources.PROCESS_DEFINITION, LeaverArchivingProcess.KEY,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    }

    // Facilitators plan reflective group supervision (seed 001, "Role of Facilitator").
    grant(Groups.FACILITATORS, Resources.PROCESS_DEFINITION, GroupSupervisionProcess.KEY,
        ProcessDefinitionPermissions.CREATE_INSTANCE);

    // Analysts deploy changed diagrams, decision tables and forms (Camunda Modeler) and inspect them in Cockpit.
    grant(Groups.ANALYSTS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.CREATE, Permissions.READ);
    grant(Groups.ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(Groups.ANALYSTS, Resources.DECISION_REQUIREMENTS_DEFINITION, "*", Permissions.READ);
  }

  public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizations.createAuthorizationQuery()
        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    boolean changed = authorization == null;
    if (authorization == null) {
      authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizations.saveAuthorization(authorization);
    }
  }
}
