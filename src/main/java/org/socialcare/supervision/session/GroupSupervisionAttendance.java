package org.socialcare.supervision.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Supervision held outside one-to-one sessions (group supervision), counted towards a person's frequency. */
public interface GroupSupervisionAttendance {

  /** The days on which this person attended group supervision between from and to, inclusive. */
  List<LocalDate> attendedBetween(String userId, LocalDate from, LocalDate to);

  /** Everyone's attendance between from and to, inclusive, in one go: days by user id. */
  Map<String, List<LocalDate>> attendanceBetween(LocalDate from, LocalDate to);
}
