package org.socialcare.supervision.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.socialcare.supervision.audit.AuditScheduleDecision.AuditPolicy;
import org.socialcare.supervision.organisation.EmploymentStatus;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.StaffMember;
import org.socialcare.supervision.organisation.StaffRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit timetable (seed 001, "Audit"): the "grandparent" model, in which the manager of the
 * supervisor audits the supervisee's file, through the tiers up to the DCS. Which manager audits
 * whose files, how often and how many is the decision {@code audit-schedule}; this service runs a
 * round: for every manager the table gives a line for, the files of the round are chosen fairly -
 * never audited first, then the one audited longest ago, ties by user id - and the choice is
 * recorded with its reason before the audit starts.
 */
@Service
@Transactional
public class AuditSchedule {

  private final AuditScheduleDecision decision;
  private final GrandparentAuditRepository audits;
  private final StaffRepository staff;
  private final LineManagement lineManagement;
  private final AuditProcess auditProcess;
  private final Clock clock;

  AuditSchedule(AuditScheduleDecision decision, GrandparentAuditRepository audits, StaffRepository staff,
      LineManagement lineManagement, AuditProcess auditProcess, Clock clock) {
    this.decision = decision;
    this.audits = audits;
    this.staff = staff;
    this.lineManagement = lineManagement;
    this.auditProcess = auditProcess;
    this.clock = clock;
  }

  /**
   * Starts every audit due in the rounds running today that has not yet started: run by the timer
   * of {@code audit-schedule-check} at the start of each quarter. The staff and the audit history
   * are read once for every auditor, so the round costs the same per person at any size.
   */
  public List<GrandparentAudit> startDueAudits() {
    Round round = new Round(staff.findByEmploymentStatus(EmploymentStatus.ACTIVE));
    List<GrandparentAudit> started = new ArrayList<>();
    for (StaffMember auditor : round.active) {
      if (auditor.getPosition() != null && auditor.getPosition().isManager()) {
        started.addAll(startDueAudits(auditor, round));
      }
    }
    return started;
  }

  /** The audits of one auditor due in the rounds running today (each kind the table gives them). */
  public List<GrandparentAudit> startDueAuditsOf(String auditorId) {
    return startDueAudits(lineManagement.member(auditorId), new Round(staff.findByEmploymentStatus(
        EmploymentStatus.ACTIVE)));
  }

  @Transactional(readOnly = true)
  public List<GrandparentAudit> auditsOf(String superviseeId) {
    return audits.findBySuperviseeIdOrderByChosenAt(superviseeId);
  }

  @Transactional(readOnly = true)
  public List<GrandparentAudit> auditsBy(String auditorId) {
    return audits.findByAuditorIdOrderByChosenAt(auditorId);
  }

  /**
   * The first day of the round that contains {@code day}: rounds of {@code everyMonths} months
   * counted from 1 January (3 = quarters, 6 = half years, 12 = years).
   */
  static LocalDate roundStart(LocalDate day, int everyMonths) {
    int monthIndex = (day.getMonthValue() - 1) / everyMonths * everyMonths;
    return LocalDate.of(day.getYear(), monthIndex + 1, 1);
  }

  private List<GrandparentAudit> startDueAudits(StaffMember auditor, Round round) {
    List<GrandparentAudit> started = new ArrayList<>();
    for (AuditKind kind : AuditKind.values()) {
      Optional<AuditPolicy> policy = decision.policyFor(auditor.getPosition(), kind);
      if (policy.isPresent()) {
        started.addAll(chooseAndStart(auditor, kind, policy.get(), round));
      }
    }
    return started;
  }

