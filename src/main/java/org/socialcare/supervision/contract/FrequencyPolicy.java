package org.socialcare.supervision.contract;

import java.time.LocalDate;
import org.socialcare.supervision.organisation.StaffMember;

/** The supervision frequency policy; implemented by the analysts' decision table. */
public interface FrequencyPolicy {

  PolicyFrequency minimumFor(StaffMember supervisee, LocalDate day);

  /** The policy as it stands now, for many questions in a row; answers may be remembered. */
  default FrequencyPolicy snapshot() {
    return this;
  }
}
