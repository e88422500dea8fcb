package org.socialcare.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.PackagedApplication;
import org.socialcare.supervision.journeys.pages.CamundaForm;
import org.socialcare.supervision.journeys.pages.Tasklist;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskView;

/**
 * The grandparent audit in Tasklist. Demo organisation: Sofia Marsh, service manager of Children
 * in Care, has this quarter's audits of two practitioners' files, supervised by team managers who
 * report to her. The Looked After Children team's contracts were signed five weeks ago and no
 * session is recorded yet, so the file shows a contract in force and supervision not regular.
 */
@BrowserJourney
class AuditJourneyIT {

  private static final String AUDIT = "Audit the supervision file";
  private static final String CONTRACT = "1.1 Is there a supervision contract in place?";
  private static final String CONTRACT_WHY = "Why your answer to 1.1 differs from what the file shows";
  private static final String REGULAR = "1.8 Have supervisions been conducted regularly - as indicated in the"
      + " supervision contract and policy?";

  @Test
  void theAuditorSeesTheEvidenceSaysWhyTheyDisagreeJudgesAndAgreesAnAction(Browser browser,
      PackagedApplication application) throws Exception {
    JsonNode task = auditOfAFileWithAContractAndNoSessionRecorded(application, "sofia.marsh");
    String taskPath = "/engine-rest/task/" + task.get("id").asText() + "/variables/";
    String supervisee = application.get("sofia.marsh", taskPath + "superviseeName").get("value").asText();
    String supervisor = application.get("sofia.marsh", taskPath + "supervisorName").get("value").asText();
    String supervisorId = application.get("sofia.marsh", taskPath + "supervisorId").get("value").asText();

    Tasklist tasklist = new Tasklist(browser).logIn("sofia.marsh");
    TaskView audit = tasklist.filter("My tasks").openTask(AUDIT, supervisee);
    CamundaForm form = audit.form();
    assertThat(form.value("1.1 What the file shows")).startsWith("Contract in force from");
    assertThat(form.value(CONTRACT)).as("suggested from the contract in force").isEqualTo("Yes");
    assertThat(form.has(CONTRACT_WHY)).as("agreeing needs no reason").isFalse();
    assertThat(form.value(REGULAR)).as("no session recorded since the contract").isEqualTo("No");
    browser.screenshot("audit-1-evidence-filled-in");

    form.choose(CONTRACT, "No");
    assertThat(form.has(CONTRACT_WHY)).as("disagreeing asks why").isTrue();
    form.fill(CONTRACT_WHY, "The paper copy on file is not signed by the supervisee")
        .fill("If not, why not? Are the explanations clearly recorded? (the gap comments recorded are shown)",
            "First session moved for a court hearing; recorded on the schedule");
    for (String question : new String[] {"2.1 Reflective practice", "2.2 Workload management",
        "2.3 Is there evidence of the supervisee's development and training needs being explored?",
        "2.4 Is there evidence of the supervisee's wellbeing and support needs being explored?",
        "2.5 Four functions - balanced"}) {
      form.choose(question, "Yes");
    }
    form.choose("Overall judgement of the supervision folder", "Requires Improvement")
        .fill("Comment on the quality and evidence on file (section 2)", "Contract needs both signatures");
    CamundaForm.DynamicList cases = form.list("Cases audited");
    for (int row = 0; row < cases.size(); row++) {
      cases.row(row).fill("Evidence of reflection within the supervision discussions", "Not yet discussed");
    }
    form.list("Actions (comment, action required, by whom, by when)").add()
        .fill("Comment", "Contract not signed by the supervisee")
        .fill("Action required", "Sign the contract with the supervisee")
        .choose("By whom", supervisor + " (supervisor)")
        .date("By when", LocalDate.now().plusWeeks(2));
    browser.screenshot("audit-2-disagreement-and-judgement");
    audit.complete();

    String instance = task.get("processInstanceId").asText();
    assertThat(application.get("sofia.marsh", "/engine-rest/history/process-instance/" + instance).get("state")
        .asText()).isEqualTo("COMPLETED");
    assertThat(application.get("sofia.marsh", "/engine-rest/history/variable-instance?processInstanceId=" + instance
        + "&variableName=judgement").get(0).get("value").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
    JsonNode followUp = application.get(supervisorId, "/engine-rest/task?processDefinitionKey=agreed-action"
        + "&assignee=" + supervisorId + "&processInstanceBusinessKey=" + application.get("sofia.marsh",
        "/engine-rest/history/process-instance/" + instance).get("businessKey").asText());
    assertThat(followUp).as("the action is a follow-up task for the supervisor").hasSize(1);
  }

  /**
   * An audit task of the auditor's whose file shows a contract in force and no session recorded since:
   * a supervisee of the demo's Looked After Children team, signed five weeks ago. The auditor also
   * audits files with no contract yet, and the demo's first start opens the quarter's audits as the
   * quarterly timer would, each as a step of its own on the job executor, in no fixed order: so the
   * task is chosen by what its file shows (the suggested answers), once it is there - a few seconds
   * after the application is ready.
   */
  private static JsonNode auditOfAFileWithAContractAndNoSessionRecorded(PackagedApplication application,
      String auditor) {
    String path = "/engine-rest/task?assignee=" + auditor + "&taskDefinitionKey=UserTask_AuditSupervisionFile"
        + "&processVariables=contractInPlaceSuggested_eq_yes,regularSupervisionSuggested_eq_no&sortBy=id&sortOrder=asc";
    return await(auditor + "'s audits of a file with a contract in force and no session recorded")
        .atMost(Duration.ofSeconds(60)).until(() -> application.get(auditor, path), tasks -> !tasks.isEmpty())
        .get(0);
  }
}
