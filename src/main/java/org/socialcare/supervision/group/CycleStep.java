package org.socialcare.supervision.group;

/** The steps of the cycle in which each other member contributes once. */
public enum CycleStep {
  /** Each member asks the presenter one question to understand the situation more clearly. */
  CLARIFYING("question", "No question asked"),
  /** Each member tells the presenter what impresses them about how they are dealing with it. */
  AFFIRMING("affirmation", "Nothing recorded");

  private final String label;
  private final String noneGiven;

  CycleStep(String label, String noneGiven) {
    this.label = label;
    this.noneGiven = noneGiven;
  }

  public String label() {
    return label;
  }

  /** How a member who gave nothing before the facilitator moved on is shown on the record. */
  public String noneGiven() {
    return noneGiven;
  }
}
