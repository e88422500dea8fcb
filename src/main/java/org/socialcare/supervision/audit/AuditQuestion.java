package org.socialcare.supervision.audit;

/**
 * The yes/no questions of the Social Work Supervision Audit Tool (v2, December 2015). Section 1
 * asks about documents the application holds, so it suggests an answer from the evidence; section
 * 2 is the auditor's reading of the quality of the sessions.
 */
public enum AuditQuestion {
  CONTRACT_IN_PLACE("contractInPlace", 1,
      "1.1 Is there a supervision contract in place, signed by both, stating the frequency and type agreed?"),
  RECORDS_SIGNED("recordsSigned", 1, "1.2 Are supervision records signed by both parties?"),
  HCPC_REGISTRATION("hcpcRegistration", 1, "1.3 Is there evidence of HCPC registration?"),
  CAR_INSURANCE("carInsurance", 1, "1.4 Business use car insurance - evidence seen"),
  PERSONAL_INFORMATION_SHEET("personalInformationSheet", 1, "1.5 Buddy / personal information sheet"),
  CPD_LOG("cpdLog", 1, "1.6 Is there a CPD learning and development log?"),
  APPRAISAL("appraisal", 1, "1.7 Has the supervisee got an up to date appraisal?"),
  REGULAR_SUPERVISION("regularSupervision", 1,
      "1.8 Have supervisions been conducted regularly, as the contract and policy say?"),
  REFLECTIVE_PRACTICE("reflectivePractice", 2, "2.1 Reflective practice"),
  WORKLOAD_MANAGEMENT("workloadManagement", 2, "2.2 Workload management"),
  DEVELOPMENT_NEEDS("developmentNeeds", 2, "2.3 Development and training needs explored"),
  WELLBEING_SUPPORT("wellbeingSupport", 2, "2.4 Wellbeing and support needs explored"),
  FOUR_FUNCTIONS_BALANCED("fourFunctionsBalanced", 2,
      "2.5 Four functions balanced (managerial, development, support, mediation)");

  private final String key;
  private final int section;
  private final String label;

  AuditQuestion(String key, int section, String label) {
    this.key = key;
    this.section = section;
    this.label = label;
  }

  /** The form field holding the answer ("yes" or "no"). */
  public String key() {
    return key;
  }

  /** Where the application's suggested answer is shown (section 1 only). */
  public String suggestedKey() {
    return key + "Suggested";
  }

  /** What the application found, shown beside the question. */
  public String evidenceKey() {
    return key + "Evidence";
  }

  /** Why the auditor's answer differs from the evidence. */
  public String reasonKey() {
    return key + "Why";
  }

  public int section() {
    return section;
  }

  public boolean fromEvidence() {
    return section == 1;
  }

  public String label() {
    return label;
  }
}
