package org.socialcare.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.PackagedApplication;
import org.socialcare.supervision.journeys.pages.CamundaForm;
import org.socialcare.supervision.journeys.pages.Cockpit;
import org.socialcare.supervision.journeys.pages.Tasklist;
import org.socialcare.supervision.journeys.pages.Tasklist.StartProcessDialog;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskCard;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskView;

/**
 * Seed 001, section 10 and Appendix 1, in the browser: the supervisor drafts the contract in
 * Tasklist, supervisee and supervisor each sign it in their own task, and it is in force; then the
 * supervisee asks for an earlier review and the supervisor finds it in their tasks. Demo
 * organisation: Tom Mason supervises Priya Shah.
 */
@BrowserJourney
class ContractJourneyIT {

  private static final String KEY_TASKS = "Section 17 and 47 assessments; first court work.";

  @Test
  void theSupervisorDraftsTheContractBothSignItAndItComesIntoForce(Browser browser, PackagedApplication application)
      throws Exception {
    Tasklist tasklist = new Tasklist(browser);

    tasklist.logIn("tom.mason");
    assertThat(tasklist.filters()).containsExactly("My tasks", "Due this week", "Overdue", "My group's tasks");
    assertThat(tasklist.filter("My tasks").tasks())
        .contains(new TaskCard("Draft supervision contract", "Supervision contract", "Priya Shah"));
    TaskView draft = tasklist.openTask("Draft supervision contract", "Priya Shah");
    CamundaForm form = draft.form();
    assertThat(form.value("Supervisee")).isEqualTo("Priya Shah");
    assertThat(form.value("Policy minimum for this supervisee")).startsWith("Monthly, 90 minutes");
    assertThat(form.value("Frequency of supervision")).as("proposed from the policy").isEqualTo("Monthly");
    form.choose("Frequency of supervision", "Fortnightly")
        .fill("Duration of each session (minutes)", "120")
        .fill("Key tasks of the supervisee", KEY_TASKS)
        .date("Date of review", LocalDate.now().plusMonths(6));
    browser.screenshot("contract-1-drafted-by-supervisor");
    draft.complete();
    assertThat(tasklist.tasks())
        .contains(new TaskCard("Sign supervision contract (supervisor)", "Supervision contract", "Priya Shah"))
        .doesNotContain(new TaskCard("Draft supervision contract", "Supervision contract", "Priya Shah"));
    tasklist.logOut();

    tasklist.logIn("priya.shah");
    assertThat(tasklist.filter("My tasks").tasks())
        .containsExactly(new TaskCard("Sign supervision contract (supervisee)", "Supervision contract", "Priya Shah"));
    TaskView sign = tasklist.openTask("Sign supervision contract (supervisee)", "Priya Shah");
    form = sign.form();
    assertThat(form.value("Frequency of supervision")).isEqualTo("Fortnightly");
    assertThat(form.value("Duration of each session (minutes)")).isEqualTo("120");
    assertThat(form.value("Key tasks of the supervisee")).isEqualTo(KEY_TASKS);
    assertThat(form.isDisabled("Key tasks of the supervisee")).as("the supervisee reads, not edits").isTrue();
    form.choose("Your decision", "I sign this contract (dated today)");
    browser.screenshot("contract-2-signed-by-supervisee");
    sign.complete();
    assertThat(tasklist.tasks()).isEmpty();
    tasklist.logOut();

    tasklist.logIn("tom.mason");
    TaskView countersign = tasklist.filter("My tasks")
        .openTask("Sign supervision contract (supervisor)", "Priya Shah");
    countersign.form().check("I sign this contract (dated today)");
    countersign.complete();

    String instanceId = application.get("tom.mason",
        "/engine-rest/process-instance?processDefinitionKey=supervision-contract&businessKey=priya.shah")
        .get(0).get("id").asText();
    await("the contract put in force (asynchronously, by the job executor)").atMost(Duration.ofSeconds(60))
        .until(() -> application.get("tom.mason", "/engine-rest/history/activity-instance?processInstanceId="
            + instanceId + "&activityId=ServiceTask_PutContractInForce&finished=true").size() == 1);
    JsonNode reviewDueAt = application.get("tom.mason",
        "/engine-rest/process-instance/" + instanceId + "/variables/reviewDueAt");
    assertThat(reviewDueAt.get("value").asText()).startsWith(LocalDate.now().plusMonths(6).toString());

    Cockpit cockpit = new Cockpit(browser).open();
    Cockpit.ProcessInstanceView contract = cockpit.openProcess("Supervision contract").openInstance("priya.shah");
    assertThat(contract.instanceId()).isEqualTo(instanceId);
    assertThat(contract.activeActivities()).as("in force, waiting for its review").containsExactly("Gateway_AwaitReview");
    browser.screenshot("contract-3-in-force-in-cockpit");
    cockpit.logOut();

    tasklist.logIn("priya.shah");
    StartProcessDialog request = tasklist.startProcess("Ask for an earlier contract review");
    request.form().fill("Why an earlier review is needed", "I have started holding court cases.");
    request.start();
    tasklist.logOut();

    tasklist.logIn("tom.mason");
    assertThat(tasklist.filter("My tasks").tasks())
        .contains(new TaskCard("Review supervision contract", "Supervision contract", "Priya Shah"));
    browser.screenshot("contract-4-review-asked-for-by-supervisee");
  }
}
