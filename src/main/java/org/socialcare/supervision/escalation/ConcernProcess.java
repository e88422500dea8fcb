package org.socialcare.supervision.escalation;

import java.util.HashSet;
import java.util.Set;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.StaffMember;
import org.socialcare.supervision.security.ExcludedProcessReaders;
import org.springframework.stereotype.Component;

/**
 * The {@code supervision-concern} process: started by a supervisee from Tasklist, business key the
 * supervisee. Everyone who may read a process about the supervisee may read it - except their
 * supervisor (and a manager covering the supervisor's absence), and every supervisor a concern of
 * theirs was about: after a change of supervisor the previous one may still read the supervisee's
 * file as their line manager, but never the concern.
 */
@Component
public class ConcernProcess implements ExcludedProcessReaders {

  public static final String KEY = "supervision-concern";

  public static final class Var {
    public static final String RAISED_BY = "raisedBy";
    public static final String CONCERN_ID = "concernId";
    public static final String LINE_MANAGER_ID = "lineManagerId";
    public static final String SUMMARY = "concernSummary";

    private Var() {
    }
  }

  private final LineManagement lineManagement;
  private final SupervisionConcernRepository concerns;

  ConcernProcess(LineManagement lineManagement, SupervisionConcernRepository concerns) {
    this.lineManagement = lineManagement;
    this.concerns = concerns;
  }

  @Override
  public Set<String> excludedReadersOf(String processDefinitionKey, String businessKey) {
    if (!KEY.equals(processDefinitionKey)) {
      return Set.of();
    }
    Set<String> excluded = new HashSet<>();
    lineManagement.find(businessKey).map(StaffMember::getSupervisorId).ifPresent(supervisor -> {
      excluded.add(supervisor);
      // A manager covering the supervisor's absence supervises in their place; the concern is not theirs either.
      excluded.addAll(lineManagement.standInsFor(supervisor));
    });
    concerns.findBySuperviseeIdOrderById(businessKey).forEach(concern -> excluded.add(concern.getSupervisorId()));
    return excluded;
  }
}
