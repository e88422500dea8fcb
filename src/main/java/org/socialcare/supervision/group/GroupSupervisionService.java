package org.socialcare.supervision.group;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialcare.supervision.action.ActionDraft;
import org.socialcare.supervision.action.ActionService;
import org.socialcare.supervision.action.ActionSource;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.common.SubmissionRejectedException;
import org.socialcare.supervision.organisation.ChildCase;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.organisation.LineManagement;
import org.socialcare.supervision.organisation.StaffMember;
import org.socialcare.supervision.organisation.TeamRepository;
import org.socialcare.supervision.session.CaseDiscussion;
import org.socialcare.supervision.session.CaseDiscussionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reflective group supervision (seed 001, "Reflective Group Supervision" and "Role of Facilitator";
 * seed 000, "Group/Peer Supervision", facilitated by a lead). Holds the rules of each step and checks
 * what each form submits, so the REST API cannot bypass what a form enforces: a broken rule
 * changes nothing and names the field.
 */
@Service
@Transactional
public class GroupSupervisionService {

  /** The section the actions of a group session are agreed under. */
  public static final String ACTION_SECTION = "Group supervision";
  static final int MIN_MINUTES = 30;
  static final int MAX_MINUTES = 240;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final GroupSessionRepository sessions;
  private final GroupContributionRepository contributions;
  private final CaseDiscussionRepository caseDiscussions;
  private final LineManagement lineManagement;
  private final TeamRepository teams;
  private final ChildCaseRepository cases;
  private final ActionService actions;
  private final Clock clock;

  public GroupSupervisionService(GroupSessionRepository sessions, GroupContributionRepository contributions,
      CaseDiscussionRepository caseDiscussions, LineManagement lineManagement, TeamRepository teams,
      ChildCaseRepository cases, ActionService actions, Clock clock) {
    this.sessions = sessions;
    this.contributions = contributions;
    this.caseDiscussions = caseDiscussions;
    this.lineManagement = lineManagement;
    this.teams = teams;
    this.cases = cases;
    this.actions = actions;
    this.clock = clock;
  }

  /** How many members a group may have; the diagram sets it, so an analyst can change it. */
  public record GroupSize(int minimum, int maximum) {
  }

  /** What the facilitator asked for on the start form, as submitted. */
  public record Plan(Object teamCode, Object memberIds, Object startsAt, Object minutesAllowed) {
  }

  /**
   * A facilitator plans a session: the members (everyone in a team, chosen people, or both; never
   * the facilitator), when it starts and the time allowed. Every member is then asked to prepare.
   */
  public GroupSession plan(String facilitatorId, Plan plan, GroupSize size, String processInstanceId) {
    FieldErrors errors = new FieldErrors();
    StaffMember facilitator = lineManagement.find(facilitatorId).filter(StaffMember::isActive).orElse(null);
    if (facilitator == null || !facilitator.isGroupFacilitator()) {
      errors.reject("facilitatorId", "Only a group supervision facilitator may plan a group session");
    }
    String teamCode = text(plan.teamCode());
    Set<String> members = new LinkedHashSet<>();
    if (teamCode != null) {
      if (teams.findById(teamCode).isEmpty()) {
        errors.reject("teamCode", "There is no team with code '" + teamCode + "'");
      } else {
        lineManagement.teamMembers(teamCode).stream().filter(id -> !id.equals(facilitatorId)).forEach(members::add);
      }
    }
    String chosen = text(plan.memberIds());
    if (chosen != null) {
      for (String id : chosen.split("[,;\\s]+")) {
        if (id.isBlank()) {
          continue;
        }
        if (id.equals(facilitatorId)) {
          errors.reject("memberIds", "The facilitator leads the group and is not one of its members");
        } else if (lineManagement.find(id).filter(StaffMember::isActive).isEmpty()) {
          errors.reject("memberIds", "'" + id + "' is not a current member of staff");
        } else {
          members.add(id);
        }
      }
    }
    if (teamCode == null && chosen == null) {
      errors.reject("memberIds", "Choose the members: a team, or the user ids of the people taking part");
    } else if (errors.isEmpty() && members.size() < size.minimum()) {
      errors.reject("memberIds", "A group needs at least " + size.minimum() + " members besides the facilitator; "
          + members.size() + " chosen");
    } else if (members.size() > size.maximum()) {
      errors.reject("memberIds", "A group may have at most " + size.maximum() + " members; " + members.size()
          + " chosen");
    }
    LocalDateTime startsAt = dateTime(errors, "startsAt", "Date and time", plan.startsAt());
    if (startsAt != null && startsAt.isBefore(now().truncatedTo(ChronoUnit.MINUTES))) {
      errors.reject("startsAt", "Date and time may not be in the past");
    } else if (startsAt != null && startsAt.isAfter(now().plusYears(1))) {
      errors.reject("startsAt", "Date and time must be within the next 12 months");
    }
    Integer minutes = FormValues.wholeNumber(errors, "minutesAllowed", "Time allowed (minutes)", plan.minutesAllowed());
    if (minutes != null && (minutes < MIN_MINUTES || minutes > MAX_MINUTES)) {
      errors.reject("minutesAllowed", "Time allowed must be between " + MIN_MINUTES + " and " + MAX_MINUTES
          + " minutes");
    }
    errors.throwIfAny();
    return sessions.save(new GroupSession(facilitatorId, teamCode, startsAt, minutes, members, now(),
        processInstanceId));
  }

