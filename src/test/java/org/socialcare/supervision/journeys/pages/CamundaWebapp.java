package org.socialcare.supervision.journeys.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialcare.supervision.PackagedApplication;
import org.socialcare.supervision.journeys.Browser;

/**
 * What Camunda's webapps (Tasklist, Cockpit) share: the login page, the account menu with
 * "Log out", and the notifications panel where the server's answers appear.
 */
abstract class CamundaWebapp<SELF extends CamundaWebapp<SELF>> {

  private static final By USERNAME = By.cssSelector("input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("input[ng-model='password']");
  private static final By LOG_IN = By.xpath("//button[@type='submit'][normalize-space()='Log in']");
  private static final By ACCOUNT_MENU = By.cssSelector("li.account > a.dropdown-toggle");
  private static final By LOG_OUT = By.xpath("//li[contains(@class,'account')]//a[normalize-space()='Log out']");
  static final By NOTIFICATIONS = By.cssSelector(".notifications .alert");
  private static final By NOTIFICATION_CLOSE = By.cssSelector(".notifications .alert [ng-transclude] button.close");

  protected final Browser browser;
  private final String path;

  CamundaWebapp(Browser browser, String path) {
    this.browser = browser;
    this.path = path;
  }

  @SuppressWarnings("unchecked")
  private SELF self() {
    return (SELF) this;
  }

  /**
   * Opens the app's start page and logs in with the demo password; waits for the app to show the
   * user. A refused login fails at once with the server's message. Typed text the login page's
   * late rendering swallowed is typed again, and a click on "Log in" that started nothing (the
   * button enabled again, no request under way) is repeated, as a user would.
   */
  public SELF logIn(String user) {
    browser.open(path);
    String password = PackagedApplication.DEMO_PASSWORD;
    long[] lastClick = {0};
    browser.until("logged in as " + user, d -> {
      if (browser.isDisplayed(ACCOUNT_MENU)) {
        return true;
      }
      notifications().stream().filter(text -> text.contains("Login Failed")).findFirst().ifPresent(text -> {
        throw new AssertionError("Tasklist refused the login of " + user + ": " + text);
      });
      List<WebElement> logIn = browser.displayed(d, LOG_IN);
      List<WebElement> username = browser.displayed(d, USERNAME);
      List<WebElement> secret = browser.displayed(d, PASSWORD);
      if (logIn.isEmpty() || username.isEmpty() || secret.isEmpty() || !logIn.get(0).isEnabled()
          || System.currentTimeMillis() - lastClick[0] < 3000) {
        return false; // the login page is still rendering, or the login request is under way
      }
      typeIfDifferent(username.get(0), user);
      typeIfDifferent(secret.get(0), password);
      logIn.get(0).click();
      lastClick[0] = System.currentTimeMillis();
      return false;
    });
    loaded();
    return self();
  }

  /** Tries to log in with the demo password and answers the refusal the login page shows. */
  public String logInExpectingRefusal(String user) {
    browser.open(path);
    browser.visible(USERNAME).sendKeys(user);
    browser.visible(PASSWORD).sendKeys(PackagedApplication.DEMO_PASSWORD);
    browser.click(LOG_IN);
    return notification("Login Failed");
  }

  private static void typeIfDifferent(WebElement field, String text) {
    if (!text.equals(field.getDomProperty("value"))) {
      field.clear();
      field.sendKeys(text);
    }
  }

  /** Opens the app as the user already logged in (one login serves Tasklist and Cockpit). */
  public SELF open() {
    browser.open(path);
    browser.visible(ACCOUNT_MENU);
    loaded();
    return self();
  }

  /** What the app shows once logged in has loaded. */
  abstract void loaded();

  /** The account menu's "Log out"; waits for the login page. */
  public void logOut() {
    dismissNotifications();
    browser.click(ACCOUNT_MENU);
    browser.click(LOG_OUT);
    browser.visible(USERNAME);
    // The next login must not race the logout request: wait until the server has ended the session.
    browser.until("the server to end the session", d -> browser.fetch("/api/admin/auth/user/default").status() != 200);
  }

  /** The text of every notification showing (status, then the server's message). */
  public List<String> notifications() {
    return browser.displayed(browser.driver(), NOTIFICATIONS).stream()
        .map(WebElement::getText).map(CamundaWebapp::withoutCloseMark).toList();
  }

  /** Waits for a notification that contains the text, and answers its whole text. */
  public String notification(String containing) {
    return browser.until("a notification containing '" + containing + "'; showing " + notifications(),
        d -> notifications().stream().filter(text -> text.contains(containing)).findFirst().orElse(null));
  }

  /** Closes the notifications, which otherwise cover buttons at the bottom of the page. */
  public void dismissNotifications() {
    browser.until("notifications dismissed", d -> {
      List<WebElement> close = browser.displayed(d, NOTIFICATION_CLOSE);
      close.forEach(WebElement::click);
      return close.isEmpty();
    });
  }

  static String withoutCloseMark(String text) {
    return text.replaceFirst("^×\\s*", "").trim();
  }
}
