package org.socialcare.supervision.organisation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing through the line-management tree. Diagrams call it by name ({@code ${lineManagement.supervisorOf(superviseeId)}})
 * so that no diagram names a person.
 */
@Service("lineManagement")
@Transactional(readOnly = true)
public class LineManagement {

  private final StaffRepository staff;
  private final ObjectProvider<SupervisionStandIns> standIns;

  public LineManagement(StaffRepository staff, ObjectProvider<SupervisionStandIns> standIns) {
    this.staff = staff;
    this.standIns = standIns;
  }

  public StaffMember member(String userId) {
    return find(userId).orElseThrow(() -> new UnknownStaffMemberException(userId));
  }

  public Optional<StaffMember> find(String userId) {
    return userId == null ? Optional.empty() : staff.findById(userId);
  }

  public String supervisorOf(String userId) {
    return member(userId).getSupervisorId();
  }

  public String lineManagerOf(String userId) {
    return member(userId).getLineManagerId();
  }

  /** The manager of the person's supervisor: the "grandparent" who audits (seed 001, section 9). */
  public String grandparentOf(String userId) {
    String supervisor = supervisorOf(userId);
    return supervisor == null ? null : lineManagerOf(supervisor);
  }

  /** Line managers above the person, nearest first, up to the director. */
  public List<String> managersAbove(String userId) {
    List<String> chain = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    String next = lineManagerOf(userId);
    while (next != null && seen.add(next)) {
      chain.add(next);
      next = find(next).map(StaffMember::getLineManagerId).orElse(null);
    }
    return chain;
  }

  /**
   * Everyone entitled to read what is recorded about a person: the person, their supervisor and
   * the managers up the line from both (seed 001, "Confidentiality"), and whoever stands in for an
   * absent supervisor while they do (not their managers: they have no part in the cover). Nobody,
   * once the person has left: their file is archived by HR (seed 001, "Upon leaving ... archived by HR").
   */
  public Set<String> entitledReadersAbout(String userId) {
    if (!member(userId).isActive()) {
      return Set.of();
    }
    Set<String> readers = new LinkedHashSet<>();
    readers.add(userId);
    readers.addAll(managersAbove(userId));
    String supervisor = supervisorOf(userId);
    if (supervisor != null) {
      readers.add(supervisor);
      readers.addAll(managersAbove(supervisor));
      readers.addAll(standInsFor(supervisor));
    }
    return readers;
  }

  /** Who stands in for the supervisor now (a manager covering their absence); empty when nobody does. */
  public Set<String> standInsFor(String supervisorId) {
    Set<String> standingIn = new LinkedHashSet<>();
    standIns.orderedStream().forEach(standIn -> standingIn.addAll(standIn.standingInFor(supervisorId)));
    return standingIn;
  }

  public List<String> teamMembers(String teamCode) {
    return staff.findByTeamCodeAndEmploymentStatusOrderByLastName(teamCode, EmploymentStatus.ACTIVE).stream()
        .map(StaffMember::getUserId)
        .toList();
  }

  /** The people this person supervises, still at work. */
  public List<String> superviseesOf(String supervisorId) {
    return staff.findSupervisedBy(supervisorId, EmploymentStatus.ACTIVE).stream()
        .map(StaffMember::getUserId)
        .toList();
  }

  public String nameOf(String userId) {
    return find(userId).map(StaffMember::fullName).orElse(userId);
  }
}
