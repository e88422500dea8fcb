package org.socialcare.supervision.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.socialcare.supervision.action.ActionDraft;
import org.socialcare.supervision.action.ActionService;
import org.socialcare.supervision.action.ActionSource;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.audit.AuditEvidence.Finding;
import org.socialcare.supervision.audit.AuditForm.ActionField;
import org.socialcare.supervision.audit.AuditForm.CaseField;
import org.socialcare.supervision.audit.AuditForm.Field;
import org.socialcare.supervision.common.FieldErrors;
import org.socialcare.supervision.common.FormLists;
import org.socialcare.supervision.common.FormValues;
import org.socialcare.supervision.notification.NotificationService;
import org.socialcare.supervision.organisation.ChildCase;
import org.socialcare.supervision.organisation.ChildCaseRepository;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Social Work Supervision Audit Tool (v2, December 2015) as the auditor completes it, and the
 * observation of supervision practice. What is submitted is checked here, so the REST API cannot
 * store what the form forbids: every question answered; an answer that differs from what the
 * file's evidence suggests says why; "not regular" says why not; an overall judgement and a
 * comment; for case holders two cases with evidence of reflection. Actions become follow-up tasks
 * for whoever is to do them.
 */
@Service
@Transactional
public class AuditTool {

  static final String ACTION_SECTION = "Supervision audit";
  private static final int MAX_COMMENT_LENGTH = 1000;
  private static final int MAX_WHAT_LENGTH = FieldErrors.MAX_TEXT_LENGTH - MAX_COMMENT_LENGTH;

  private final GrandparentAuditRepository audits;
  private final AuditAnswerRepository answers;
  private final AuditCaseCheckRepository caseChecks;
  private final ChildCaseRepository cases;
  private final ActionService actions;
  private final NotificationService notifications;
  private final LineManagement lineManagement;
  private final Clock clock;

