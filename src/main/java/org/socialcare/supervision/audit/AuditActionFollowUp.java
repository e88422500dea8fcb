package org.socialcare.supervision.audit;

import org.socialcare.supervision.action.ActionFollowUp;
import org.socialcare.supervision.action.ActionSource;
import org.socialcare.supervision.action.AgreedAction;
import org.springframework.stereotype.Component;

/** An audit's actions are followed up by its auditor: an overdue one is reported to them. */
@Component
class AuditActionFollowUp implements ActionFollowUp {

  private final GrandparentAuditRepository audits;

  AuditActionFollowUp(GrandparentAuditRepository audits) {
    this.audits = audits;
  }

  @Override
  public ActionSource source() {
    return ActionSource.AUDIT;
  }

  @Override
  public String followedUpBy(AgreedAction action) {
    return audits.findById(action.getSourceId()).map(GrandparentAudit::getAuditorId).orElse(null);
  }
}
