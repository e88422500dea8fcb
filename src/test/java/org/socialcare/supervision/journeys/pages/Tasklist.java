package org.socialcare.supervision.journeys.pages;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.socialcare.supervision.journeys.Browser;

/**
 * Camunda Tasklist (/app/tasklist/) as a member of staff uses it: the filters on the left (My
 * tasks, Due this week, Overdue, My group's tasks), the task cards of the chosen filter with the
 * person each task is about, the task's form, and "Start process".
 */
public final class Tasklist extends CamundaWebapp<Tasklist> {

  private static final By FILTERS = By.cssSelector("[cam-tasklist-filters] .task-filter");
  private static final By ACTIVE_FILTER = By.cssSelector("[cam-tasklist-filters] .task-filter.active h4.name a");
  /** Present once the chosen filter's tasks have loaded; Tasklist replaces it when it loads again. */
  private static final By TASKS_LOADED = By.cssSelector("[cam-tasks] > div[ng-if]");
  private static final By TASK_CARDS = By.cssSelector("[cam-tasks] li.task");

  public Tasklist(Browser browser) {
    super(browser, "/app/tasklist/");
  }

  @Override
  void loaded() {
    browser.visible(ACTIVE_FILTER);
    browser.visible(TASKS_LOADED);
  }

  /** The filters' names, in the order Tasklist lists them. */
  public List<String> filters() {
    return browser.until("the filters", d -> browser.displayed(d, FILTERS).stream()
        .map(filter -> filterName(filter.findElement(By.cssSelector("h4.name a")))).toList());
  }

  /** Chooses a filter and waits until its tasks have loaded. */
  public Tasklist filter(String name) {
    if (name.equals(activeFilter())) {
      return this;
    }
    WebElement previousTasks = browser.visible(TASKS_LOADED);
    browser.click(By.xpath("//div[contains(@class,'task-filter')]//h4[contains(@class,'name')]"
        + "/a[normalize-space(text()[1])=" + Xpath.literal(name) + "]"));
    browser.until("filter '" + name + "' chosen", d -> name.equals(activeFilter()));
    browser.until("the tasks of '" + name + "' loaded", d -> isGone(previousTasks));
    browser.visible(TASKS_LOADED);
    return this;
  }

  public String activeFilter() {
    return filterName(browser.visible(ACTIVE_FILTER));
  }

  /** The cards of the chosen filter, as they show: task name, process and whom the task is about. */
  public List<TaskCard> tasks() {
    return browser.until("the task cards", d -> {
      browser.visible(TASKS_LOADED);
      return d.findElements(TASK_CARDS).stream().map(TaskCard::of).toList();
    });
  }

  /** Opens the task of that name about that person from the chosen filter, and waits for its form. */
  public TaskView openTask(String name, String about) {
    By link = By.xpath("//li[contains(@class,'task')][.//span[contains(@class,'variable-value')][normalize-space()="
        + Xpath.literal(about) + "]]//h4[contains(@class,'task')]/a[normalize-space()=" + Xpath.literal(name) + "]");
    String taskId = browser.until("task '" + name + "' about " + about + " listed and clicked", d -> {
      WebElement card = browser.displayed(d, link).stream().findFirst().orElse(null);
      if (card == null) {
        return null;
      }
      String id = TaskView.taskIdIn(card.getDomAttribute("href"));
      browser.scrollToMiddle(card);
      card.click();
      return id;
    });
    return new TaskView(browser, this, taskId);
  }

  /** Opens a task by its address, as a link someone was sent would. */
  public void openTaskById(String taskId) {
    browser.open("/app/tasklist/default/#/?task=" + taskId);
  }

  /** Whether the task pane shows a task at all (rather than "Select a task in the list"). */
  public boolean showsATask() {
    return browser.isDisplayed(TaskView.TASK_NAME);
  }