  /**
   * Preparing: a member notes the issue or case they would bring, or leaves it empty when they
   * have nothing to bring this time. A case named must be a real, open case.
   */
  public GroupMember prepare(Long groupSessionId, String memberId, Object issue, Object caseReference) {
    GroupSession session = session(groupSessionId);
    GroupMember member = session.member(memberId)
        .orElseThrow(() -> new SubmissionRejectedException("offeredIssue", "You are not a member of this group"));
    if (session.getStatus() != GroupSessionStatus.PLANNED) {
      throw new SubmissionRejectedException("offeredIssue", "The session has already started");
    }
    FieldErrors errors = new FieldErrors();
    String offered = errors.optionalText("offeredIssue", "The issue or case you would bring", issue);
    ChildCase childCase = openCase(errors, "offeredCaseReference", caseReference);
    if (offered == null && childCase != null) {
      errors.reject("offeredIssue", "Say what the issue is about the case you would bring");
    }
    errors.throwIfAny();
    if (offered == null) {
      member.offerNothing();
    } else {
      member.offer(offered, childCase == null ? null : childCase.getReference());
    }
    return member;
  }

  /** The session starts: members who had not answered are recorded as not prepared. */
  public GroupSession closePreparation(Long groupSessionId) {
    GroupSession session = session(groupSessionId);
    session.getMembers().forEach(GroupMember::notPrepared);
    return session;
  }

  /**
   * The facilitator opens the session, choosing the presenter from those who offered an issue and
   * noting who is present; or cancels it, with the reason.
   *
   * @return true when the session goes ahead
   */
  public boolean open(Long groupSessionId, Object goesAhead, Object presenterId, Object presentIds,
      Object cancelReason) {
    GroupSession session = session(groupSessionId);
    FieldErrors errors = new FieldErrors();
    String decision = text(goesAhead);
    if (!"hold".equals(decision) && !"cancel".equals(decision)) {
      errors.reject("goesAhead", "Choose whether the session goes ahead");
      errors.throwIfAny();
    }
    if ("cancel".equals(decision)) {
      String reason = errors.requireText("cancelReason", "Why the session is cancelled", cancelReason);
      errors.throwIfAny();
      session.cancel(reason);
      return false;
    }
    List<String> present = userIds(errors, "presentIds", "Members present", presentIds);
    for (String id : present) {
      if (session.member(id).isEmpty()) {
        errors.reject("presentIds", "'" + id + "' is not a member of this group");
      }
    }
    String presenter = text(presenterId);
    GroupMember member = presenter == null ? null : session.member(presenter).orElse(null);
    if (member == null || !member.hasOffered()) {
      List<String> offered = session.getMembers().stream().filter(GroupMember::hasOffered)
          .map(m -> lineManagement.nameOf(m.getMemberId())).toList();
      errors.reject("presenterId", offered.isEmpty()
          ? "Nobody offered an issue to present; the session cannot go ahead without one - cancel it instead"
          : "Choose the presenter from those who offered an issue: " + String.join(", ", offered));
    } else if (!present.contains(presenter)) {
      errors.reject("presenterId", lineManagement.nameOf(presenter) + " is not marked present and cannot present");
    } else if (present.size() < 2) {
      errors.reject("presentIds", "At least one member besides the presenter must be present to ask questions");
    }
    errors.throwIfAny();
    session.open(presenter, present, now());
    return true;
  }

