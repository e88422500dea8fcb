package org.socialcare.supervision.contract;

public enum SupervisionFormat {
  INDIVIDUAL,
  GROUP,
  /** Group and individual on an alternate basis (seed 001, frequency table note **). */
  MIXED
}
