package org.socialcare.supervision.session;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.contract.ContractService;
import org.socialcare.supervision.contract.FrequencyPolicy;
import org.socialcare.supervision.contract.PolicyFrequency;
import org.socialcare.supervision.contract.SupervisionContract;
import org.socialcare.supervision.contract.SupervisionFormat;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.notification.Attachment;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.StaffMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreed schedule (seed 001, 3.5): once a contract is in force, the next twelve months of
 * sessions are booked at the frequency the decision table {@code supervision-frequency} gives for
 * each date - so an ASYE moves from weekly to fortnightly to monthly as the table says - or at the
 * contract's own frequency where the contract raised it. Non-case-holding staff whose contract is
 * "mixed" alternate individual and group sessions.
 */
@Service
@Transactional
public class SessionSchedule {

  /** How far ahead a rebooked session may be: "as soon as possible". */
  static final int REBOOK_WITHIN_DAYS = 28;

  private final BookedSessionRepository sessions;
  private final SessionCancellationRepository cancellations;
  private final ContractService contracts;
  private final FrequencyPolicy frequencyPolicy;
  private final LineManagement lineManagement;
  private final SessionProcess sessionProcess;
  private final ScheduleCalendar calendar;
  private final NotificationService notifications;
  private final Clock clock;
  private final LocalTime sessionTime;

  SessionSchedule(BookedSessionRepository sessions, SessionCancellationRepository cancellations,
      ContractService contracts, FrequencyPolicy frequencyPolicy, LineManagement lineManagement,
      SessionProcess sessionProcess, ScheduleCalendar calendar, NotificationService notifications, Clock clock,
      @Value("${supervision.sessions.time-of-day:10:00}") LocalTime sessionTime) {
    this.sessions = sessions;
    this.cancellations = cancellations;
    this.contracts = contracts;
    this.frequencyPolicy = frequencyPolicy;
    this.lineManagement = lineManagement;
    this.sessionProcess = sessionProcess;
    this.calendar = calendar;
    this.notifications = notifications;
    this.clock = clock;
    this.sessionTime = sessionTime;
  }

  /** A session the schedule plans: its day, the frequency that led to it and the policy line. */
  public record PlannedSession(LocalDate day, SupervisionFrequency frequency, SessionKind kind, String rule) {
  }

  /**
   * The contract is in force: sessions still to come from an earlier schedule are replaced, and
   * the year's sessions are booked into both diaries (the iCalendar file is mailed to both).
   */
  public List<BookedSession> bookYear(Long contractId) {
    SupervisionContract contract = contracts.contract(contractId);
    String superviseeId = contract.getSuperviseeId();
    for (BookedSession earlier : upcoming(superviseeId)) {
      earlier.replace();
      if (earlier.getProcessInstanceId() != null) {
        sessionProcess.replace(earlier);
      }
    }
    List<BookedSession> booked = new ArrayList<>();
    for (PlannedSession planned : plan(contract)) {
      BookedSession session = sessions.save(new BookedSession(superviseeId, contract.getSupervisorId(),
          contract.getId(), planned.day().atTime(sessionTime), contract.getDurationMinutes(), planned.kind(),
          planned.frequency(), planned.rule(), now(), null));
      if (session.getKind() == SessionKind.INDIVIDUAL) {
        session.runsAs(sessionProcess.start(session));
      }
      booked.add(session);
    }
    sendSchedule(superviseeId, contract.getSupervisorId(), booked.size());
    return booked;
  }

  /**
   * The sessions of the twelve months from the day the contract came into force. Each step uses
   * the frequency for the day it steps from; a session falling at a weekend moves to the Monday.
   */
  public List<PlannedSession> plan(SupervisionContract contract) {
    StaffMember supervisee = lineManagement.member(contract.getSuperviseeId());
    LocalDate start = contract.getInForceFrom();
    LocalDate end = start.plusMonths(12);
    boolean alternate = contract.getFormat() == SupervisionFormat.MIXED;
    List<PlannedSession> planned = new ArrayList<>();
    FrequencyPolicy table = frequencyPolicy.snapshot();
    LocalDate nominal = start;
    while (true) {
      PolicyFrequency policy = table.minimumFor(supervisee, nominal);
      SupervisionFrequency frequency = effectiveFrequency(contract, policy);
      nominal = frequency.nextAfter(nominal);
      if (nominal.isAfter(end)) {
        return planned;
      }
      SessionKind kind = alternate && planned.size() % 2 == 1 ? SessionKind.GROUP : SessionKind.INDIVIDUAL;
      planned.add(new PlannedSession(weekdayOnOrAfter(nominal), frequency, kind, policy.rule()));
    }
  }

