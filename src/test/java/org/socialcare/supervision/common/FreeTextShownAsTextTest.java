package org.socialcare.supervision.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.common.ModelFiles.Form;
import org.socialcare.supervision.common.ModelFiles.FormField;
import org.socialcare.supervision.compliance.ComplianceCsv;
import org.socialcare.supervision.compliance.ComplianceReport;
import org.socialcare.supervision.compliance.ComplianceScope;
import org.socialcare.supervision.compliance.Rag;
import org.socialcare.supervision.compliance.StaffCompliance;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.contract.SupervisionFrequency;
import org.socialcare.supervision.leaver.ArchivePdf;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.socialcare.supervision.session.RecordPdf;
import org.socialcare.supervision.session.SessionRecording;
import org.socialcare.supervision.session.SessionSchedule;
import org.socialcare.supervision.session.SupervisionRecord;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Markup, script and formulas typed into free text (issue 8: "HTML/script in free text, stored as
 * given, never executed when shown") are stored exactly as typed and shown as text wherever the
 * application shows them: in the record's PDF and the archive's PDFs, in CSV exports (where text a
 * spreadsheet would run as a formula is neutralised), in the Cockpit plugin (every value it puts
 * into the page is escaped), in mails (plain text: MailOutboxTest) and in Tasklist forms (no text
 * view of a form renders, as Markdown, a variable that someone typed). {@link BadSubmissionFuzzTest} submits such
 * text through every form and checks it is stored as typed.
 */
class FreeTextShownAsTextTest extends ProcessTestCase {

  private static final Path PLUGIN = Path.of("src/main/resources/plugin-webapp/supervision-compliance/app/plugin.js");

  @Autowired
  ContractFixture contracts;
  @Autowired
  SessionSchedule schedule;
  @Autowired
  SessionRecording recording;
  @Autowired
  RecordPdf recordPdf;

  @Test
  void aRecordKeepsMarkupAsTypedAndItsPdfShowsItAsText() throws IOException {
    People people = organisation.create(today());
    contracts.inForce(people.practitioner());
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2026, 4, 2, 12, 0).atZone(ZoneId.systemDefault()).toInstant()));
    Map<String, Object> values = new HashMap<>();
    values.put("heldOn", "2026-04-02");
    values.put("durationMinutes", 90);
    values.put("workloadManagement", Payloads.of("workloadManagement"));
    values.put("supervisorComments", Payloads.formula("supervisorComments"));
    values.put("actions", List.of(Map.of("section", "workloadManagement", "what", Payloads.IMAGE, "ownerId", "supervisee",
        "dueOn", "2026-04-16")));

    SupervisionRecord record = recording.record(schedule.scheduleOf(people.practitioner()).get(0).getId(), values, null);

    assertThat(recording.sectionsOf(record.getId()).get(0).getDiscussed()).isEqualTo(Payloads.of("workloadManagement"));
    assertThat(record.getSupervisorComments()).isEqualTo(Payloads.formula("supervisorComments"));
    assertThat(recording.actionsOf(record.getId()).get(0).getDescription()).isEqualTo(Payloads.IMAGE);
    assertThat(recording.summary(record.getId())).contains(Payloads.of("workloadManagement"), Payloads.IMAGE);
    assertThat(textOf(recordPdf.render(record.getId())))
        .contains(Payloads.SCRIPT, Payloads.IMAGE, Payloads.FORMULA, "& \"quotes\" 'too'");
  }

  @Test
  void anArchivedRecordsPdfShowsMarkupAsText() throws IOException {
    byte[] pdf = ArchivePdf.titled("Agreed action").row("Action", Payloads.of("Action")).render();

    assertThat(textOf(pdf)).contains(Payloads.SCRIPT, Payloads.IMAGE, Payloads.FORMULA);
  }

  @Test
  void aCsvExportShowsFormulasAsTypedText() throws IOException {
    StaffCompliance.Person person = new StaffCompliance.Person("pr-1", Payloads.FORMULA, "+SUM(A1:A9)", "T-1",
        "-2+3 team", "S-1", "@SUM(1)", "tm-1", "\tTab Lead");
    StaffCompliance compliance = new StaffCompliance(person, null, SupervisionFrequency.MONTHLY, "Monthly", null, null,
        null, -1, 0, 0.0, 12, 10, 0, null, 0, 0, 0, List.of(), null, Rag.RED, List.of("=1+1 reason"));
    ComplianceReport report = new ComplianceReport(LocalDate.of(2026, 4, 2),
        new ComplianceScope(ComplianceScope.Kind.EVERYONE, null), List.of(compliance), List.of());

    String csv = new ComplianceCsv().write(report);

    CSVRecord row = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv)).getRecords().get(0);
    assertThat(row.get("Name")).isEqualTo("'" + Payloads.FORMULA);
    assertThat(row.get("Job title")).isEqualTo("'+SUM(A1:A9)");
    assertThat(row.get("Team")).isEqualTo("'-2+3 team");
    assertThat(row.get("Service")).isEqualTo("'@SUM(1)");
    assertThat(row.get("Supervisor")).isEqualTo("'\tTab Lead");
    assertThat(row.get("Reasons")).isEqualTo("'=1+1 reason");
    assertThat(row.get("Sessions held (12 months)")).as("numbers are left as numbers").isEqualTo("-1");
  }

  /**
   * The plugin builds its pages as HTML text: every value interpolated into it must pass through
   * {@code esc} (or {@code day}, {@code when}, {@code rag}, which escape), or be one of the reviewed
   * interpolations below - numbers, layout, HTML the plugin built itself from escaped parts. A new
   * interpolation of data fails here until it is escaped (or reviewed and added).
   */
  @Test
  void theCockpitPluginEscapesEveryValueItPutsIntoThePage() throws IOException {
    String script = Files.readString(PLUGIN);
    assertThat(script).doesNotContain("insertAdjacentHTML", "outerHTML", "document.write", "eval(", "new Function");

    List<String> unescaped = new ArrayList<>();
    for (String expression : JsTemplates.interpolations(script)) {
      if (!ESCAPED.matcher(expression).matches() && !REVIEWED.contains(expression)) {
        unescaped.add("${" + expression + "}");
      }
      if (expression.startsWith("table(")) {
        for (String cell : JsTemplates.tableCells(expression)) {
          if (!ESCAPED.matcher(cell).matches() && !cell.startsWith("`") && !REVIEWED_CELLS.contains(cell)) {
            unescaped.add("table cell " + cell);
          }
        }
      }
    }
    assertThat(unescaped).as("values put into the page without esc() in " + PLUGIN).isEmpty();
  }

  /** A value given to one of the plugin's escaping functions (a date may be cut short after). */
  private static final Pattern ESCAPED = Pattern.compile(
      "(esc|day|when|rag|encodeURIComponent|scopeQuery|table|peopleTable|trendChart)\\(.*\\)(\\.substring\\([0-9, ]+\\))?",
      Pattern.DOTALL);

  /** Interpolations reviewed as safe: numbers, chart layout, constants, and HTML built from escaped parts. */
  private static final Set<String> REVIEWED = Set.of(
      "api.cockpitApi", "PLUGIN_ID", "api.engine", "response.status", "ROUTE",
      "known ? m.percent : \"\"", "known ? m.percent + \"%\" : \"n/a\"", "m.supervised", "m.expected",
      "x.toFixed(1)", "y.toFixed(1)", "(slot * 0.7).toFixed(1)", "h.toFixed(1)", "colour", "(x + slot * 0.35).toFixed(1)",
      "(y - 4).toFixed(1)", "height - bottom + 15", "width", "height", "y", "y + 4", "p", "axis", "bars", "i",
      "p.sessionsHeld", "p.expectedSessions", "p.qualifyingSessions", "p.minimumSessions",
      "Number(p.hoursHeld).toFixed(1)", "p.consecutiveMissedMonths", "p.asye.periodsMet", "p.asye.periodsDue",
      "p.openActions", "p.overdueActions", "p.overdueCases.length", "p.casesHeld", "r.id",
      "report.counts.RED", "report.counts.AMBER", "report.counts.GREEN",
      "p.asye ? `${p.asye.periodsMet} / ${p.asye.periodsDue} (${esc(p.asye.currentFrequency)})` : \"-\"",
      "p.contract ? day(p.contract.reviewDate) : \"none\"",
      "p.lastAudit ? `${day(p.lastAudit.auditedOn)} ${esc(p.lastAudit.judgement)}` : \"-\"",
      "p.reasons.map(r => `<li>${esc(r)}</li>`).join(\"\")",
      "c.reasons.map(r => `<li>${esc(r)}</li>`).join(\"\") || \"<li>Meets the policy.</li>\"",
      "c.contract ? `${esc(c.contract.frequency)}, in force from ${day(c.contract.inForceFrom)}, review "
          + "${day(c.contract.reviewDate)}` : \"none in force\"",
      "h.groupSessions.length ? h.groupSessions.map(day).join(\", \") : \"None.\"",
      "s.kind === scope.kind && s.code === scope.code ? \"selected\" : \"\"",
      // table(): its rows and cells, each checked as a table cell below
      "rows", "headings.map(h => `<th>${esc(h)}</th>`).join(\"\")",
      "rows.map(r => `<tr>${r.map(c => `<td>${c}</td>`).join(\"\")}</tr>`).join(\"\")",
      "r.map(c => `<td>${c}</td>`).join(\"\")", "c",
      // HTML the plugin built just before from escaped parts
      "options", "pdf");

  /** Cells of the tables on a person's page that are not escaped, reviewed as safe. */
  private static final Set<String> REVIEWED_CELLS = Set.of(
      "r.durationMinutes", "esc(r.status) + (r.correction ? \" (correction)\" : \"\")", "m.consecutiveMonths",
      "m.flaggedOnFile ? \"yes\" : \"no\"", "k.overdue ? rag(\"RED\").replace(\">RED<\", \">OVERDUE<\") : \"\"");

  /**
   * A Text view renders its text as Markdown, so a variable someone typed, put into it with
   * {{...}}, would be rendered as HTML; such text is shown in a read-only field instead.
   */
  @Test
  void noFormRendersTypedTextAsMarkdown() {
    Set<String> typed = new TreeSet<>();
    for (Form form : ModelFiles.formsById().values()) {
      form.fields().stream().filter(field -> !field.readOnly())
          .filter(field -> field.type().equals("textarea") || field.type().equals("textfield"))
          .map(FormField::key).forEach(typed::add);
    }
    List<String> rendered = new ArrayList<>();
    for (Form form : ModelFiles.formsById().values()) {
      textViews(form.json().path("components"), form.id(), typed, rendered);
    }
    assertThat(rendered).as("text views that render typed text as Markdown").isEmpty();
  }

  private static void textViews(JsonNode components, String formId, Set<String> typed, List<String> rendered) {
    for (JsonNode component : components) {
      String text = component.path("text").asText("") + component.path("content").asText("");
      Matcher variable = Pattern.compile("\\{\\{\\s*([\\w.]+)\\s*}}").matcher(text);
      while (variable.find()) {
        if (typed.contains(variable.group(1))) {
          rendered.add(formId + " " + component.path("id").asText() + ": {{" + variable.group(1) + "}}");
        }
      }
      textViews(component.path("components"), formId, typed, rendered);
    }
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }
  }
}