  /** Each step's share of the time allowed, in per cent; the diagram sets them, so an analyst can change them. */
  public record StepShares(int presenting, int clarifying, int affirming, int reflecting, int closing) {

    public StepShares {
      int[] all = {presenting, clarifying, affirming, reflecting, closing};
      if (Arrays.stream(all).anyMatch(share -> share < 1) || Arrays.stream(all).sum() != 100) {
        throw new IllegalArgumentException("The steps' shares of the time allowed must each be at least 1 and add up"
            + " to 100 per cent: " + Arrays.toString(all));
      }
    }
  }

  /** How long each step of the cycle may take: the facilitator's time box ("Manage time"). */
  public record StepTimes(Duration presenting, Duration clarifying, Duration affirming, Duration reflecting,
      Duration closing) {
  }

  @Transactional(readOnly = true)
  public StepTimes timeBox(Long groupSessionId, StepShares shares) {
    int minutes = session(groupSessionId).getMinutesAllowed();
    return new StepTimes(share(minutes, shares.presenting()), share(minutes, shares.clarifying()),
        share(minutes, shares.affirming()), share(minutes, shares.reflecting()), share(minutes, shares.closing()));
  }

  private static Duration share(int minutes, int percent) {
    return Duration.ofSeconds(Math.max(60, minutes * 60L * percent / 100));
  }

  /** Presenting: the presenter records the issue they bring, optionally linked to a child's case. */
  public GroupSession present(Long groupSessionId, Object issue, Object caseReference) {
    GroupSession session = session(groupSessionId);
    FieldErrors errors = new FieldErrors();
    String text = errors.requireText("issue", "The issue you are presenting", issue);
    ChildCase childCase = openCase(errors, "caseReference", caseReference);
    errors.throwIfAny();
    session.present(text, childCase == null ? null : childCase.getReference());
    return session;
  }

  /**
   * Clarifying: each other member asks the presenter exactly one question. Affirming: each tells
   * the presenter what impresses them about how they are dealing with the situation.
   */
  public GroupContribution contribute(Long groupSessionId, String memberId, CycleStep step, Object content) {
    GroupSession session = session(groupSessionId);
    String field = step.label();
    if (session.getStatus() != GroupSessionStatus.IN_SESSION || !session.otherAttendingIds().contains(memberId)) {
      throw new SubmissionRejectedException(field, "You are not asked for a " + step.label() + " in this session");
    }
    if (contributions.existsByGroupSessionIdAndMemberIdAndStep(groupSessionId, memberId, step)) {
      throw new SubmissionRejectedException(field, "Your " + step.label() + " is already recorded");
    }
    FieldErrors errors = new FieldErrors();
    String text = errors.requireText(field, step == CycleStep.CLARIFYING ? "Your question" : "What impresses you",
        content);
    if (text != null && step == CycleStep.CLARIFYING && text.chars().filter(c -> c == '?').count() > 1) {
      errors.reject(field, "Ask the presenter one question only");
    }
    errors.throwIfAny();
    return contributions.save(new GroupContribution(groupSessionId, memberId, step, text, now()));
  }