  /**
   * The supervisee leaves the organisation: every session of theirs not yet held and recorded is
   * withdrawn (their session processes end with the leaving), and each supervisor it was booked
   * with is sent the schedule with those sessions cancelled, so they go from the diary.
   *
   * @return how many sessions were withdrawn
   */
  public int withdrawOnLeaving(String superviseeId, LocalDate leavingDate) {
    List<BookedSession> withdrawn = sessions.findBySuperviseeIdOrderByScheduledAt(superviseeId).stream()
        .filter(session -> session.getStatus() == SessionStatus.BOOKED)
        .toList();
    withdrawn.forEach(BookedSession::withdraw);
    String leaver = lineManagement.nameOf(superviseeId);
    Attachment schedule = calendar.attachmentFor(superviseeId);
    // A supervisor changed during the year has only their own sessions to take out of the diary.
    withdrawn.stream().collect(Collectors.groupingBy(BookedSession::getSupervisorId, Collectors.counting()))
        .forEach((supervisor, count) -> notifications.notify(supervisor, "Supervision of " + leaver + " withdrawn",
            leaver + " left the organisation on " + leavingDate + ". Their " + count
                + " supervision sessions still booked with you are withdrawn; the attached calendar file takes them "
                + "out of your diary.", schedule));
    return withdrawn.size();
  }

  /**
   * Either party cancels a session before it takes place, with a reason. The other party is told;
   * the supervisor is asked to set a new date.
   */
  public SessionCancellation cancel(Long sessionId, String cancelledBy, Object reasonValue) {
    FieldErrors errors = new FieldErrors();
    String reason = errors.requireText("reason", "Reason for cancelling", reasonValue);
    errors.throwIfAny();
    BookedSession session = session(sessionId);
    if (session.getStatus() != SessionStatus.BOOKED) {
      throw new SubmissionRejectedException("sessionDate", "This session is " + session.getStatus().name()
          .toLowerCase() + " and cannot be cancelled");
    }
    session.cancel();
    SessionCancellation cancellation = cancellations.save(new SessionCancellation(sessionId, cancelledBy, reason,
        now()));
    String other = cancelledBy.equals(session.getSuperviseeId()) ? session.getSupervisorId()
        : session.getSuperviseeId();
    notifications.notify(other, "Supervision on " + SessionTimes.display(session.getScheduledAt()) + " cancelled",
        lineManagement.nameOf(cancelledBy) + " cancelled the supervision session of "
            + lineManagement.nameOf(session.getSuperviseeId()) + " on " + SessionTimes.display(session.getScheduledAt())
            + ".\n\nReason: " + reason + "\n\nThe supervisor will set a new date as soon as possible.");
    return cancellation;
  }

