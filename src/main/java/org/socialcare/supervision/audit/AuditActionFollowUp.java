package org.socialcare.supervision.audit;

import org.socialcare.supervision.action.ActionFollowUp;
import org.socialcare.supervision.action.ActionSource;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;

/** An audit's actions are followed up by its auditor: an overdue one is reported to them. */
@Component
class AuditActionFollowUp implements ActionFollowUp {

  private final GrandparentAuditRepository audits;
  private final LineManagement lineManagement;

  AuditActionFollowUp(GrandparentAuditRepository audits, LineManagement lineManagement) {
    this.audits = audits;
    this.lineManagement = lineManagement;
  }

  @Override
  public ActionSource source() {
    return ActionSource.AUDIT;
  }

  @Override
  public String followedUpBy(AgreedAction action) {
    return audits.findById(action.getSourceId()).map(GrandparentAudit::getAuditorId).orElse(null);
  }

  @Override
  public String howFollowedUp(AgreedAction action) {
    return "It was agreed in the audit of the supervision file; " + lineManagement.nameOf(followedUpBy(action))
        + ", who audited it, follows it up.";
  }
}
