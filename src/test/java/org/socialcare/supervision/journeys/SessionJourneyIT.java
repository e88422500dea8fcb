package org.socialcare.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.PackagedApplication;
import org.socialcare.supervision.journeys.pages.CamundaForm;
import org.socialcare.supervision.journeys.pages.CamundaForm.DynamicList;
import org.socialcare.supervision.journeys.pages.Tasklist;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskCard;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskView;

/**
 * Seed 001 Appendix 2 and seed 002 in the browser: the supervisor records a supervision session -
 * the headings discussed, two children's cases, an agreed action - the supervisee reads it,
 * comments and signs, the supervisor signs, and the supervisee finds the signed record as a PDF
 * in their supervision file and the discussion on the child's file. Then what the record form
 * refuses, and a team manager's session on the managers' record (Appendix 5). Demo organisation:
 * the Looked After Children team, whose first sessions took place last week and wait to be
 * recorded: Tina Marlow's with Mia Patel and Leo Foster, Sofia Marsh's with Tina Marlow.
 */
@BrowserJourney
class SessionJourneyIT {

  private static final String RECORD = "Record supervision session";
  private static final String MANAGERS_RECORD = "Record manager's supervision session";
  private static final String SUPERVISEE_SIGNS = "Comment on and sign the supervision record";
  private static final String SUPERVISOR_SIGNS = "Sign the supervision record";
  private static final String PROCESS = "Supervision session";

  /** The record's headings: a section's text field is labelled "<heading> - issues discussed". */
  private static final String WORKLOAD_HEADING = "1. Workload management (quality assurance issues, workload "
      + "weighting, performance management)";
  private static final String WORKLOAD = WORKLOAD_HEADING + " - issues discussed";
  private static final String DEVELOPMENT = "2. Professional development issues (training, induction training needs, "
      + "career development issues) - issues discussed";
  private static final String GAP_COMMENT = "Comments: the gap since the last supervision exceeds the frequency "
      + "agreed in the contract";
  private static final String ACTIONS = "Agreed actions (what, whom, when)";
  private static final String CASES = "Case discussions (seed 002: each child at the frequency its involvement needs; "
      + "due ones first)";

  private static final String WORKLOAD_TEXT = "Twelve children allocated; two placement moves this month. Caseload "
      + "weighting reviewed: no new allocations for two weeks.";
  private static final String DEVELOPMENT_TEXT = "Wants to attend the court skills course in the spring.";
  private static final String ACTION_TEXT = "Book the court skills course";
  private static final String BUDGET_TEXT = "Agency placements over budget by 6%; two in-house carers approved.";
  private static final String SUPERVISEE_COMMENT = "An accurate record; the pause in allocations helps.";

