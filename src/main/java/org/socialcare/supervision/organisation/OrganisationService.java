package org.socialcare.supervision.organisation;

import java.util.Objects;
import org.socialcare.supervision.common.FieldErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes to the organisation that other features act on. */
@Service
@Transactional
public class OrganisationService {

  private final StaffRepository staff;
  private final LineManagement lineManagement;
  private final ApplicationEventPublisher events;

  public OrganisationService(StaffRepository staff, LineManagement lineManagement, ApplicationEventPublisher events) {
    this.staff = staff;
    this.lineManagement = lineManagement;
    this.events = events;
  }

  /**
   * Gives a supervisee a (new) supervisor. Listeners act in the same transaction - the contract
   * process starts - so the relationship and its contract exist together or not at all.
   */
  public void assignSupervisor(String superviseeId, String supervisorId) {
    FieldErrors errors = new FieldErrors();
    StaffMember supervisee = active(superviseeId, "superviseeId", errors);
    StaffMember supervisor = active(supervisorId, "supervisorId", errors);
    if (supervisee != null && supervisor != null) {
      if (superviseeId.equals(supervisorId)) {
        errors.reject("supervisorId", "Nobody can supervise themselves");
      } else if (lineManagement.managersAbove(supervisorId).contains(superviseeId)) {
        errors.reject("supervisorId", supervisor.fullName() + " is managed by " + supervisee.fullName()
            + " and cannot supervise them");
      } else if (Objects.equals(supervisee.getSupervisorId(), supervisorId)) {
        errors.reject("supervisorId", supervisor.fullName() + " already supervises " + supervisee.fullName());
      }
    }
    errors.throwIfAny();
    String previous = supervisee.getSupervisorId();
    supervisee.setSupervisorId(supervisorId);
    staff.save(supervisee);
    events.publishEvent(new SupervisorAssigned(superviseeId, previous, supervisorId));
  }

  /** The person has left: no longer current staff, nobody's supervisee or reader any more. */
  public void recordLeft(String userId) {
    StaffMember member = lineManagement.member(userId);
    member.leave();
    staff.save(member);
  }

  private StaffMember active(String userId, String field, FieldErrors errors) {
    StaffMember member = lineManagement.find(userId).filter(StaffMember::isActive).orElse(null);
    if (member == null) {
      errors.reject(field, "'" + userId + "' is not a current member of staff");
    }
    return member;
  }
}
