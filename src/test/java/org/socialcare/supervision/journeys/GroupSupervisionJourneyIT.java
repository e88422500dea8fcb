package org.socialcare.supervision.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.journeys.pages.CamundaForm;
import org.socialcare.supervision.journeys.pages.Tasklist;
import org.socialcare.supervision.journeys.pages.Tasklist.StartProcessDialog;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskCard;
import org.socialcare.supervision.journeys.pages.Tasklist.TaskView;

/**
 * Seed 001, "Reflective Group Supervision" and "Role of Facilitator", in the browser: a facilitator
 * plans a session for three members; they prepare; the facilitator opens it with a presenter; the
 * presenter presents; each other member asks one question, then says what impresses them; the
 * facilitator records the open discussion; the presenter responds and sets an action, which becomes
 * the presenter's follow-up task; the facilitator completes the group record. Demo organisation:
 * James Lowe (a facilitator in the Family Support Team) with three of the Care Leavers Team, whom
 * no other journey uses.
 */
@BrowserJourney
class GroupSupervisionJourneyIT {

  private static final String PROCESS = "Reflective group supervision";
  private static final String FACILITATOR = "james.lowe";
  private static final String PRESENTER = "henry.walsh";
  private static final String FREYA = "freya.owen";
  private static final String CHARLIE = "charlie.booth";
  private static final List<String> MEMBER_NAMES = List.of("Henry Walsh", "Freya Owen", "Charlie Booth");

  private static final String ISSUE = "A care leaver of 19 has stopped answering calls after losing his flat; "
      + "I feel I am chasing rather than supporting.";
  private static final Map<String, String> QUESTIONS = Map.of(
      FREYA, "What did he say the last time you did reach him?",
      CHARLIE, "Who else does he still trust?");
  private static final Map<String, String> AFFIRMATIONS = Map.of(
      FREYA, "You kept the door open without giving up on him.",
      CHARLIE, "You noticed your own frustration and brought it here.");
  private static final String DISCUSSION = "The group explored chasing as a response to anxiety about risk, "
      + "and places he goes already.";
  private static final String ACTION = "Visit with the personal adviser at the college drop-in";

  @Test
  void threeMembersClarifyAffirmAndCloseAndTheFacilitatorCompletesTheRecord(Browser browser) {
    Tasklist tasklist = new Tasklist(browser);
    LocalDate tomorrow = LocalDate.now().plusDays(1);
    String about = "Group supervision, " + tomorrow.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK))
        + ", 10:00";

    tasklist.logIn(FACILITATOR);
    StartProcessDialog start = tasklist.startProcess(PROCESS);
    start.form().fill("Members (user ids)", String.join(", ", PRESENTER, FREYA, CHARLIE))
        .date("Date", tomorrow)
        .time("Date", LocalTime.of(10, 0))
        .fill("Time allowed (minutes)", "90");
    browser.screenshot("group-1-planned-by-facilitator");
    start.start();
    tasklist.logOut();

    // Preparing: each member notes what they would bring; Charlie brings nothing this time.
    prepare(tasklist, about, PRESENTER, ISSUE);
    prepare(tasklist, about, FREYA, "Managing a 21-year-old's expectations of the leaving-care grant.");
    prepare(tasklist, about, CHARLIE, "");

    tasklist.logIn(FACILITATOR);
    TaskView open = tasklist.filter("My tasks").openTask("Open the group session", about);
    CamundaForm form = open.form();
    assertThat(form.checklist("Members present")).as("everyone present unless unticked")
        .containsOnlyKeys(MEMBER_NAMES).doesNotContainValue(false);
    form.choose("Presenter", "Henry Walsh");
    open.screenshotForm("group-2-opened-with-presenter");
    open.complete();
    tasklist.logOut();

    tasklist.logIn(PRESENTER);
    TaskView present = tasklist.filter("My tasks").openTask("Present the issue", about);
    assertThat(present.form().value("The issue I am presenting")).as("what Henry offered, to build on")
        .isEqualTo(ISSUE);
    present.form().fill("The issue I am presenting", ISSUE + " He is in touch with his college tutor.");
    present.complete();
    tasklist.logOut();

    // Clarifying, then affirming: one task each for the two other members; no task for the presenter.
    for (String member : List.of(FREYA, CHARLIE)) {
      tasklist.logIn(member);
      assertThat(tasklist.filter("My tasks").tasks()).contains(new TaskCard("Ask the presenter one question",
          PROCESS, about));
      TaskView ask = tasklist.openTask("Ask the presenter one question", about);
      ask.form().fill("My question", QUESTIONS.get(member));
      if (member.equals(FREYA)) {
        ask.screenshotForm("group-3-clarifying-question");
      }
      ask.complete();
      tasklist.logOut();
    }
    for (String member : List.of(FREYA, CHARLIE)) {
      tasklist.logIn(member);
      TaskView affirm = tasklist.filter("My tasks").openTask("Say what impresses you", about);
      affirm.form().fill("What impresses me", AFFIRMATIONS.get(member));
      affirm.complete();
      tasklist.logOut();
    }

    tasklist.logIn(FACILITATOR);
    TaskView reflect = tasklist.filter("My tasks").openTask("Record the open discussion", about);
    form = reflect.form();
    assertThat(reflect.formText()).as("the questions and affirmations, for the discussion")
        .contains(QUESTIONS.get(FREYA), QUESTIONS.get(CHARLIE), AFFIRMATIONS.get(FREYA), AFFIRMATIONS.get(CHARLIE));
    form.fill("The open discussion", DISCUSSION)
        .fill("How the presenter felt and feels", "Frustrated at first; calmer once the chasing was named.");
    reflect.screenshotForm("group-4-reflecting");
    reflect.complete();
    tasklist.logOut();

    tasklist.logIn(PRESENTER);
    TaskView close = tasklist.filter("My tasks").openTask("Respond and set goals", about);
    form = close.form();
    form.fill("My response to the discussion", "I will stop chasing by phone and meet him where he already goes.")
        .fill("My goals", "Re-engage him within a month.");
    CamundaForm action = form.list("Actions").row(0);
    action.fill("What", ACTION).choose("Who", "Henry Walsh").date("By when", tomorrow.plusWeeks(2));
    close.screenshotForm("group-5-closing-with-goals");
    close.complete();
    assertThat(tasklist.tasks()).as("the action is Henry's follow-up task")
        .contains(new TaskCard("Carry out agreed action", "Agreed action", "Henry Walsh"));
    tasklist.logOut();

    tasklist.logIn(FACILITATOR);
    TaskView record = tasklist.filter("My tasks").openTask("Complete the group supervision record", about);
    form = record.form();
    assertThat(form.value("Presenter")).isEqualTo("Henry Walsh");
    assertThat(form.value("Outline of the issue")).as("the issue as presented").startsWith(ISSUE);
    assertThat(form.checklist("Attended")).containsOnlyKeys(MEMBER_NAMES).doesNotContainValue(false);
    assertThat(record.formText()).contains(ACTION);
    form.fill("Nature of the discussion", DISCUSSION);
    record.screenshotForm("group-6-record-completed");
    record.complete();
    assertThat(tasklist.tasks()).as("nothing of this session left open for the facilitator")
        .noneMatch(task -> task.about().equals(about));
    tasklist.logOut();
  }

  private static void prepare(Tasklist tasklist, String about, String member, String offer) {
    tasklist.logIn(member);
    TaskView task = tasklist.filter("My tasks").openTask("Prepare for group supervision", about);
    if (!offer.isEmpty()) {
      task.form().fill("The issue or case I would bring", offer);
    }
    task.complete();
    tasklist.logOut();
  }
}
