package org.socialcare.supervision.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Audit tool section 3, for case holders: one child's case checked for reflective supervision. */
@Entity
@Table(name = "audit_case_check")
public class AuditCaseCheck {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long auditId;
  private String caseReference;
  private String discussionDates;
  private String managerDecisions;
  private String evidenceOfReflection;
  private String otherIssues;

  protected AuditCaseCheck() {
  }

  AuditCaseCheck(Long auditId, String caseReference, String discussionDates, String managerDecisions,
      String evidenceOfReflection, String otherIssues) {
    this.auditId = auditId;
    this.caseReference = caseReference;
    this.discussionDates = discussionDates;
    this.managerDecisions = managerDecisions;
    this.evidenceOfReflection = evidenceOfReflection;
    this.otherIssues = otherIssues;
  }

  public Long getId() {
    return id;
  }

  public Long getAuditId() {
    return auditId;
  }

  public String getCaseReference() {
    return caseReference;
  }

  public String getDiscussionDates() {
    return discussionDates;
  }

  public String getManagerDecisions() {
    return managerDecisions;
  }

  public String getEvidenceOfReflection() {
    return evidenceOfReflection;
  }

  public String getOtherIssues() {
    return otherIssues;
  }
}
