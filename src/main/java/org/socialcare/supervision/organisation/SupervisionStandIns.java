package org.socialcare.supervision.organisation;

import java.util.Set;

/**
 * Who stands in for a supervisor for a while - a manager covering an absent supervisor (seed 001,
 * 3.5: "arrangements are made for the effective supervision of the staff for whom they are
 * responsible"). The feature that arranges cover provides one as a Spring bean; while it lasts the
 * stand-in reads about the supervisees as the supervisor does ({@link LineManagement#entitledReadersAbout}).
 */
public interface SupervisionStandIns {

  /** Who stands in for this supervisor now; empty when nobody does. */
  Set<String> standingInFor(String supervisorId);
}