  AuditTool(GrandparentAuditRepository audits, AuditAnswerRepository answers, AuditCaseCheckRepository caseChecks,
      ChildCaseRepository cases, ActionService actions, NotificationService notifications,
      LineManagement lineManagement, Clock clock) {
    this.audits = audits;
    this.answers = answers;
    this.caseChecks = caseChecks;
    this.cases = cases;
    this.actions = actions;
    this.notifications = notifications;
    this.lineManagement = lineManagement;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public GrandparentAudit audit(Long auditId) {
    return audits.findById(auditId).orElseThrow(() -> new IllegalArgumentException("No audit " + auditId));
  }

  @Transactional(readOnly = true)
  public List<AuditAnswer> answersOf(Long auditId) {
    return answers.findByAuditIdOrderByPosition(auditId);
  }

  @Transactional(readOnly = true)
  public List<AuditCaseCheck> caseChecksOf(Long auditId) {
    return caseChecks.findByAuditIdOrderById(auditId);
  }

  @Transactional(readOnly = true)
  public List<AgreedAction> actionsOf(Long auditId) {
    return actions.agreedIn(ActionSource.AUDIT, auditId);
  }

  /** Keeps what the evidence suggests for each section 1 question, as the form is opened (again). */
  void suggest(Long auditId, Map<AuditQuestion, Finding> findings) {
    answers.deleteAll(answers.findByAuditIdOrderByPosition(auditId));
    answers.flush();
    findings.forEach((question, finding) -> answers.save(new AuditAnswer(auditId, question, finding.evidence(),
        finding.suggested())));
  }

  /** Checks and stores the completed audit tool; nothing is stored when a rule is broken. */
  public GrandparentAudit recordFileAudit(Long auditId, Map<String, Object> submitted) {
    GrandparentAudit audit = openAudit(auditId, AuditKind.FILE_AUDIT);
    Map<AuditQuestion, AuditAnswer> suggested = new EnumMap<>(AuditQuestion.class);
    answersOf(auditId).forEach(answer -> suggested.put(answer.getQuestion(), answer));
    FieldErrors errors = new FieldErrors();
    Map<AuditQuestion, Boolean> given = new EnumMap<>(AuditQuestion.class);
    Map<AuditQuestion, String> reasons = new EnumMap<>(AuditQuestion.class);
    for (AuditQuestion question : AuditQuestion.values()) {
      Boolean answer = yesNo(errors, question.key(), question.label(), submitted.get(question.key()));
      given.put(question, answer);
      if (!question.fromEvidence()) {
        continue;
      }
      String reason = errors.optionalText(question.reasonKey(), "Why", submitted.get(question.reasonKey()));
      Boolean evidence = suggested.containsKey(question) ? suggested.get(question).getSuggestedAnswer() : null;
      if (answer != null && evidence != null && !answer.equals(evidence) && reason == null) {
        errors.reject(question.reasonKey(), question.label() + ": the file's evidence suggests '" + yesNo(evidence)
            + "'; say why you answer '" + yesNo(answer) + "'");
      }
      reasons.put(question, reason);
    }
    String notRegularWhy = errors.optionalText(Field.NOT_REGULAR_WHY, "If not, why not",
        submitted.get(Field.NOT_REGULAR_WHY));
    if (Boolean.FALSE.equals(given.get(AuditQuestion.REGULAR_SUPERVISION)) && notRegularWhy == null) {
      errors.reject(Field.NOT_REGULAR_WHY, "Supervision was not regular: say why not, and whether the reasons are"
          + " recorded");
    }
    AuditJudgement judgement = FormValues.choice(errors, Field.JUDGEMENT, "Overall judgement", AuditJudgement.class,
        submitted.get(Field.JUDGEMENT));
    String comment = errors.requireText(Field.QUALITY_COMMENT, "Comment on the quality and evidence on file",
        submitted.get(Field.QUALITY_COMMENT));
    List<AuditCaseCheck> checks = caseChecks(errors, audit, submitted.get(Field.CASE_CHECKS));
    List<ActionDraft> drafts = actions.read(errors, Field.ACTIONS, "Actions",
        actionRows(errors, audit, submitted.get(Field.ACTIONS)), ACTION_SECTION,
        Set.of(audit.getSuperviseeId(), audit.getSupervisorId(), audit.getAuditorId()));
    errors.throwIfAny();

    for (AuditQuestion question : AuditQuestion.values()) {
      AuditAnswer answer = suggested.computeIfAbsent(question, q -> new AuditAnswer(auditId, q, null, null));
      String reason = question == AuditQuestion.REGULAR_SUPERVISION && Boolean.FALSE.equals(given.get(question))
          ? join(reasons.get(question), "Why not regular: " + notRegularWhy) : reasons.get(question);
      answer.answer(given.get(question), reason);
      answers.save(answer);
    }
    caseChecks.saveAll(checks);
    audit.judged(judgement, comment, today());
    actions.agree(audit.getSuperviseeId(), ActionSource.AUDIT, auditId, drafts);
    return audit;
  }

  /** The observation of a team manager supervising a practitioner: when, strengths, development points. */
  public GrandparentAudit recordObservation(Long auditId, Map<String, Object> submitted) {
    GrandparentAudit audit = openAudit(auditId, AuditKind.OBSERVATION);
    FieldErrors errors = new FieldErrors();
    LocalDate observedOn = FormValues.date(errors, Field.OBSERVED_ON, "Date observed",
        submitted.get(Field.OBSERVED_ON));
    if (observedOn != null && observedOn.isAfter(today())) {
      errors.reject(Field.OBSERVED_ON, "Date observed may not be in the future");
    }
    String strengths = errors.requireText(Field.STRENGTHS, "Strengths", submitted.get(Field.STRENGTHS));
    String development = errors.requireText(Field.DEVELOPMENT_POINTS, "Development points",
        submitted.get(Field.DEVELOPMENT_POINTS));
    errors.throwIfAny();
    audit.observed(observedOn, strengths, development, today());
    notifications.notify(audit.getSupervisorId(), "Feedback on your supervision of "
        + lineManagement.nameOf(audit.getSuperviseeId()), lineManagement.nameOf(audit.getAuditorId())
        + " observed your supervision of " + lineManagement.nameOf(audit.getSuperviseeId()) + " on " + observedOn
        + ".\n\nStrengths:\n" + strengths + "\n\nDevelopment points:\n" + development);
    return audit;
  }

  /**
   * An Inadequate supervision file is raised with the auditor's own manager, a tier further up.
   *
   * @return who was told, or null when the auditor has no manager (the DCS)
   */
  public String tellAuditorsManager(Long auditId) {
    GrandparentAudit audit = audit(auditId);
    String manager = lineManagement.lineManagerOf(audit.getAuditorId());
    if (manager == null) {
      return null;
    }
    notifications.notify(manager, "Supervision file judged Inadequate: " + lineManagement.nameOf(
        audit.getSuperviseeId()), lineManagement.nameOf(audit.getAuditorId()) + " audited the supervision file of "
        + lineManagement.nameOf(audit.getSuperviseeId()) + " (supervised by " + lineManagement.nameOf(
        audit.getSupervisorId()) + ") on " + audit.getCompletedOn() + " and judged it Inadequate.\n\n"
        + audit.getQualityComment() + "\n\nActions agreed: " + actionsOf(auditId).size() + ".");
    return manager;
  }

  private GrandparentAudit openAudit(Long auditId, AuditKind kind) {
    GrandparentAudit audit = audit(auditId);
    if (audit.getKind() != kind || audit.getStatus() != AuditStatus.OPEN) {
      throw new IllegalStateException("Audit " + auditId + " is not an open " + kind.label().toLowerCase());
    }
    return audit;
  }

  /** Section 3, for case holders: two cases (or all, when fewer are held), each with evidence of reflection. */
  private List<AuditCaseCheck> caseChecks(FieldErrors errors, GrandparentAudit audit, Object value) {
    if (!lineManagement.member(audit.getSuperviseeId()).isCaseHolding()) {
      return List.of();
    }
    Set<String> allocated = cases.findByAllocatedWorkerIdAndClosedOnIsNull(audit.getSuperviseeId()).stream()
        .map(ChildCase::getReference).collect(Collectors.toSet());
    Set<String> seen = new HashSet<>();
    List<AuditCaseCheck> checks = new ArrayList<>();
    for (Map<String, Object> row : FormLists.rows(errors, Field.CASE_CHECKS, "Section 3 cases", value)) {
      String reference = String.valueOf(row.get(CaseField.REFERENCE));
      String label = "Case " + reference + ": ";
      if (!allocated.contains(reference) || !seen.add(reference)) {
        errors.reject(Field.CASE_CHECKS, label + "not a case held by " + lineManagement.nameOf(audit.getSuperviseeId())
            + ", or listed twice");
        continue;
      }
      String reflection = errors.requireText(Field.CASE_CHECKS, label + "evidence of reflection",
          row.get(CaseField.REFLECTION));
      checks.add(new AuditCaseCheck(audit.getId(), reference,
          errors.optionalText(Field.CASE_CHECKS, label + "dates discussed", row.get(CaseField.DISCUSSION_DATES)),
          errors.optionalText(Field.CASE_CHECKS, label + "manager's decisions", row.get(CaseField.MANAGER_DECISIONS)),
          reflection, errors.optionalText(Field.CASE_CHECKS, label + "other issues", row.get(CaseField.OTHER_ISSUES))));
    }
    int needed = Math.min(AuditEvidence.CASES_AUDITED, allocated.size());
    if (seen.size() < needed) {
      errors.reject(Field.CASE_CHECKS, "Section 3: audit " + needed + " cases for reflective supervision");
    }
    return checks;
  }

  /**
   * The form names whom by role (supervisee, supervisor, auditor); actions are stored by user id,
   * with the auditor's comment kept with what is to be done.
   */
  private List<Map<String, Object>> actionRows(FieldErrors errors, GrandparentAudit audit, Object rows) {
    Map<String, String> owners = Map.of("supervisee", audit.getSuperviseeId(), "supervisor", audit.getSupervisorId(),
        "auditor", audit.getAuditorId());
    List<Map<String, Object>> mapped = new ArrayList<>();
    for (Map<String, Object> row : FormLists.rows(errors, Field.ACTIONS, "Actions", rows)) {
      Map<String, Object> copy = new LinkedHashMap<>(row);
      Object owner = row.get(ActionService.OWNER);
      if (owner != null && owners.containsKey(owner.toString())) {
        copy.put(ActionService.OWNER, owners.get(owner.toString()));
      }
      String comment = errors.optionalText(Field.ACTIONS, "Actions: the comment", row.get(ActionField.COMMENT),
          MAX_COMMENT_LENGTH);
      // The comment is kept with what is to be done, and the two must fit the action's description.
      String what = errors.optionalText(Field.ACTIONS, "Actions: the action required", row.get(ActionService.WHAT),
          MAX_WHAT_LENGTH);
      if (comment != null && what != null) {
        copy.put(ActionService.WHAT, what + "\n(Audit finding: " + comment + ")");
      }
      mapped.add(copy);
    }
    return mapped;
  }

  private static Boolean yesNo(FieldErrors errors, String field, String label, Object value) {
    String text = value == null ? "" : value.toString().trim();
    return switch (text) {
      case "yes" -> Boolean.TRUE;
      case "no" -> Boolean.FALSE;
      default -> {
        errors.reject(field, label + ": answer yes or no");
        yield null;
      }
    };
  }

  private static String yesNo(boolean answer) {
    return answer ? "yes" : "no";
  }

  private static String join(String first, String second) {
    return first == null ? second : first + "\n" + second;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