  private List<GrandparentAudit> chooseAndStart(StaffMember auditor, AuditKind kind, AuditPolicy policy, Round round) {
    LocalDate roundStart = roundStart(today(), policy.everyMonths());
    Set<String> chosenThisRound = round.chosen(kind, roundStart, auditor.getUserId());
    int needed = policy.perRound() - chosenThisRound.size();
    if (needed <= 0) {
      return List.of();
    }
    Map<String, LocalDate> lastAudited = round.lastAudited(kind);
    List<Candidate> candidates = new ArrayList<>();
    for (StaffMember person : round.grandchildrenOf(auditor.getUserId())) {
      if (person.getPosition() == policy.auditedPosition() && !chosenThisRound.contains(person.getUserId())) {
        candidates.add(new Candidate(person.getUserId(), person.getSupervisorId(), lastAudited.get(person.getUserId())));
      }
    }
    // Never audited first, then audited longest ago; a stable order (user id) breaks ties.
    candidates.sort(Comparator.comparing(Candidate::lastAuditedOn, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Candidate::userId));
    List<GrandparentAudit> started = new ArrayList<>();
    for (Candidate candidate : candidates.subList(0, Math.min(needed, candidates.size()))) {
      String reason = reason(kind, candidate, candidates.size());
      GrandparentAudit audit = audits.save(new GrandparentAudit(kind, candidate.userId(), candidate.supervisorId(),
          auditor.getUserId(), roundStart, policy.rule(), reason, now()));
      audit.startedAs(auditProcess.start(audit));
      started.add(audit);
    }
    return started;
  }

  /**
   * What a round reads once for all its auditors: the active staff by the manager of their
   * supervisor (their "grandparent" auditor), and per kind of audit who was last audited when and
   * who is chosen in the round already.
   */
  private final class Round {
    private final List<StaffMember> active;
    private final Map<String, List<StaffMember>> byGrandparent = new HashMap<>();
    private final Map<AuditKind, Map<String, LocalDate>> lastAudited = new EnumMap<>(AuditKind.class);
    private final Map<String, Map<String, Set<String>>> chosenByRound = new HashMap<>();

    Round(List<StaffMember> active) {
      this.active = active;
      Map<String, StaffMember> byId = active.stream().collect(Collectors.toMap(StaffMember::getUserId,
          Function.identity()));
      for (StaffMember person : active) {
        if (person.getSupervisorId() != null) {
          String grandparent = managerOf(person.getSupervisorId(), byId);
          if (grandparent != null) {
            byGrandparent.computeIfAbsent(grandparent, id -> new ArrayList<>()).add(person);
          }
        }
      }
    }

    List<StaffMember> grandchildrenOf(String auditorId) {
      return byGrandparent.getOrDefault(auditorId, List.of());
    }

    Map<String, LocalDate> lastAudited(AuditKind kind) {
      return lastAudited.computeIfAbsent(kind, k -> {
        Map<String, LocalDate> last = new HashMap<>();
        for (Object[] row : audits.lastChosenBySupervisee(k)) {
          last.put((String) row[0], ((LocalDateTime) row[1]).toLocalDate());
        }
        return last;
      });
    }

    /**
     * Who the auditor has already chosen for this kind in the round starting on that day. Each person
     * has one grandparent and each auditor's kind is chosen once per run, so what this run adds is
     * never asked for again.
     */
    Set<String> chosen(AuditKind kind, LocalDate roundStart, String auditorId) {
      Map<String, Set<String>> byAuditor = chosenByRound.computeIfAbsent(kind + "@" + roundStart, key -> {
        Map<String, Set<String>> chosen = new HashMap<>();
        for (GrandparentAudit audit : audits.findByKindAndRoundStart(kind, roundStart)) {
          chosen.computeIfAbsent(audit.getAuditorId(), id -> new HashSet<>()).add(audit.getSuperviseeId());
        }
        return chosen;
      });
      return byAuditor.getOrDefault(auditorId, Set.of());
    }
  }

  private String managerOf(String supervisorId, Map<String, StaffMember> byId) {
    StaffMember supervisor = byId.get(supervisorId);
    return supervisor != null ? supervisor.getLineManagerId() : lineManagement.find(supervisorId)
        .map(StaffMember::getLineManagerId).orElse(null);
  }

  private String reason(AuditKind kind, Candidate chosen, int eligible) {
    String what = kind == AuditKind.OBSERVATION ? "observed" : "audited";
    String history = chosen.lastAuditedOn() == null ? "never " + what + " before"
        : "last " + what + " on " + chosen.lastAuditedOn();
    return history + "; chosen from " + eligible + " eligible (never " + what + " first, then " + what
        + " longest ago, ties by user id); supervisor " + lineManagement.nameOf(chosen.supervisorId());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }

  private record Candidate(String userId, String supervisorId, LocalDate lastAuditedOn) {
  }
}