  /**
   * The facilitator moved on, or the step's time ran out: each member who gave nothing is recorded
   * as such. Returns every contribution of the step, in the order given.
   */
  public List<GroupContribution> closeStep(Long groupSessionId, CycleStep step) {
    GroupSession session = session(groupSessionId);
    for (String memberId : session.otherAttendingIds()) {
      if (!contributions.existsByGroupSessionIdAndMemberIdAndStep(groupSessionId, memberId, step)) {
        contributions.save(new GroupContribution(groupSessionId, memberId, step, null, now()));
      }
    }
    return contributions(groupSessionId, step);
  }

  @Transactional(readOnly = true)
  public List<GroupContribution> contributions(Long groupSessionId, CycleStep step) {
    return contributions.findByGroupSessionIdAndStepOrderById(groupSessionId, step);
  }

  /** Reflecting: the facilitator records the open discussion and how the presenter felt and feels. */
  public GroupSession reflect(Long groupSessionId, Object discussion, Object presenterFeelings) {
    GroupSession session = session(groupSessionId);
    FieldErrors errors = new FieldErrors();
    String text = errors.requireText("discussion", "The open discussion", discussion);
    String feelings = errors.requireText("presenterFeelings", "How the presenter felt and feels", presenterFeelings);
    errors.throwIfAny();
    session.reflect(text, feelings);
    return session;
  }

  /**
   * Closing: the presenter responds to the discussion and sets goals or actions, with the support
   * of others. Each action becomes a follow-up task for its owner (someone present, or the
   * facilitator), under the owner's own supervision.
   */
  public List<AgreedAction> close(Long groupSessionId, Object response, Object goals, Object actionRows) {
    GroupSession session = session(groupSessionId);
    FieldErrors errors = new FieldErrors();
    String text = errors.requireText("presenterResponse", "Your response to the discussion", response);
    String goalText = errors.optionalText("goals", "Your goals", goals);
    List<ActionDraft> drafts = actions.read(errors, "actions", "Actions", actionRows, ACTION_SECTION,
        actionOwners(session));
    if (goalText == null && drafts.isEmpty() && !errors.asMap().containsKey("actions")) {
      errors.reject("goals", "Set yourself at least one goal or action");
    }
    errors.throwIfAny();
    session.close(text, goalText);
    Map<String, List<ActionDraft>> byOwner = drafts.stream()
        .collect(Collectors.groupingBy(ActionDraft::ownerId, LinkedHashMap::new, Collectors.toList()));
    List<AgreedAction> agreed = new ArrayList<>();
    byOwner.forEach((owner, ownDrafts) -> agreed.addAll(actions.agree(owner, ActionSource.GROUP, groupSessionId,
        ownDrafts)));
    return agreed;
  }

  /** Who may own an action agreed in the session: those present, and the facilitator. */
  @Transactional(readOnly = true)
  public Set<String> actionOwners(GroupSession session) {
    Set<String> owners = new LinkedHashSet<>(session.attendingIds());
    owners.add(session.getFacilitatorId());
    return owners;
  }

  /**
   * The facilitator completes the group supervision record: outline of issue, nature of discussion,
   * actions (agreed at closing) and attendance. Members not ticked as attending are recorded
   * absent. A record about a child's case is placed on the child's file.
   */
  public GroupSession record(Long groupSessionId, Object issueOutline, Object natureOfDiscussion, Object attendedIds) {
    GroupSession session = session(groupSessionId);
    FieldErrors errors = new FieldErrors();
    String outline = errors.requireText("issueOutline", "Outline of the issue", issueOutline);
    String nature = errors.requireText("natureOfDiscussion", "Nature of the discussion", natureOfDiscussion);
    List<String> attended = userIds(errors, "attendedIds", "Attendance", attendedIds);
    for (String id : attended) {
      if (session.member(id).isEmpty()) {
        errors.reject("attendedIds", "'" + id + "' is not a member of this group");
      }
    }
    if (errors.isEmpty() && !attended.contains(session.getPresenterId())) {
      errors.reject("attendedIds", lineManagement.nameOf(session.getPresenterId()) + " presented, so attended");
    }
    errors.throwIfAny();
    session.record(outline, nature, attended, now());
    if (session.getCaseReference() != null) {
      // Seed 001: a group record pertinent to a child's case goes on the child's file, beside the
      // one-to-one case discussions (current situation, reflection, analysis, actions).
      caseDiscussions.save(new CaseDiscussion(session.getCaseReference(), session.getPresenterId(),
          session.getFacilitatorId(), session.getHeldOn(), CaseDiscussion.Source.GROUP, session.getId(), outline,
          nature, abbreviate(session.getPresenterResponse()), abbreviate(actionsText(session)), now()));
    }
    return session;
  }