  /** The supervisor sets the new date of a cancelled session: soon, and not in the past. */
  public BookedSession rebook(Long cancelledSessionId, Object newDateValue, Object newTimeValue) {
    BookedSession cancelled = session(cancelledSessionId);
    FieldErrors errors = new FieldErrors();
    LocalDate day = FormValues.date(errors, "newSessionDate", "New date", newDateValue);
    LocalTime time = FormValues.time(errors, "newSessionTime", "Time", newTimeValue);
    if (day != null && time != null) {
      LocalDateTime when = day.atTime(time);
      if (when.isBefore(now())) {
        errors.reject("newSessionDate", "The new date may not be in the past");
      } else if (day.isAfter(today().plusDays(REBOOK_WITHIN_DAYS))) {
        errors.reject("newSessionDate", "Set the new date as soon as possible: within " + REBOOK_WITHIN_DAYS
            + " days (by " + today().plusDays(REBOOK_WITHIN_DAYS) + ")");
      } else if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        errors.reject("newSessionDate", "The new date must be a weekday");
      } else {
        // One supervision a day: a second could not be recorded for its day, nor cancelled by its date.
        sessionOnTheDay(cancelled.getSuperviseeId(), day).ifPresent(other -> errors.reject("newSessionDate",
            lineManagement.nameOf(other.getSuperviseeId()) + " already has a supervision on "
                + SessionTimes.display(other.getScheduledAt()) + ": choose another day"));
      }
    }
    errors.throwIfAny();
    if (cancelled.getStatus() != SessionStatus.CANCELLED) {
      throw new IllegalStateException("Session " + cancelledSessionId + " is not cancelled");
    }
    BookedSession rebooked = sessions.save(new BookedSession(cancelled.getSuperviseeId(), cancelled.getSupervisorId(),
        cancelled.getContractId(), day.atTime(time), cancelled.getDurationMinutes(), cancelled.getKind(),
        cancelled.getFrequency(), cancelled.getPolicyRule(), now(), cancelled.getId()));
    rebooked.runsAs(cancelled.getProcessInstanceId());
    cancellations.findFirstBySessionIdOrderByIdDesc(cancelledSessionId)
        .ifPresent(cancellation -> cancellation.rebookedAs(rebooked.getId()));
    String when = SessionTimes.display(rebooked.getScheduledAt());
    Attachment schedule = calendar.attachmentFor(rebooked.getSuperviseeId());
    for (String party : List.of(rebooked.getSuperviseeId(), rebooked.getSupervisorId())) {
      notifications.notify(party, "Supervision rearranged for " + when, "The cancelled supervision session of "
          + lineManagement.nameOf(rebooked.getSuperviseeId()) + " now takes place on " + when + ".", schedule);
    }
    return rebooked;
  }

  /** A session of the supervisee that takes or took place on the day (booked or held). */
  private Optional<BookedSession> sessionOnTheDay(String superviseeId, LocalDate day) {
    return sessionsOn(superviseeId, day).filter(session -> !session.getStatus().isCalledOff()).findFirst();
  }

  private Stream<BookedSession> sessionsOn(String superviseeId, LocalDate day) {
    return sessions.findBySuperviseeIdOrderByScheduledAt(superviseeId).stream()
        .filter(session -> session.getScheduledAt().toLocalDate().equals(day));
  }

  /** The booked session of a supervisee on a day, for cancelling it from Tasklist. */
  @Transactional(readOnly = true)
  public BookedSession bookedOn(String superviseeId, LocalDate day) {
    return sessionsOn(superviseeId, day).filter(session -> session.getStatus() == SessionStatus.BOOKED)
        .findFirst()
        .orElseThrow(() -> new SubmissionRejectedException("sessionDate", lineManagement.nameOf(superviseeId)
            + " has no booked supervision session on " + day));
  }

  @Transactional(readOnly = true)
  public List<BookedSession> scheduleOf(String superviseeId) {
    return sessions.findBySuperviseeIdOrderByScheduledAt(superviseeId);
  }

  /** Sessions still to come, from now on. */
  @Transactional(readOnly = true)
  public List<BookedSession> upcoming(String superviseeId) {
    return sessions.findBySuperviseeIdAndStatusAndScheduledAtAfterOrderByScheduledAt(superviseeId,
        SessionStatus.BOOKED, now());
  }

  @Transactional(readOnly = true)
  public BookedSession session(Long sessionId) {
    return sessions.findById(sessionId).orElseThrow(() -> new IllegalArgumentException("No session " + sessionId));
  }

  /** The next booked session after this one, for the record's "date and time of next supervision". */
  @Transactional(readOnly = true)
  public LocalDateTime nextAfter(BookedSession session) {
    return sessions.findBySuperviseeIdAndStatusAndScheduledAtAfterOrderByScheduledAt(session.getSuperviseeId(),
            SessionStatus.BOOKED, session.getScheduledAt()).stream()
        .filter(next -> !next.getId().equals(session.getId()))
        .map(BookedSession::getScheduledAt)
        .findFirst()
        .orElse(null);
  }

  private void sendSchedule(String superviseeId, String supervisorId, int count) {
    String body = count + " supervision sessions of " + lineManagement.nameOf(superviseeId) + " with "
        + lineManagement.nameOf(supervisorId) + " are booked for the next twelve months. The attached calendar file "
        + "adds them to your diary.";
    Attachment schedule = calendar.attachmentFor(superviseeId);
    for (String party : List.of(superviseeId, supervisorId)) {
      notifications.notify(party, "Supervision schedule booked", body, schedule);
    }
  }

  /**
   * Where the contract raised the frequency above policy it holds, unless the policy for the day
   * asks for more; otherwise the policy for the day applies (an ASYE's weekly, then fortnightly).
   */
  private static SupervisionFrequency effectiveFrequency(SupervisionContract contract, PolicyFrequency policy) {
    boolean raised = contract.getFrequency() != contract.getPolicyFrequency()
        && contract.getFrequency().isAtLeastAsFrequentAs(contract.getPolicyFrequency());
    if (!raised) {
      return policy.frequency();
    }
    return contract.getFrequency().isAtLeastAsFrequentAs(policy.frequency()) ? contract.getFrequency()
        : policy.frequency();
  }

  static LocalDate weekdayOnOrAfter(LocalDate day) {
    return switch (day.getDayOfWeek()) {
      case SATURDAY -> day.plusDays(2);
      case SUNDAY -> day.plusDays(1);
      default -> day;
    };
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
