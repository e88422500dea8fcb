package org.socialcare.supervision.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.socialcare.supervision.action.ActionDraft;
import org.socialcare.supervision.action.ActionService;
import org.socialcare.supervision.action.ActionSource;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormLists;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.organisation.ChildCase;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.session.RecordTemplate.Section;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording a supervision session (Appendix 2, Appendix 5 for managers): the two-way agenda, the
 * record with its gap comment, sections, agreed actions and case discussions (recorded on the
 * child's file), then the supervisee's comments and both signatures, after which it is locked.
 */
@Service
@Transactional
public class SessionRecording {

  /** Form keys of the record and signing forms. */
  public static final class Field {
    /** What one party adds to the agenda, one item per line (a variable local to their task). */
    public static final String AGENDA_ITEMS = "myAgendaItems";
    public static final String HELD_ON = "heldOn";
    public static final String DURATION = "durationMinutes";
    public static final String GAP_COMMENT = "gapComment";
    public static final String SUPERVISOR_COMMENTS = "supervisorComments";
    public static final String ACTIONS = "actions";
    public static final String CASE_DISCUSSIONS = "caseDiscussions";
    public static final String SUPERVISEE_COMMENTS = "superviseeComments";
    public static final String SUPERVISEE_SIGNS = "superviseeSigns";
    public static final String SUPERVISOR_SIGNS = "supervisorSigns";
    /** Ticked while signing: the flow then refers a disagreement (escalation reads its statement). */
    public static final String RAISE_DISAGREEMENT = "raiseDisagreement";

    private Field() {
    }
  }

  /** Keys of one row of the case discussions list. */
  static final class CaseField {
    static final String REFERENCE = "caseReference";
    static final String DISCUSSED = "discussed";
    static final String CURRENT_SITUATION = "currentSituation";
    static final String REFLECTION = "reflection";
    static final String ANALYSIS = "analysis";
    static final String ACTIONS = "caseActions";

    private CaseField() {
    }
  }

  private static final int MAX_AGENDA_ITEMS = 20;

  private final SessionSchedule schedule;
  private final SupervisionRecordRepository records;
  private final RecordSectionRepository sections;
  private final CaseDiscussionRepository caseDiscussions;
  private final AgendaItemRepository agenda;
  private final ChildCaseRepository cases;
  private final CaseDiscussionFrequency caseFrequency;
  private final ActionService actions;
  private final LineManagement lineManagement;
  private final ObjectProvider<GroupSupervisionAttendance> groupAttendance;
  private final Clock clock;

  SessionRecording(SessionSchedule schedule, SupervisionRecordRepository records, RecordSectionRepository sections,
      CaseDiscussionRepository caseDiscussions, AgendaItemRepository agenda, ChildCaseRepository cases,
      CaseDiscussionFrequency caseFrequency, ActionService actions, LineManagement lineManagement,
      ObjectProvider<GroupSupervisionAttendance> groupAttendance, Clock clock) {
    this.schedule = schedule;
    this.records = records;
    this.sections = sections;
    this.caseDiscussions = caseDiscussions;
    this.agenda = agenda;
    this.cases = cases;
    this.caseFrequency = caseFrequency;
    this.actions = actions;
    this.lineManagement = lineManagement;
    this.groupAttendance = groupAttendance;
    this.clock = clock;
  }

  /** Either party adds agenda items, one per line; an empty submission adds nothing. */
  public List<AgendaItem> addAgenda(Long sessionId, String addedBy, Object itemsValue) {
    FieldErrors errors = new FieldErrors();
    String items = errors.optionalText(Field.AGENDA_ITEMS, "My agenda items", itemsValue);
    List<String> lines = items == null ? List.of() : items.lines()
        .map(String::trim).filter(line -> !line.isEmpty()).toList();
    if (lines.size() > MAX_AGENDA_ITEMS) {
      errors.reject(Field.AGENDA_ITEMS, "Add at most " + MAX_AGENDA_ITEMS + " agenda items");
    }
    lines.stream().filter(line -> line.length() > 1000).findFirst()
        .ifPresent(line -> errors.reject(Field.AGENDA_ITEMS, "Each agenda item must be at most 1000 characters"));
    errors.throwIfAny();
    return lines.stream().map(line -> agenda.save(new AgendaItem(sessionId, addedBy, line, now()))).toList();
  }

  /** The agenda so far, as the forms show it: "Name: item" per line. */
  @Transactional(readOnly = true)
  public String agendaText(Long sessionId) {
    return agenda.findBySessionIdOrderById(sessionId).stream()
        .map(item -> lineManagement.nameOf(item.getAddedBy()) + ": " + item.getItem())
        .collect(Collectors.joining("\n"));
  }

  /** The last day supervision was held - one-to-one or in a group - before the given day. */
  @Transactional(readOnly = true)
  public Optional<LocalDate> lastHeldBefore(String superviseeId, LocalDate day) {
    Optional<LocalDate> individual = records.findBySuperviseeIdOrderByHeldOnDesc(superviseeId).stream()
        .map(SupervisionRecord::getHeldOn).filter(held -> held.isBefore(day)).findFirst();
    Optional<LocalDate> group = groupAttendance.stream()
        .flatMap(attendance -> attendance.attendedBetween(superviseeId, day.minusYears(2), day.minusDays(1)).stream())
        .max(Comparator.naturalOrder());
    return Stream.concat(individual.stream(), group.stream()).max(Comparator.naturalOrder());
  }

  /** Whether a supervision of the supervisee held on that day is recorded already (corrections aside). */
  private boolean recordedOn(String superviseeId, LocalDate day) {
    return records.findBySuperviseeIdAndHeldOnBetween(superviseeId, day, day).stream()
        .anyMatch(record -> record.getCorrectsRecordId() == null);
  }

  /**
   * The latest day the session may be held without a gap comment: one interval of the frequency
   * that set this session after the last held supervision (a weekend moves it to the Monday).
   */
  @Transactional(readOnly = true)
  public Optional<LocalDate> latestWithoutGapComment(BookedSession session) {
    return lastHeldBeforeTheDayOf(session)
        .map(last -> SessionSchedule.weekdayOnOrAfter(session.getFrequency().nextAfter(last)));
  }

  /**
   * The last supervision held before the session's booked day, as the record form shows it. A group
   * supervision that same morning is not "before" it: the session may still be recorded for its day.
   * A second individual record on one day is refused by its own rule.
   */
  @Transactional(readOnly = true)
  public Optional<LocalDate> lastHeldBeforeTheDayOf(BookedSession session) {
    return lastHeldBefore(session.getSuperviseeId(), session.getScheduledAt().toLocalDate());
  }

  /** The children allocated to the supervisee, those due for discussion first, as the record form lists them. */
  @Transactional(readOnly = true)
  public List<Map<String, Object>> casesToDiscuss(BookedSession session) {
    LocalDate sessionDay = session.getScheduledAt().toLocalDate();
    List<Map<String, Object>> rows = new ArrayList<>();
    CaseDiscussionFrequency.Rules rules = caseFrequency.rules();
    List<ChildCase> caseload = cases.findByAllocatedWorkerIdAndClosedOnIsNull(session.getSuperviseeId());
    Map<String, LocalDate> lastDiscussed = caseDiscussions.lastDiscussedOn(
        caseload.stream().map(ChildCase::getReference).toList());
    for (ChildCase child : caseload) {
      LocalDate last = lastDiscussed.get(child.getReference());
      LocalDate due = rules.dueOn(child, last);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(CaseField.REFERENCE, child.getReference());
      row.put("natureOfInvolvement", child.getNatureOfInvolvement().label());
      row.put("lastDiscussedOn", last == null ? "never" : last.toString());
      row.put("dueOn", due.toString());
      row.put("dueStatus", due.isBefore(sessionDay) ? "OVERDUE since " + due
          : due.isAfter(sessionDay.plusMonths(1)) ? "not yet due" : "due by " + due);
      row.put(CaseField.DISCUSSED, false);
      rows.add(row);
    }
    rows.sort(Comparator.comparing(row -> row.get("dueOn").toString()));
    return rows;
  }

  /**
   * Checks and stores what the supervisor recorded. Nothing is stored when a rule is broken; each
   * message names its field. Agreed actions become follow-up tasks at once; case discussions go
   * on each child's file.
   */
  public SupervisionRecord record(Long sessionId, Map<String, Object> submitted, String processInstanceId) {
    BookedSession session = schedule.session(sessionId);
    RecordTemplate template = RecordTemplate.forSupervisee(lineManagement.member(session.getSuperviseeId())
        .getPosition());
    FieldErrors errors = new FieldErrors();
    LocalDate heldOn = FormValues.date(errors, Field.HELD_ON, "Date of this supervision", submitted.get(Field.HELD_ON));
    // The last supervision before this session as booked (the form's "Date of last supervision"): a
    // session recorded late, after a later one was recorded, is still after it; a date typed a year
    // out is not, nor one before the booking. The gap is measured from the supervision actually held
    // before this one.
    Optional<LocalDate> lastBeforeBooking = lastHeldBeforeTheDayOf(session);
    Optional<LocalDate> lastHeld = heldOn == null ? Optional.empty() : lastHeldBefore(session.getSuperviseeId(), heldOn);
    if (heldOn != null && heldOn.isAfter(today())) {
      errors.reject(Field.HELD_ON, "Date of this supervision may not be in the future");
    } else if (heldOn != null && heldOn.isBefore(session.getBookedAt().toLocalDate())) {
      errors.reject(Field.HELD_ON, "Date of this supervision cannot be before the session was booked ("
          + session.getBookedAt().toLocalDate() + ")");
    } else if (heldOn != null && lastBeforeBooking.isPresent() && !heldOn.isAfter(lastBeforeBooking.get())) {
      errors.reject(Field.HELD_ON, "Date of this supervision must be after the last supervision ("
          + lastBeforeBooking.get() + ")");
    } else if (heldOn != null && recordedOn(session.getSuperviseeId(), heldOn)) {
      errors.reject(Field.HELD_ON, "A supervision held on " + heldOn + " is already recorded for "
          + lineManagement.nameOf(session.getSuperviseeId()) + ": check the date");
    }
    Integer duration = FormValues.wholeNumber(errors, Field.DURATION, "Duration in minutes",
        submitted.get(Field.DURATION));
    if (duration != null && (duration < 15 || duration > 480)) {
      errors.reject(Field.DURATION, "Duration must be between 15 and 480 minutes");
    }
    String gapComment = errors.optionalText(Field.GAP_COMMENT, "Comments on the gap", submitted.get(Field.GAP_COMMENT));
    if (heldOn != null && lastHeld.isPresent() && gapComment == null) {
      LocalDate latest = SessionSchedule.weekdayOnOrAfter(session.getFrequency().nextAfter(lastHeld.get()));
      if (heldOn.isAfter(latest)) {
        errors.reject(Field.GAP_COMMENT, "The gap since the last supervision (" + lastHeld.get() + ") exceeds the "
            + session.getFrequency().label().toLowerCase() + " frequency agreed in the contract: comment on the gap");
      }
    }
    Map<Section, String> discussed = new LinkedHashMap<>();
    for (Section section : template.sections()) {
      String text = errors.optionalText(section.key(), section.heading(), submitted.get(section.key()));
      if (text != null) {
        discussed.put(section, text);
      }
    }
    if (discussed.isEmpty() && errors.isEmpty()) {
      errors.reject(template.sections().get(0).key(), "Record what was discussed under at least one heading");
    }
    String supervisorComments = errors.optionalText(Field.SUPERVISOR_COMMENTS, "Supervisor's comments",
        submitted.get(Field.SUPERVISOR_COMMENTS));
    Map<String, String> headings = template.sections().stream()
        .collect(Collectors.toMap(Section::key, Section::heading));
    List<ActionDraft> agreedActions = actions.read(errors, Field.ACTIONS, "Agreed actions",
        withOwnerIds(errors, session, submitted.get(Field.ACTIONS)), row -> headings.getOrDefault(String.valueOf(row.get("section")), null),
        Set.of(session.getSuperviseeId(), session.getSupervisorId()));
    List<CaseDiscussionDraft> discussions = caseDiscussions(errors, session, submitted.get(Field.CASE_DISCUSSIONS));
    errors.throwIfAny();

    SupervisionRecord record = records.save(new SupervisionRecord(session, template, heldOn, duration,
        lastHeld.orElse(null), gapComment, supervisorComments, schedule.nextAfter(session), now(), processInstanceId));
    int position = 0;
    for (Section section : template.sections()) {
      position++;
      sections.save(new RecordSection(record.getId(), position, section.key(), section.heading(),
          discussed.get(section)));
    }
    for (CaseDiscussionDraft draft : discussions) {
      caseDiscussions.save(new CaseDiscussion(draft.reference(), session.getSuperviseeId(), session.getSupervisorId(),
          heldOn, CaseDiscussion.Source.SESSION, record.getId(), draft.currentSituation(), draft.reflection(),
          draft.analysis(), draft.actions(), now()));
    }
    actions.agree(session.getSuperviseeId(), ActionSource.SESSION, record.getId(), agreedActions);
    session.held();
    return record;
  }

  /**
   * The supervisor corrects a signed record: a new record, linked to it, with the same content and
   * what is corrected, to be signed by both. The signed record itself never changes.
   */
  public SupervisionRecord correct(String requesterId, Object superviseeField, Object heldOnField, Object correctionField,
      String processInstanceId) {
    FieldErrors errors = new FieldErrors();
    String superviseeId = errors.requireText("superviseeId", "Supervisee (user id)", superviseeField);
    if (superviseeId != null && lineManagement.find(superviseeId).isEmpty()) {
      errors.reject("superviseeId", "'" + superviseeId + "' is not a member of staff");
    }
    LocalDate heldOn = FormValues.date(errors, Field.HELD_ON, "Date of the record", heldOnField);
    String correction = errors.requireText("correction", "What is corrected", correctionField);
    errors.throwIfAny();
    SupervisionRecord original = records.findBySuperviseeIdOrderByHeldOnDesc(superviseeId).stream()
        .filter(record -> record.getHeldOn().equals(heldOn) && record.isLocked())
        .filter(record -> records.findByCorrectsRecordId(record.getId()).isEmpty())
        .findFirst()
        .orElseThrow(() -> new org.socialcare.supervision.common.SubmissionRejectedException(Field.HELD_ON,
            "There is no signed record of " + lineManagement.nameOf(superviseeId) + " of " + heldOn
                + " to correct (a record already corrected is corrected through its latest correction)"));
    if (!requesterId.equals(original.getSupervisorId())) {
      throw new org.socialcare.supervision.common.SubmissionRejectedException("superviseeId",
          "Only the supervisor who wrote the record may correct it");
    }
    SupervisionRecord corrected = records.save(original.correctionOf(correction, now(), processInstanceId));
    for (RecordSection section : sections.findByRecordIdOrderByPosition(original.getId())) {
      sections.save(new RecordSection(corrected.getId(), section.getPosition(), section.getSectionKey(),
          section.getHeading(), section.getDiscussed()));
    }
    return corrected;
  }

  /** The supervisee adds comments and signs. */
  public SupervisionRecord signBySupervisee(Long recordId, Object signs, Object comments) {
    return signBySupervisee(recordId, signs, comments, null);
  }

  /** As above, from the signing form, which may also refer a disagreement: a tick, or nothing. */
  public SupervisionRecord signBySupervisee(Long recordId, Object signs, Object comments, Object raisesDisagreement) {
    FieldErrors errors = new FieldErrors();
    requireSignature(errors, Field.SUPERVISEE_SIGNS, signs);
    String text = errors.optionalText(Field.SUPERVISEE_COMMENTS, "Supervisee's comments", comments);
    FormValues.tick(errors, Field.RAISE_DISAGREEMENT, "I disagree with a decision in this record",
        raisesDisagreement);
    errors.throwIfAny();
    SupervisionRecord record = record(recordId);
    record.signBySupervisee(text, today());
    return record;
  }

  /** The supervisor signs after the supervisee; the record is locked from then on. */
  public SupervisionRecord signBySupervisor(Long recordId, Object signs) {
    FieldErrors errors = new FieldErrors();
    requireSignature(errors, Field.SUPERVISOR_SIGNS, signs);
    errors.throwIfAny();
    SupervisionRecord record = record(recordId);
    record.signBySupervisorAndLock(today(), now());
    return record;
  }

  @Transactional(readOnly = true)
  public SupervisionRecord record(Long recordId) {
    return records.findById(recordId).orElseThrow(() -> new IllegalArgumentException("No supervision record " + recordId));
  }

  @Transactional(readOnly = true)
  public List<SupervisionRecord> recordsOf(String superviseeId) {
    return records.findBySuperviseeIdOrderByHeldOnDesc(superviseeId);
  }

  @Transactional(readOnly = true)
  public List<RecordSection> sectionsOf(Long recordId) {
    return sections.findByRecordIdOrderByPosition(recordId);
  }

  @Transactional(readOnly = true)
  public List<CaseDiscussion> caseDiscussionsOf(Long recordId) {
    return caseDiscussions.findBySourceAndSourceIdOrderById(CaseDiscussion.Source.SESSION, recordId);
  }

  @Transactional(readOnly = true)
  public List<CaseDiscussion> discussionsOfCase(String caseReference) {
    return caseDiscussions.findByCaseReferenceOrderByDiscussedOnDesc(caseReference);
  }

  @Transactional(readOnly = true)
  public List<AgreedAction> actionsOf(Long recordId) {
    return actions.agreedIn(ActionSource.SESSION, recordId);
  }

  /** The record as the signing forms show it, in plain text. */
  @Transactional(readOnly = true)
  public String summary(Long recordId) {
    SupervisionRecord record = record(recordId);
    StringBuilder text = new StringBuilder();
    text.append("Supervision of ").append(lineManagement.nameOf(record.getSuperviseeId())).append(" by ")
        .append(lineManagement.nameOf(record.getSupervisorId())).append(" on ").append(record.getHeldOn())
        .append(" (").append(record.getDurationMinutes()).append(" minutes)\n");
    text.append("Last supervision: ").append(record.getLastHeldOn() == null ? "none recorded" : record.getLastHeldOn())
        .append('\n');
    if (record.getCorrection() != null) {
      text.append("CORRECTION of the record signed earlier: ").append(record.getCorrection()).append('\n');
    }
    if (record.getGapComment() != null) {
      text.append("Comments on the gap: ").append(record.getGapComment()).append('\n');
    }
    for (RecordSection section : sectionsOf(recordId)) {
      text.append('\n').append(section.getHeading()).append('\n')
          .append(section.getDiscussed() == null ? "(nothing recorded)" : section.getDiscussed()).append('\n');
    }
    List<AgreedAction> agreed = actionsOf(recordId);
    if (!agreed.isEmpty()) {
      text.append("\nAgreed actions\n");
      agreed.forEach(action -> text.append("- ").append(action.getDescription()).append(" (")
          .append(lineManagement.nameOf(action.getOwnerId())).append(", by ").append(action.getDueOn()).append(")\n"));
    }
    for (CaseDiscussion discussion : caseDiscussionsOf(recordId)) {
      text.append("\nCase ").append(discussion.getCaseReference()).append('\n')
          .append("Current issues / situation: ").append(discussion.getCurrentSituation()).append('\n')
          .append("Reflection: ").append(discussion.getReflection()).append('\n')
          .append("Analysis: ").append(discussion.getAnalysis()).append('\n')
          .append("Actions: ").append(discussion.getActions()).append('\n');
    }
    if (record.getSupervisorComments() != null) {
      text.append("\nSupervisor's comments: ").append(record.getSupervisorComments()).append('\n');
    }
    if (record.getSuperviseeComments() != null) {
      text.append("Supervisee's comments: ").append(record.getSuperviseeComments()).append('\n');
    }
    if (record.getNextSessionAt() != null) {
      text.append("\nNext supervision: ").append(SessionTimes.display(record.getNextSessionAt())).append('\n');
    }
    return text.toString();
  }

  private record CaseDiscussionDraft(String reference, String currentSituation, String reflection, String analysis,
      String actions) {
  }

  private List<CaseDiscussionDraft> caseDiscussions(FieldErrors errors, BookedSession session, Object value) {
    Set<String> allocated = cases.findByAllocatedWorkerIdAndClosedOnIsNull(session.getSuperviseeId()).stream()
        .map(ChildCase::getReference).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    List<CaseDiscussionDraft> drafts = new ArrayList<>();
    for (Map<String, Object> row : FormLists.rows(errors, Field.CASE_DISCUSSIONS, "Case discussions", value)) {
      Object referenceCell = row.get(CaseField.REFERENCE);
      if (FieldErrors.isEmpty(referenceCell) || !FieldErrors.isSingleValue(referenceCell)) {
        errors.reject(Field.CASE_DISCUSSIONS, "Case discussions: each row must be one of the cases listed");
        continue;
      }
      String reference = referenceCell.toString();
      String label = "Case " + reference + ": ";
      if (!FormValues.tick(errors, Field.CASE_DISCUSSIONS, label + "discussed", row.get(CaseField.DISCUSSED))) {
        continue;
      }
      if (!allocated.contains(reference)) {
        errors.reject(Field.CASE_DISCUSSIONS, label + "not a case allocated to " + lineManagement.nameOf(
            session.getSuperviseeId()));
        continue;
      }
      if (!seen.add(reference)) {
        errors.reject(Field.CASE_DISCUSSIONS, label + "listed twice");
        continue;
      }
      String situation = errors.requireText(Field.CASE_DISCUSSIONS, label + "current issues / situation",
          row.get(CaseField.CURRENT_SITUATION));
      String reflection = errors.requireText(Field.CASE_DISCUSSIONS, label + "reflection", row.get(CaseField.REFLECTION));
      String analysis = errors.requireText(Field.CASE_DISCUSSIONS, label + "analysis", row.get(CaseField.ANALYSIS));
      String caseActions = errors.requireText(Field.CASE_DISCUSSIONS, label + "actions", row.get(CaseField.ACTIONS));
      drafts.add(new CaseDiscussionDraft(reference, situation, reflection, analysis, caseActions));
    }
    return drafts;
  }

  /** The form names an action's owner by role (supervisee or supervisor); actions are stored by user id. */
  private static List<Map<String, Object>> withOwnerIds(FieldErrors errors, BookedSession session, Object rows) {
    List<Map<String, Object>> mapped = new ArrayList<>();
    for (Map<String, Object> row : FormLists.rows(errors, Field.ACTIONS, "Agreed actions", rows)) {
      Map<String, Object> copy = new LinkedHashMap<>(row);
      Object owner = row.get(ActionService.OWNER);
      if ("supervisee".equals(owner)) {
        copy.put(ActionService.OWNER, session.getSuperviseeId());
      } else if ("supervisor".equals(owner)) {
        copy.put(ActionService.OWNER, session.getSupervisorId());
      }
      mapped.add(copy);
    }
    return mapped;
  }

  private static void requireSignature(FieldErrors errors, String field, Object signs) {
    if (!Boolean.TRUE.equals(signs) && !"true".equals(String.valueOf(signs))) {
      errors.reject(field, "Tick to sign the record");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