  /** "Start process", then the process of that name: its start form in the dialog. */
  public StartProcessDialog startProcess(String processName) {
    By process = By.xpath("//div[contains(@class,'modal')]//ul[contains(@class,'processes')]//a[normalize-space()="
        + Xpath.literal(processName) + "]");
    browser.click(By.xpath("//a[normalize-space()='Start process']"));
    browser.click(process);
    // Under load Tasklist has been seen to drop the choice (the dialog closes or shows the list again
    // while it is still settling after the login); a user would choose again, and so does this.
    if (!browser.within(Duration.ofSeconds(15), StartProcessDialog.FORM)) {
      System.err.println("The start dialog showed no form for '" + processName + "'; choosing again. It showed: "
          + browser.textOf(StartProcessDialog.MODAL) + " Notifications: " + notifications());
      if (!browser.isDisplayed(StartProcessDialog.MODAL)) {
        browser.click(By.xpath("//a[normalize-space()='Start process']"));
      }
      browser.click(process);
    }
    return new StartProcessDialog(browser, this);
  }

  private static boolean isGone(WebElement element) {
    try {
      element.isDisplayed();
      return false;
    } catch (StaleElementReferenceException e) {
      return true;
    }
  }

  /** The filter's label without the task count Tasklist shows beside the chosen one. */
  private String filterName(WebElement link) {
    return ((String) browser.script("return arguments[0].firstChild.textContent;", link)).trim();
  }

  /** One card of the task list. */
  public record TaskCard(String name, String process, String about) {

    static TaskCard of(WebElement card) {
      return new TaskCard(text(card, "h4.task a"), text(card, "h6.process-definition"),
          text(card, ".variable-value"));
    }

    private static String text(WebElement card, String css) {
      return card.findElements(By.cssSelector(css)).stream()
          .map(element -> element.getDomProperty("textContent").trim()).findFirst().orElse("");
    }
  }

  /** A task opened in the task pane. */
  public static final class TaskView {

    static final By TASK_NAME = By.cssSelector("[cam-tasklist-task] h2.task");
    private static final By FORM = By.cssSelector("[cam-tasklist-task] .fjs-container");
    private static final By COMPLETE = By.xpath("//div[@cam-tasklist-task]//button[normalize-space()='Complete']");
    private static final Pattern TASK_ADDRESS = Pattern.compile("[?&]task=([0-9a-fA-F-]+)");

    private final Browser browser;
    private final Tasklist tasklist;
    private final String id;

    /** Waits until Tasklist shows the task (its address {@code ...?task=<id>}) and its form. */
    TaskView(Browser browser, Tasklist tasklist, String id) {
      this.browser = browser;
      this.tasklist = tasklist;
      this.id = id;
      browser.until("task " + id + " open", d -> id.equals(taskIdIn(d.getCurrentUrl())));
      browser.visible(TASK_NAME);
    }

    static String taskIdIn(String url) {
      Matcher task = TASK_ADDRESS.matcher(url == null ? "" : url);
      return task.find() ? task.group(1) : null;
    }

    /** The task's id, for checking through the REST API what the browser showed. */
    public String id() {
      return id;
    }

    public String name() {
      return browser.visible(TASK_NAME).getText().trim();
    }

    /** Saves the whole form as {@code target/journeys/<name>.png}, however long it is. */
    public void screenshotForm(String name) {
      browser.screenshotWhole(name, browser.visible(FORM));
    }

    /** "Claim" on a group's task: it becomes the user's, and its form can be completed. */
    public TaskView claim() {
      By claim = By.cssSelector("[cam-tasklist-task] button.claim");
      browser.click(claim);
      browser.until("the task claimed", d -> !browser.isDisplayed(claim)
          && browser.isDisplayed(By.cssSelector("[cam-tasklist-task] button.unclaim")));
      return this;
    }

    /** All the form shows as text (headings, texts, tables), as a user reads it. */
    public String formText() {
      return browser.visible(FORM).getText();
    }

