package org.socialcare.supervision.session;

import java.time.LocalDate;
import java.util.List;

/** Supervision held outside one-to-one sessions (group supervision), counted towards a person's frequency. */
public interface GroupSupervisionAttendance {

  /** The days on which this person attended group supervision between from and to, inclusive. */
  List<LocalDate> attendedBetween(String userId, LocalDate from, LocalDate to);
}
