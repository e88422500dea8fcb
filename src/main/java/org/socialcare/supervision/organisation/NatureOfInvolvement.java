package org.socialcare.supervision.organisation;

/**
 * Nature of involvement with a child (seed 002). How often each must be discussed in supervision
 * is the DMN decision {@code case-discussion-frequency}.
 */
public enum NatureOfInvolvement {
  LEVEL_2("Level 2"),
  ASSESSMENT("Assessment"),
  CHILD_IN_NEED("Child in Need"),
  CHILD_PROTECTION_PLAN("Child Protection Plan"),
  LOOKED_AFTER_CHILD_HIGH_RISK("Looked After Child - high risk"),
  LOOKED_AFTER_CHILD_SETTLED("Looked After Child - settled / low risk"),
  CARE_LEAVER_18_TO_21("Care Leaver 18 - 21 years"),
  CARE_LEAVER_21_PLUS("Care Leaver 21 years +");

  private final String label;

  NatureOfInvolvement(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