  /** How the record form shows when the session was booked: "Thursday 19 November 2026 at 10:00". */
  private static final DateTimeFormatter BOOKED = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm",
      Locale.UK);

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theSupervisorRecordsTheSessionBothSignAndTheRecordIsOnTheSupervisionAndChildrensFiles(Browser browser)
      throws Exception {
    Tasklist tasklist = new Tasklist(browser);

    tasklist.logIn("tina.marlow");
    assertThat(tasklist.filter("My tasks").tasks()).contains(new TaskCard(RECORD, PROCESS, "Mia Patel"));
    TaskView record = tasklist.openTask(RECORD, "Mia Patel");
    CamundaForm form = record.form();
    assertThat(form.value("Name of supervisee")).isEqualTo("Mia Patel");
    LocalDate bookedOn = LocalDate.parse(form.value("Booked for"), BOOKED);
    assertThat(form.value("Date of this supervision")).as("the booked date, proposed")
        .isEqualTo(bookedOn.format(DateTimeFormatter.ofPattern("M/d/yyyy")));
    assertThat(form.value("Duration (minutes)")).as("the contract's duration, proposed").isEqualTo("90");
    assertThat(form.value("Date of last supervision")).isEqualTo("none recorded");
    assertThat(form.has(GAP_COMMENT)).as("no gap to comment on before the first supervision").isFalse();
    form.fill(WORKLOAD, WORKLOAD_TEXT).fill(DEVELOPMENT, DEVELOPMENT_TEXT);

    DynamicList cases = form.list(CASES);
    assertThat(cases.size()).as("Mia Patel's children").isGreaterThanOrEqualTo(3);
    CamundaForm first = cases.row(0);
    CamundaForm second = cases.row(1);
    assertThat(first.value("Last discussed")).isEqualTo("never");
    assertThat(first.has("Current issues / situation")).as("asked only once discussed").isFalse();
    String firstCase = first.value("Child's case");
    String secondCase = second.value("Child's case");
    discussed(first, firstCase);
    discussed(second, secondCase);
    assertThat(cases.row(2).has("Reflection")).as("a case not discussed asks nothing").isFalse();

    CamundaForm action = form.list(ACTIONS).add();
    LocalDate inTwoWeeks = LocalDate.now().plusWeeks(2);
    action.choose("Under heading", WORKLOAD_HEADING)
        .fill("Agreed action", ACTION_TEXT)
        .choose("Whom", "Supervisee")
        .date("By when", inTwoWeeks);
    record.screenshotForm("session-1-recorded-by-supervisor");
    record.complete();
    assertThat(tasklist.tasks()).doesNotContain(new TaskCard(RECORD, PROCESS, "Mia Patel"))
        .contains(new TaskCard(RECORD, PROCESS, "Leo Foster"));
    tasklist.logOut();

    tasklist.logIn("mia.patel");
    assertThat(tasklist.filter("My tasks").tasks())
        .contains(new TaskCard(SUPERVISEE_SIGNS, PROCESS, "Mia Patel"), new TaskCard("Carry out agreed action",
            "Agreed action", "Mia Patel"));
    TaskView sign = tasklist.openTask(SUPERVISEE_SIGNS, "Mia Patel");
    form = sign.form();
    assertThat(form.value("Supervision record"))
        .contains("Supervision of Mia Patel by Tina Marlow", WORKLOAD_TEXT, DEVELOPMENT_TEXT,
            "- " + ACTION_TEXT + " (Mia Patel, by " + inTwoWeeks + ")",
            "Case " + firstCase, situation(firstCase), "Case " + secondCase, caseActions(secondCase));
    form.fill("Supervisee's comments", SUPERVISEE_COMMENT).check("I sign this supervision record");
    sign.screenshotForm("session-2-signed-by-supervisee");
    sign.complete();
    tasklist.logOut();

    tasklist.logIn("tina.marlow");
    TaskView countersign = tasklist.filter("My tasks").openTask(SUPERVISOR_SIGNS, "Mia Patel");
    form = countersign.form();
    assertThat(form.value("Supervision record")).contains("Supervisee's comments: " + SUPERVISEE_COMMENT);
    form.check("I sign this supervision record");
    countersign.complete();
    tasklist.logOut();

    tasklist.logIn("mia.patel");
    browser.open("/api/supervisees/mia.patel/records");
    JsonNode records = json.readTree(browser.pageText());
    browser.screenshot("session-3-supervisees-records");
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("supervisor").asText()).isEqualTo("Tina Marlow");
    assertThat(records.get(0).get("status").asText()).isEqualTo("SIGNED");
    Browser.Fetched pdf = browser.fetch(records.get(0).get("pdf").asText());
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertThat(text).contains("Mia Patel", "Tina Marlow", "Signed by both", bookedOn + " (90 minutes)",
          situation(firstCase), caseActions(secondCase), ACTION_TEXT, SUPERVISEE_COMMENT);
    }

    browser.open("/api/cases/" + firstCase + "/discussions");
    JsonNode discussions = json.readTree(browser.pageText());
    browser.screenshot("session-4-case-discussion-on-the-childs-file");
    assertThat(discussions).hasSize(1);
    assertThat(discussions.get(0).get("recordedBy").asText()).isEqualTo("Tina Marlow");
    assertThat(discussions.get(0).get("source").asText()).isEqualTo("SESSION");
    assertThat(discussions.get(0).get("currentSituation").asText()).isEqualTo(situation(firstCase));
    assertThat(discussions.get(0).get("actions").asText()).isEqualTo(caseActions(firstCase));
  }

  @Test
  void theRecordFormAsksForTheDurationAndTheServerRefusesASessionDatedInTheFuture(Browser browser,
      PackagedApplication application) throws Exception {
    Tasklist tasklist = new Tasklist(browser).logIn("tina.marlow");
    TaskView record = tasklist.filter("My tasks").openTask(RECORD, "Leo Foster");
    CamundaForm form = record.form().fill(WORKLOAD, WORKLOAD_TEXT).fill("Duration (minutes)", "");

    assertThat(record.completeExpectingFormErrors()).containsExactly(entry("Duration (minutes)", "Field is required."));
    assertThat(record.canComplete()).isFalse();
    browser.screenshot("session-5-duration-left-empty");

    form.fill("Duration (minutes)", "60").date("Date of this supervision", LocalDate.now().plusDays(3));
    assertThat(record.completeExpectingRejection()).contains("Date of this supervision may not be in the future");
    browser.screenshot("session-6-session-in-the-future-refused-by-the-server");
    assertThat(record.isOpen()).isTrue();
    assertThat(application.get("tina.marlow", "/engine-rest/task/" + record.id()).get("name").asText())
        .isEqualTo(RECORD);
    assertThat(application.get("tina.marlow", "/api/supervisees/leo.foster/records")).as("nothing recorded").isEmpty();
  }

  /**
   * Arthur Lane's file has a history (see the README): a session held about ten weeks ago, and none
   * recorded since. Recording one held today, two months on, the form demands a gap comment.
   */
  @Test
  void aGapLongerThanTheContractedFrequencyDemandsAComment(Browser browser, PackagedApplication application)
      throws Exception {
    JsonNode earlier = application.get("tina.marlow", "/api/supervisees/arthur.lane/records");
    assertThat(earlier).as("the seeded history: one signed record").hasSize(1);
    String lastHeldOn = earlier.get(0).get("heldOn").asText();

    Tasklist tasklist = new Tasklist(browser).logIn("tina.marlow");
    TaskView record = tasklist.filter("My tasks").openTask(RECORD, "Arthur Lane");
    CamundaForm form = record.form();
    assertThat(form.value("Date of last supervision")).isEqualTo(lastHeldOn);
    form.date("Date of this supervision", LocalDate.now()).fill(WORKLOAD, WORKLOAD_TEXT);
    assertThat(form.has(GAP_COMMENT)).as("the gap since " + lastHeldOn + " exceeds a month").isTrue();
    assertThat(form.value("Gap allowed by the contract")).startsWith("The contract's frequency is monthly");

    assertThat(record.completeExpectingFormErrors()).containsExactly(entry(GAP_COMMENT, "Field is required."));
    assertThat(record.isOpen()).isTrue();
    record.screenshotForm("session-8-gap-comment-demanded");

    form.fill(GAP_COMMENT, "Two sessions lost to court hearings; cover was not arranged.");
    record.complete();
    JsonNode records = application.get("tina.marlow", "/api/supervisees/arthur.lane/records");
    assertThat(records.findValuesAsText("heldOn")).as("recorded, with its comment").containsExactlyInAnyOrder(lastHeldOn,
        LocalDate.now().toString());
  }

  @Test
  void aTeamManagersSessionIsRecordedOnTheManagersAgendaAndGoesToThemToSign(Browser browser) {
    Tasklist tasklist = new Tasklist(browser).logIn("sofia.marsh");
    TaskView record = tasklist.filter("My tasks").openTask(MANAGERS_RECORD, "Tina Marlow");
    CamundaForm form = record.form();
    assertThat(form.has(WORKLOAD)).as("Appendix 5, not Appendix 2").isFalse();
    assertThat(form.has(GAP_COMMENT)).isFalse();
    assertThat(form.list(CASES).size()).as("a team manager holds no cases").isZero();
    form.fill("3. Budget and financial management - issues discussed", BUDGET_TEXT);
    form.list(ACTIONS).add()
        .choose("Under heading", "3. Budget and financial management")
        .fill("Agreed action", "Ask finance for the placement forecast")
        .choose("Whom", "Supervisor")
        .date("By when", LocalDate.now().plusWeeks(1));
    record.screenshotForm("session-7-managers-session-recorded");
    record.complete();
    tasklist.logOut();

    tasklist.logIn("tina.marlow");
    TaskView sign = tasklist.filter("My tasks").openTask(SUPERVISEE_SIGNS, "Tina Marlow");
    assertThat(sign.form().value("Supervision record"))
        .contains("Supervision of Tina Marlow by Sofia Marsh", BUDGET_TEXT,
            "- Ask finance for the placement forecast (Sofia Marsh, by " + LocalDate.now().plusWeeks(1) + ")");
  }

  /** Ticks the case as discussed, and fills in the four headings the form then asks for. */
  private static void discussed(CamundaForm row, String reference) {
    row.check("Discussed in this session")
        .fill("Current issues / situation", situation(reference))
        .fill("Reflection", "Reflection on " + reference + ": the placement holds; contact is the pressure point.")
        .fill("Analysis", "Analysis of " + reference + ": risk reduced since the last review.")
        .fill("Actions", caseActions(reference));
  }

  private static String situation(String reference) {
    return "Situation of " + reference + ": settled at school, contact with mother resumed.";
  }

  private static String caseActions(String reference) {
    return "Actions for " + reference + ": statutory visit within four weeks; update the care plan.";
  }
}
