package org.socialcare.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.PackagedApplication;
import org.socialcare.supervision.journeys.pages.Tasklist;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskCard;

/**
 * Seed 001, "Confidentiality", in the browser: a supervisee sees their own tasks and nobody
 * else's, in every filter Tasklist offers and by a task's address. Demo organisation: Noah Green
 * and Priya Shah are both supervised by Tom Mason.
 */
@BrowserJourney
class ConfidentialityJourneyIT {

  @Test
  void aSuperviseeSeesNoOtherSuperviseesTaskInAnyFilterNorByItsAddress(Browser browser,
      PackagedApplication application) throws Exception {
    String noahsTask = contractDraftedFor("noah.green", application);
    Tasklist tasklist = new Tasklist(browser);

    tasklist.logIn("noah.green");
    assertThat(tasklist.filter("My tasks").tasks()).as("Noah Green's own task")
        .contains(new TaskCard("Sign supervision contract (supervisee)", "Supervision contract", "Noah Green"));
    tasklist.logOut();

    tasklist.logIn("priya.shah");
    assertThat(tasklist.filters()).containsExactly("My tasks", "Due this week", "Overdue", "My group's tasks");
    for (String filter : tasklist.filters()) {
      assertThat(tasklist.filter(filter).tasks()).as("Priya Shah's filter " + filter)
          .allSatisfy(card -> assertThat(card.about()).isEqualTo("Priya Shah"));
    }
    tasklist.openTaskById(noahsTask);
    assertThat(tasklist.notification("The task does not exist anymore")).contains(noahsTask);
    assertThat(tasklist.showsATask()).isFalse();
    browser.screenshot("confidentiality-1-another-supervisees-task-by-address");
    assertThat(application.status("priya.shah", "/engine-rest/task/" + noahsTask)).isEqualTo(404);
  }

  /** Tom Mason drafts the contract through the REST API, as Tasklist submits it; answers the supervisee's task. */
  private static String contractDraftedFor(String supervisee, PackagedApplication application) throws Exception {
    String draft = application.get("tom.mason", "/engine-rest/task?taskDefinitionKey=UserTask_DraftContract"
        + "&processInstanceBusinessKey=" + supervisee).get(0).get("id").asText();
    application.post("tom.mason", "/engine-rest/task/" + draft + "/submit-form", Map.of("variables", Map.of(
        "format", Map.of("value", "INDIVIDUAL"),
        "frequency", Map.of("value", "WEEKLY"),
        "durationMinutes", Map.of("value", 90, "type", "Integer"),
        "keyTasks", Map.of("value", "Assessments, with a senior practitioner."),
        "standards", Map.of("value", "As in the policy, Appendix 1."),
        "reviewDate", Map.of("value", LocalDate.now().plusMonths(12).toString()),
        "disagreementManagerId", Map.of("value", "sam.mills"))));
    return application.get(supervisee, "/engine-rest/task?taskDefinitionKey=UserTask_SuperviseeSignsContract"
        + "&assignee=" + supervisee).get(0).get("id").asText();
  }
}
