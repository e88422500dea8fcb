package org.socialcare.supervision.journeys.pages;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.socialcare.supervision.journeys.Browser;

/**
 * Camunda Cockpit (/app/cockpit/) as a manager uses it: the processes, a process's diagram and
 * running instances (by business key, the person each is about), and one instance's diagram with
 * where it waits.
 */
public final class Cockpit extends CamundaWebapp<Cockpit> {

  private static final By PROCESSES_NAV = By.cssSelector(".sections-menu a[href='#/processes']");
  private static final By PROCESS_LIST = By.cssSelector("table.process-definitions-list tbody tr");
  /** bpmn-js draws each BPMN element as an SVG group carrying the element's id. */
  private static final By DIAGRAM_ELEMENTS = By.cssSelector(".djs-container svg [data-element-id]");

  public Cockpit(Browser browser) {
    super(browser, "/app/cockpit/");
  }

  @Override
  void loaded() {
    browser.visible(PROCESSES_NAV);
  }

  /** "Processes": the names of the process definitions the user may see. */
  public List<String> processes() {
    browser.click(PROCESSES_NAV);
    return browser.until("the process definitions", d -> {
      List<WebElement> rows = browser.displayed(d, PROCESS_LIST);
      return rows.isEmpty() ? null : rows.stream()
          .map(row -> row.findElement(By.cssSelector("td.name a")).getText().trim()).toList();
    });
  }

  /** Opens a process from "Processes" by its name: its diagram and running instances. */
  public ProcessDefinitionView openProcess(String name) {
    processes();
    browser.click(By.xpath("//table[contains(@class,'process-definitions-list')]//td[contains(@class,'name')]"
        + "//a[normalize-space()=" + Xpath.literal(name) + "]"));
    ProcessDefinitionView view = new ProcessDefinitionView(browser);
    view.diagramElements();
    return view;
  }

  static Set<String> diagramElements(Browser browser) {
    return browser.until("the diagram drawn", d -> {
      Set<String> ids = d.findElements(DIAGRAM_ELEMENTS).stream()
          .map(element -> element.getDomAttribute("data-element-id")).collect(Collectors.toSet());
      return ids.isEmpty() ? null : ids;
    });
  }

  /** A process definition's page: diagram above, running instances below. */
  public static final class ProcessDefinitionView {

    private static final By INSTANCE_ROWS = By.cssSelector("table.process-instances tbody tr");

    private final Browser browser;

    ProcessDefinitionView(Browser browser) {
      this.browser = browser;
    }

    /** The ids of the BPMN elements the diagram shows. */
    public Set<String> diagramElements() {
      return Cockpit.diagramElements(browser);
    }

    /** The business keys (whom each is about) of the running instances listed. */
    public List<String> instanceBusinessKeys() {
      return browser.until("the running instances", d -> {
        List<WebElement> rows = browser.displayed(d, INSTANCE_ROWS);
        return rows.isEmpty() ? null : rows.stream()
            .map(row -> row.findElements(By.cssSelector("td.business-key")).stream()
                .map(cell -> cell.getText().trim()).findFirst().orElse(""))
            .toList();
      });
    }

    /** Opens the running instance about that person. */
    public ProcessInstanceView openInstance(String businessKey) {
      browser.click(By.xpath("//table[contains(@class,'process-instances')]//tr[td[contains(@class,'business-key')]"
          + "[normalize-space()=" + Xpath.literal(businessKey) + "]]//td[contains(@class,'instance-id')]//a[normalize-space()]"));
      browser.until("the instance page", d -> d.getCurrentUrl().contains("#/process-instance/"));
      ProcessInstanceView view = new ProcessInstanceView(browser);
      view.diagramElements();
      return view;
    }
  }

  /** One process instance: its diagram, with a badge on each activity where it waits. */
  public static final class ProcessInstanceView {

    private final Browser browser;

    ProcessInstanceView(Browser browser) {
      this.browser = browser;
    }

    public Set<String> diagramElements() {
      return Cockpit.diagramElements(browser);
    }

    /** The ids of the activities the instance is in now (the diagram's instance-count badges). */
    public Set<String> activeActivities() {
      return browser.until("the instance's activities marked", d -> {
        Set<String> ids = d.findElements(By.cssSelector(".djs-overlays")).stream()
            .filter(overlays -> !overlays.findElements(By.cssSelector(".instance-count")).isEmpty())
            .map(overlays -> overlays.getDomAttribute("data-container-id")).collect(Collectors.toSet());
        return ids.isEmpty() ? null : ids;
      });
    }

    /** The instance id, from the page's address. */
    public String instanceId() {
      return browser.currentUrl().replaceFirst(".*#/process-instance/([^/?]+).*", "$1");
    }
  }
}
