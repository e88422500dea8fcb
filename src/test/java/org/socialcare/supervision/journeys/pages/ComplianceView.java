package org.socialcare.supervision.journeys.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialcare.supervision.journeys.Browser;

/**
 * Cockpit's "Supervision compliance" view (compliance/cockpit plugin): the people of the chosen
 * team or service with their RAG status, the 12-month chart, and one person's file.
 */
public final class ComplianceView {

  public static final By MENU_ENTRY = By.cssSelector("a[href='#/supervision-compliance']");
  private static final By PEOPLE = By.cssSelector("table.sc-people tbody tr");
  private static final By CHART_MONTHS = By.cssSelector("svg.sc-chart g.sc-month");

  private final Browser browser;

  private ComplianceView(Browser browser) {
    this.browser = browser;
  }

  /** Opens the view from Cockpit's top menu, as a manager does. */
  public static ComplianceView fromMenu(Browser browser) {
    browser.click(MENU_ENTRY);
    ComplianceView view = new ComplianceView(browser);
    view.people();
    return view;
  }

  /** Goes to the view's address directly (what someone without the menu entry could try). */
  public static String refusalAt(Browser browser) {
    browser.open("/app/cockpit/default/#/supervision-compliance");
    return browser.visible(By.cssSelector(".sc-error")).getText();
  }

  /** The names listed, in order. */
  public List<String> people() {
    // Rows below Cockpit's scrolling content area count as not displayed, so all rows are read, by their text.
    return browser.until("the people listed", d -> {
      List<WebElement> rows = d.findElements(PEOPLE);
      return rows.isEmpty() ? null : rows.stream()
          .map(row -> row.findElement(By.cssSelector("a.sc-person")).getDomProperty("textContent").trim()).toList();
    });
  }

  public String ragOf(String name) {
    return browser.until("the RAG of " + name, d -> d.findElement(By.xpath("//table[contains(@class,'sc-people')]"
        + "//tr[.//a[normalize-space()='" + name + "']]//span[@data-rag]")).getDomAttribute("data-rag"));
  }

  /** The bars of the chart, one per month. */
  public int chartMonths() {
    return browser.until("the chart drawn", d -> {
      int bars = d.findElements(CHART_MONTHS).size();
      return bars == 0 ? null : bars;
    });
  }

  /** Opens a person's file; answers the processes listed as running about them. */
  public List<String> openPerson(String name) {
    WebElement link = browser.until("the link to " + name, d -> d.findElement(
        By.xpath("//a[contains(@class,'sc-person')][normalize-space()='" + name + "']")));
    browser.scrollToMiddle(link);
    browser.until("click " + name, d -> {
      link.click();
      return true;
    });
    browser.visible(By.xpath("//div[contains(@class,'sc-person-view')]//h1[contains(.,'" + name + "')]"));
    return browser.until("the person's running processes", d -> {
      List<WebElement> links = d.findElements(By.xpath(
          "//h2[normalize-space()='Running processes']/following-sibling::table[1]//a[contains(@href,'#/process-instance/')]"));
      return links.isEmpty() ? null : links.stream().map(process -> process.findElement(By.xpath("./ancestor::tr/td[1]"))
          .getText().trim()).toList();
    });
  }
}