    /** The task's Camunda Form, once rendered. */
    public CamundaForm form() {
      return new CamundaForm(browser, FORM);
    }

    /**
     * "Complete", and waits until Tasklist has closed the task (it leaves the task's address) and
     * its list no longer shows it. Fails with the message Tasklist shows when the form or the
     * server rejects it.
     */
    public void complete() {
      tasklist.dismissNotifications();
      clickCompleteOnceEnabled();
      String outcome = browser.until("the task completed or rejected", d -> {
        if (!id.equals(taskIdIn(d.getCurrentUrl()))) {
          return "completed";
        }
        return tasklist.notifications().stream().filter(text -> text.startsWith("An error happened"))
            .findFirst().orElse(null);
      });
      if (!"completed".equals(outcome)) {
        throw new AssertionError("Tasklist did not complete the task: " + outcome);
      }
      browser.until("the completed task gone from the list",
          d -> d.findElements(By.cssSelector("[cam-tasks] li.task a[href$='task=" + id + "']")).isEmpty());
    }

    /**
     * "Complete" on a form that breaks its own rules (a required field empty, say): waits for the
     * messages form-js shows under the fields, and answers them by label. Tasklist then keeps
     * "Complete" disabled until they are put right.
     */
    public Map<String, String> completeExpectingFormErrors() {
      tasklist.dismissNotifications();
      if (canComplete()) {
        browser.click(COMPLETE);
      }
      CamundaForm form = form();
      return browser.until("the form's messages", d -> {
        Map<String, String> errors = form.errors();
        return errors.isEmpty() ? null : errors;
      });
    }

    /** "Complete", once Tasklist lets the user press it (it checks the form after each change). */
    private void clickCompleteOnceEnabled() {
      browser.until("'Complete' enabled", d -> canComplete());
      browser.click(COMPLETE);
    }

    /** Whether Tasklist lets the user press "Complete" (not while the form shows errors). */
    public boolean canComplete() {
      return browser.visible(COMPLETE).isEnabled();
    }

    /**
     * "Complete" where the server rejects what was submitted: waits for Tasklist's error
     * notification and answers it, with the server's 400 message. The task stays open.
     */
    public String completeExpectingRejection() {
      tasklist.dismissNotifications();
      clickCompleteOnceEnabled();
      return tasklist.notification("An error happened while submitting the task form");
    }

    public boolean isOpen() {
      return browser.isDisplayed(FORM);
    }
  }

  /** The "Start process" dialog with a process's start form. */
  public static final class StartProcessDialog {

    static final By FORM = By.cssSelector(".modal .fjs-container");
    static final By MODAL = By.cssSelector(".modal-dialog");
    private static final By START = By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='Start']");

    private final Browser browser;
    private final Tasklist tasklist;

    StartProcessDialog(Browser browser, Tasklist tasklist) {
      this.browser = browser;
      this.tasklist = tasklist;
    }

    public CamundaForm form() {
      return new CamundaForm(browser, FORM);
    }

    /** "Start", and waits for the dialog to close; fails with the message shown if the start is refused. */
    public void start() {
      browser.click(START);
      String outcome = browser.until("the process started or refused", d -> {
        if (!browser.isDisplayed(MODAL)) {
          return "started";
        }
        return tasklist.notifications().stream().filter(text -> text.startsWith("The process could not be started"))
            .findFirst().orElse(null);
      });
      if (!"started".equals(outcome)) {
        throw new AssertionError("Tasklist did not start the process: " + outcome);
      }
    }

    /** "Start" where a rule is broken: answers the message the dialog shows; the dialog stays open. */
    public String startExpectingRejection() {
      browser.click(START);
      return tasklist.notification("The process could not be started");
    }

    public void close() {
      browser.click(By.xpath("//div[contains(@class,'modal')]//button[normalize-space()='Close']"));
      browser.until("the dialog closed", d -> !browser.isDisplayed(MODAL));
    }
  }
}