  /** The actions identified, as one text for the child's file. */
  String actionsText(GroupSession session) {
    List<AgreedAction> agreed = actions.agreedIn(ActionSource.GROUP, session.getId());
    StringBuilder text = new StringBuilder();
    if (session.getGoals() != null) {
      text.append("Goals: ").append(session.getGoals()).append('\n');
    }
    for (AgreedAction action : agreed) {
      text.append("- ").append(action.getDescription()).append(" (").append(lineManagement.nameOf(action.getOwnerId()))
          .append(", by ").append(action.getDueOn()).append(")\n");
    }
    return text.isEmpty() ? "No actions agreed" : text.toString().trim();
  }

  @Transactional(readOnly = true)
  public GroupSession session(Long groupSessionId) {
    return sessions.findById(groupSessionId)
        .orElseThrow(() -> new IllegalArgumentException("No group session with id " + groupSessionId));
  }

  @Transactional(readOnly = true)
  public List<LocalDate> attendedDays(String userId, LocalDate from, LocalDate to) {
    return sessions.attendedDays(userId, from, to);
  }

  private ChildCase openCase(FieldErrors errors, String field, Object reference) {
    String text = text(reference);
    if (text == null) {
      return null;
    }
    ChildCase childCase = cases.findById(text).orElse(null);
    if (childCase == null) {
      errors.reject(field, "There is no child's case with reference '" + text + "'");
    } else if (childCase.getClosedOn() != null) {
      errors.reject(field, "The case " + text + " is closed");
    }
    return childCase;
  }

  private static String text(Object value) {
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static String abbreviate(String text) {
    int max = FieldErrors.MAX_TEXT_LENGTH;
    return text.length() <= max ? text : text.substring(0, max - 3) + "...";
  }

  /**
   * The user ids ticked in a checklist: Tasklist submits a Json array (a Spin node in the engine),
   * the REST API may send its text, Java callers a list.
   */
  static List<String> userIds(FieldErrors errors, String field, String label, Object value) {
    List<?> items;
    if (value instanceof Collection<?> collection) {
      items = List.copyOf(collection);
    } else {
      String text = text(value);
      if (text == null) {
        errors.reject(field, label + " is required");
        return List.of();
      }
      try {
        items = JSON.readValue(text, new TypeReference<List<Object>>() { });
      } catch (JsonProcessingException e) {
        errors.reject(field, label + " must be a list of user ids");
        return List.of();
      }
    }
    List<String> ids = items.stream().filter(item -> item != null && !item.toString().isBlank())
        .map(item -> item.toString().trim()).distinct().toList();
    if (ids.isEmpty()) {
      errors.reject(field, label + " is required");
    }
    return ids;
  }

  /**
   * A date and time as Camunda Forms submit it ({@code 2026-03-10T10:00+01:00}, or without offset
   * when the form is set so), in the application's time zone.
   */
  static LocalDateTime dateTime(FieldErrors errors, String field, String label, Object value) {
    if (value instanceof java.util.Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
    String text = text(value);
    if (text == null) {
      errors.reject(field, label + " is required");
      return null;
    }
    String iso = text.replace(' ', 'T');
    try {
      return OffsetDateTime.parse(iso).atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(iso);
      } catch (DateTimeParseException e) {
        errors.reject(field, label + " must be a date and time (YYYY-MM-DDTHH:MM)");
        return null;
      }
    }
  }

  private LocalDateTime now() {
    return LocalDateTime.now(clock);
  }
}
