package org.socialcare.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.journeys.Browser.Fetched;
import org.socialcare.supervision.journeys.pages.CamundaForm;
import org.socialcare.supervision.journeys.pages.Tasklist;
import org.socialcare.supervision.journeys.pages.Tasklist.StartProcessDialog;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskView;

/**
 * Seed 001, 5 ("If the supervisee leaves ... all supervision records ... should be sent to HR") in
 * the browser: HR records that a social worker leaves today; her file is archived at once - her
 * signed contract included; HR claims the check in "My group's tasks", reads the counts, downloads
 * the index and accepts; she can no longer log in. Demo organisation: Grace Kelly of the Looked After
 * Children team (contract signed five weeks ago), whom no other journey uses.
 */
@BrowserJourney
class LeaverJourneyIT {

  private static final String PROCESS = "A leaver's supervision file archived by HR";
  private static final String CHECK = "Check the leaver's archive";

  @Test
  void hrRecordsALeavingChecksTheArchiveAndTheLeaverLosesAccess(Browser browser) {
    Tasklist tasklist = new Tasklist(browser);

    tasklist.logIn("hana.reed");
    StartProcessDialog record = tasklist.startProcess(PROCESS);
    record.form().fill("Leaver (user id)", "grace.kelly").date("Leaving date", LocalDate.now());
    browser.screenshot("leaver-1-leaving-recorded-by-hr");
    record.start();

    // On the leaving date (today) the file is gathered at once; the check is HR's group task.
    TaskView check = tasklist.filter("My group's tasks").openTask(CHECK, "Grace Kelly").claim();
    CamundaForm form = check.form();
    assertThat(form.value("Leaver")).isEqualTo("Grace Kelly");
    assertThat(form.value("Records archived, by kind")).contains("contract: 1");
    Fetched index = browser.fetch("/api/archives/grace.kelly/index.csv");
    assertThat(index.status()).isEqualTo(200);
    assertThat(new String(index.body(), StandardCharsets.UTF_8)).contains("contract");
    form.choose("Is the archive complete?", "Yes - accept it");
    check.screenshotForm("leaver-2-archive-checked-by-hr");
    check.complete();
    tasklist.logOut();

    assertThat(tasklist.logInExpectingRefusal("grace.kelly")).as("the leaver's access is removed")
        .contains("Login Failed");
    browser.screenshot("leaver-3-leaver-cannot-log-in");
  }
}
