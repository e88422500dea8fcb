package org.socialcare.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.PackagedApplication;
import org.socialcare.supervision.journeys.pages.CamundaForm;
import org.socialcare.supervision.journeys.pages.Tasklist;
import org.socialcare.supervision.journeys.pages.Tasklist.StartProcessDialog;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskCard;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskView;

/**
 * Seed 001, Appendix 1 ("Disagreements") in the browser: a supervisee who cannot agree with a
 * decision from his supervision raises it from Tasklist; it goes to the manager his contract names
 * (Sofia Marsh, the service manager), who decides it on her form. Demo organisation: Arthur Lane,
 * whose file holds a signed record from about ten weeks ago.
 */
@BrowserJourney
class DisagreementJourneyIT {

  private static final String PROCESS = "Raise a disagreement about a supervision decision";
  private static final String DECISION = "Close the case of the youngest sibling at the next review";
  private static final String RESOLUTION = "The case stays open until the sibling's school placement is secure; "
      + "reviewed again in six weeks.";

  @Test
  void aSuperviseeRaisesADisagreementAndTheServiceManagerDecidesIt(Browser browser, PackagedApplication application)
      throws Exception {
    JsonNode records = application.get("arthur.lane", "/api/supervisees/arthur.lane/records");
    LocalDate recordHeldOn = LocalDate.parse(records.get(0).get("heldOn").asText());
    Tasklist tasklist = new Tasklist(browser);

    tasklist.logIn("arthur.lane");
    StartProcessDialog raise = tasklist.startProcess(PROCESS);
    raise.form().date("Date of the supervision record the decision came from", recordHeldOn)
        .fill("The decision you disagree about", DECISION)
        .fill("The supervisee's position", "The siblings' placement is fragile; closing now risks a re-referral.")
        .fill("The supervisor's position", "The plan's goals are met and the team is over capacity.")
        .fill("What is at stake", "A child's stability against the team's capacity.");
    browser.screenshot("disagreement-1-raised-by-supervisee");
    raise.start();
    tasklist.logOut();

    tasklist.logIn("sofia.marsh");
    assertThat(tasklist.filter("My tasks").tasks())
        .contains(new TaskCard("Decide the disagreement", PROCESS, "Arthur Lane"));
    TaskView decide = tasklist.openTask("Decide the disagreement", "Arthur Lane");
    CamundaForm form = decide.form();
    assertThat(form.value("The disagreement")).contains(DECISION, "Tina Marlow");
    form.fill("Your decision", RESOLUTION).check("I met both parties before deciding");
    decide.screenshotForm("disagreement-2-decided-by-service-manager");
    decide.complete();
    tasklist.logOut();

    JsonNode decided = application.get("sofia.marsh",
        "/engine-rest/history/process-instance?processDefinitionKey=disagreement-escalation&finished=true"
            + "&processInstanceBusinessKey=arthur.lane");
    assertThat(decided).as("decided and over").hasSize(1);
  }
}
