package org.socialcare.supervision.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.SystemAccess;
import org.socialcare.supervision.contract.ContractService;
import org.socialcare.supervision.contract.SupervisionContract;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.StaffMember;
import org.socialcare.supervision.security.TasklistFilters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Months without supervision (seed 001, 3.5: "Supervision should not be missed for more than one
 * consecutive month"). A calendar month with no session held and no group attended, for someone
 * contracted to at least monthly supervision for the whole month, escalates to the supervisor's
 * line manager; a second consecutive one goes a level higher, to the supervisor's grandparent
 * manager, and is flagged on the supervisee's file.
 */
@Service
@Transactional
public class MissedSupervision {

  public static final String PROCESS_KEY = "missed-supervision";

  private final ContractService contracts;
  private final SupervisionRecordRepository records;
  private final ObjectProvider<GroupSupervisionAttendance> groupAttendance;
  private final MissedSupervisionMonthRepository missedMonths;
  private final LineManagement lineManagement;
  private final NotificationService notifications;
  private final RuntimeService runtimeService;
  private final SystemAccess systemAccess;
  private final Clock clock;

  MissedSupervision(ContractService contracts, SupervisionRecordRepository records,
      ObjectProvider<GroupSupervisionAttendance> groupAttendance, MissedSupervisionMonthRepository missedMonths,
      LineManagement lineManagement, NotificationService notifications, RuntimeService runtimeService,
      SystemAccess systemAccess, Clock clock) {
    this.contracts = contracts;
    this.records = records;
    this.groupAttendance = groupAttendance;
    this.missedMonths = missedMonths;
    this.lineManagement = lineManagement;
    this.notifications = notifications;
    this.runtimeService = runtimeService;
    this.systemAccess = systemAccess;
    this.clock = clock;
  }

  /** Checks the calendar month before today; run by the timer of {@code missed-supervision-check}. */
  public List<MissedSupervisionMonth> checkLastMonth() {
    return checkMonth(YearMonth.now(clock).minusMonths(1));
  }

  /**
   * Records and escalates every missed month found; a month already recorded is not recorded again.
   * Everyone's month is read in a few queries before anything is written: a query per person would
   * have the persistence context checked for changes, all the months saved so far, at each query.
   */
  public List<MissedSupervisionMonth> checkMonth(YearMonth month) {
    LocalDate from = month.atDay(1);
    LocalDate to = month.atEndOfMonth();
    Set<String> supervised = new HashSet<>(records.superviseesHeldBetween(from, to));
    groupAttendance.stream().forEach(attendance -> supervised.addAll(attendance.attendanceBetween(from, to).keySet()));
    Map<String, MissedSupervisionMonth> recorded = new HashMap<>();
    missedMonths.findByMonthStartIn(List.of(from, from.minusMonths(1)))
        .forEach(missed -> recorded.put(key(missed.getSuperviseeId(), missed.getMonthStart()), missed));
    List<MissedSupervisionMonth> found = new ArrayList<>();
    for (SupervisionContract contract : contracts.contractsInForce()) {
      String superviseeId = contract.getSuperviseeId();
      boolean contractedAllMonth = !contract.getInForceFrom().isAfter(from);
      boolean atLeastMonthly = contract.getFrequency().isAtLeastAsFrequentAs(SupervisionFrequency.MONTHLY);
      boolean active = lineManagement.find(superviseeId).filter(StaffMember::isActive).isPresent();
      if (!contractedAllMonth || !atLeastMonthly || !active || supervised.contains(superviseeId)
          || recorded.containsKey(key(superviseeId, from))) {
        continue;
      }
      int consecutive = Optional.ofNullable(recorded.get(key(superviseeId, from.minusMonths(1))))
          .map(previous -> previous.getConsecutiveMonths() + 1).orElse(1);
      String escalatedTo = escalationManager(superviseeId, consecutive);
      MissedSupervisionMonth missed = missedMonths.save(new MissedSupervisionMonth(superviseeId, from,
          consecutive, escalatedTo, LocalDateTime.now(clock)));
      recorded.put(key(superviseeId, from), missed);
      tellBothParties(missed);
      startEscalation(missed);
      found.add(missed);
    }
    return found;
  }

  private static String key(String superviseeId, LocalDate monthStart) {
    return superviseeId + "/" + monthStart;
  }

  /** The manager's answer: what they did about it. */
  public MissedSupervisionMonth respond(Long missedMonthId, Object response) {
    FieldErrors errors = new FieldErrors();
    String text = errors.requireText("managerResponse", "What you have done about it", response);
    errors.throwIfAny();
    MissedSupervisionMonth missed = missedMonths.findById(missedMonthId)
        .orElseThrow(() -> new IllegalArgumentException("No missed month " + missedMonthId));
    missed.respond(text);
    return missed;
  }

  @Transactional(readOnly = true)
  public List<MissedSupervisionMonth> missedMonthsOf(String superviseeId) {
    return missedMonths.findBySuperviseeIdOrderByMonthStart(superviseeId);
  }

  /** First month: the supervisor's line manager. Second and later: the manager above them. */
  private String escalationManager(String superviseeId, int consecutive) {
    String supervisor = lineManagement.supervisorOf(superviseeId);
    String lineManager = Optional.ofNullable(lineManagement.lineManagerOf(supervisor)).orElse(supervisor);
    if (consecutive < 2) {
      return lineManager;
    }
    return Optional.ofNullable(lineManagement.lineManagerOf(lineManager)).orElse(lineManager);
  }

  private void tellBothParties(MissedSupervisionMonth missed) {
    String month = YearMonth.from(missed.getMonthStart()).toString();
    String body = "No supervision was held for " + lineManagement.nameOf(missed.getSuperviseeId()) + " in " + month
        + (missed.getConsecutiveMonths() >= 2 ? ", the " + missed.getConsecutiveMonths()
        + " consecutive month. This breaches the policy and is recorded on the supervision file." : ".")
        + " " + lineManagement.nameOf(missed.getEscalatedTo()) + " has been asked to make sure it takes place.";
    notifications.notify(missed.getSuperviseeId(), "Supervision missed in " + month, body);
    notifications.notify(lineManagement.supervisorOf(missed.getSuperviseeId()), "Supervision missed in " + month, body);
  }

  private void startEscalation(MissedSupervisionMonth missed) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("missedMonthId", missed.getId());
    variables.put("superviseeId", missed.getSuperviseeId());
    variables.put(TasklistFilters.ABOUT, lineManagement.nameOf(missed.getSuperviseeId()));
    variables.put("supervisorName", lineManagement.nameOf(lineManagement.supervisorOf(missed.getSuperviseeId())));
    variables.put("missedMonth", YearMonth.from(missed.getMonthStart()).toString());
    variables.put("consecutiveMonths", missed.getConsecutiveMonths());
    variables.put("escalatedTo", missed.getEscalatedTo());
    systemAccess.run(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, missed.getSuperviseeId(), variables));
  }
}
