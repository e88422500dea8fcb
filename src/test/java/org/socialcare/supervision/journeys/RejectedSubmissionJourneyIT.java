package org.socialcare.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.junit.jupiter.api.Test;
import org.socialcare.supervision.PackagedApplication;
import org.socialcare.supervision.journeys.pages.CamundaForm;
import org.socialcare.supervision.journeys.pages.Tasklist;
import org.socialcare.supervision.journeys.pages.Tasklist.StartProcessDialog;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskCard;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskView;

/**
 * What Tasklist shows when a submission breaks a rule - the form's own message for a required
 * field, the server's 400 message for a policy rule - and that the task stays open with nothing
 * changed. Demo organisation: Tom Mason drafts the contracts of Amelia Hughes and Liam Carter
 * (policy minimum monthly); Isla Ward is in another team.
 */
@BrowserJourney
class RejectedSubmissionJourneyIT {

  @Test
  void aRequiredFieldLeftEmptyShowsTheFormsMessageAndTheTaskStaysOpen(Browser browser,
      PackagedApplication application) throws Exception {
    Tasklist tasklist = new Tasklist(browser).logIn("tom.mason");
    TaskView draft = tasklist.filter("My tasks").openTask("Draft supervision contract", "Amelia Hughes");
    CamundaForm form = draft.form().choose("Frequency of supervision", "Monthly");
    assertThat(form.value("Key tasks of the supervisee")).as("left empty").isEmpty();

    assertThat(draft.completeExpectingFormErrors())
        .containsExactly(entry("Key tasks of the supervisee", "Field is required."));
    assertThat(draft.canComplete()).isFalse();
    browser.screenshot("rejected-1-required-field-left-empty");
    assertThat(draft.isOpen()).isTrue();
    assertThat(tasklist.tasks()).contains(new TaskCard("Draft supervision contract", "Supervision contract", "Amelia Hughes"));
    assertThat(application.get("tom.mason", "/engine-rest/task/" + draft.id()).get("name").asText())
        .isEqualTo("Draft supervision contract");
  }

  @Test
  void aFrequencyBelowThePolicyMinimumIsRejectedByTheServerWithItsMessage(Browser browser,
      PackagedApplication application) throws Exception {
    Tasklist tasklist = new Tasklist(browser).logIn("tom.mason");
    TaskView draft = tasklist.filter("My tasks").openTask("Draft supervision contract", "Liam Carter");
    draft.form()
        .fill("Key tasks of the supervisee", "Care proceedings.")
        .choose("Frequency of supervision", "Quarterly");

    assertThat(draft.completeExpectingRejection())
        .contains("Frequency of supervision may not be lower than the policy minimum (Monthly");
    browser.screenshot("rejected-2-frequency-below-policy-by-the-server");
    assertThat(draft.isOpen()).isTrue();
    String instanceId = application.get("tom.mason", "/engine-rest/task/" + draft.id())
        .get("processInstanceId").asText();
    assertThat(application.get("tom.mason", "/engine-rest/process-instance/" + instanceId + "/variables/frequency")
        .get("value").asText()).as("nothing saved").isEqualTo("MONTHLY");
  }

  @Test
  void aManagerCannotStartAContractForSomeoneOutsideTheirLine(Browser browser, PackagedApplication application)
      throws Exception {
    Tasklist tasklist = new Tasklist(browser).logIn("tom.mason");
    StartProcessDialog start = tasklist.startProcess("Supervision contract");
    start.form().fill("Supervisee (user id)", "isla.ward");

    assertThat(start.startExpectingRejection())
        .contains("Only the supervisor of Isla Ward or a manager above them may start their supervision contract");
    browser.screenshot("rejected-3-contract-outside-the-managers-line");
    start.close();
    assertThat(application.get("diane.castle", "/engine-rest/process-instance?processDefinitionKey="
        + "supervision-contract&businessKey=isla.ward")).as("only the contract the organisation started").hasSize(1);
  }
}
