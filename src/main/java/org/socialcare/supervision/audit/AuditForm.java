package org.socialcare.supervision.audit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.socialcare.supervision.audit.AuditEvidence.CaseEvidence;
import org.socialcare.supervision.audit.AuditEvidence.Evidence;
import org.socialcare.supervision.audit.AuditEvidence.Finding;
import org.socialcare.supervision.common.FormFields;
import org.socialcare.supervision.common.FormJson;
import org.socialcare.supervision.organisation.LineManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the audit tool shows when the auditor opens it: for each section 1 question the answer the
 * file's evidence suggests and the evidence itself, the explanations recorded for gaps, which
 * sections recent records used, and for case holders two children's cases with their supervision
 * discussions of the preceding six months. The suggestions are stored with the audit, so the
 * server knows which answers the auditor changed.
 */
@Component
@Transactional
public class AuditForm {

  /** Form keys of the audit tool (Form_AuditSupervisionFile) and of the observation. */
  public static final class Field {
    public static final String NOT_REGULAR_WHY = "notRegularWhy";
    public static final String JUDGEMENT = "judgement";
    public static final String QUALITY_COMMENT = "qualityComment";
    public static final String CASE_HOLDER = "caseHolder";
    public static final String CASE_CHECKS = "caseChecks";
    public static final String ACTIONS = "auditActions";
    public static final String OBSERVED_ON = "observedOn";
    public static final String STRENGTHS = "strengths";
    public static final String DEVELOPMENT_POINTS = "developmentPoints";

    private Field() {
    }
  }

  /** Keys of one row of section 3. */
  static final class CaseField {
    static final String REFERENCE = "caseReference";
    static final String DISCUSSION_DATES = "discussionDates";
    static final String MANAGER_DECISIONS = "managerDecisions";
    static final String REFLECTION = "evidenceOfReflection";
    static final String OTHER_ISSUES = "otherIssues";

    private CaseField() {
    }
  }

  /** Keys of one row of the actions list. */
  static final class ActionField {
    static final String COMMENT = "comment";

    private ActionField() {
    }
  }

  static final FormFields AUDIT_FORM = auditFormFields();

  static final FormFields OBSERVATION_FORM = FormFields.of("Form_ObserveSupervisionPractice")
      .date(Field.OBSERVED_ON)
      .text(Field.STRENGTHS)
      .text(Field.DEVELOPMENT_POINTS);

  private final AuditTool tool;
  private final AuditEvidence evidence;
  private final SupervisionFiles files;
  private final LineManagement lineManagement;
  private final Clock clock;

  AuditForm(AuditTool tool, AuditEvidence evidence, SupervisionFiles files, LineManagement lineManagement,
      Clock clock) {
    this.tool = tool;
    this.evidence = evidence;
    this.files = files;
    this.lineManagement = lineManagement;
    this.clock = clock;
  }

  public Map<String, Object> valuesFor(Long auditId) {
    GrandparentAudit audit = tool.audit(auditId);
    Evidence found = evidence.of(audit.getSuperviseeId());
    tool.suggest(auditId, found.findings());
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("auditDate", LocalDate.now(clock).toString());
    for (Map.Entry<AuditQuestion, Finding> finding : found.findings().entrySet()) {
      AuditQuestion question = finding.getKey();
      String answer = finding.getValue().suggested() ? "yes" : "no";
      values.put(question.key(), answer);
      values.put(question.suggestedKey(), answer);
      values.put(question.evidenceKey(), finding.getValue().evidence());
    }
    values.put("hcpcNumber", files.fileOf(audit.getSuperviseeId()).map(SupervisionFile::getHcpcNumber).orElse(""));
    values.put(Field.NOT_REGULAR_WHY, found.explanationsRecorded());
    values.put("sectionsUsed", found.sectionsUsed());
    boolean caseHolder = lineManagement.member(audit.getSuperviseeId()).isCaseHolding();
    values.put(Field.CASE_HOLDER, caseHolder);
    values.put(Field.CASE_CHECKS, FormJson.of(caseHolder ? caseRows(found.cases()) : List.of()));
    values.put("actionOwners", FormJson.of(List.of(
        FormJson.option("supervisee", lineManagement.nameOf(audit.getSuperviseeId()) + " (supervisee)"),
        FormJson.option("supervisor", lineManagement.nameOf(audit.getSupervisorId()) + " (supervisor)"),
        FormJson.option("auditor", lineManagement.nameOf(audit.getAuditorId()) + " (auditor)"))));
    values.put(Field.ACTIONS, FormJson.of(List.of()));
    return values;
  }

  private static List<Map<String, Object>> caseRows(List<CaseEvidence> cases) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CaseEvidence child : cases) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(CaseField.REFERENCE, child.reference());
      row.put("natureOfInvolvement", child.natureOfInvolvement());
      row.put(CaseField.DISCUSSION_DATES, child.discussedOn().isEmpty() ? "none in the preceding 6 months"
          : child.discussedOn().stream().map(Object::toString).collect(Collectors.joining(", ")));
      row.put(CaseField.MANAGER_DECISIONS, child.decisions());
      rows.add(row);
    }
    return rows;
  }

  private static FormFields auditFormFields() {
    FormFields fields = FormFields.of("Form_AuditSupervisionFile");
    for (AuditQuestion question : AuditQuestion.values()) {
      fields.choice(question.key(), "yes", "no");
      if (question.fromEvidence()) {
        fields.text(question.reasonKey());
      }
    }
    return fields.text(Field.NOT_REGULAR_WHY)
        .choice(Field.JUDGEMENT, AuditJudgement.class)
        .text(Field.QUALITY_COMMENT)
        .list(Field.CASE_CHECKS)
        .list(Field.ACTIONS);
  }
}
