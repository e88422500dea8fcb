package org.socialcare.supervision.journeys.pages;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.socialcare.supervision.journeys.Browser;

/**
 * A Camunda Form (form-js) as Tasklist renders it, in a task or a start dialog, or one row of a
 * dynamic list in it ({@link #list}). Fields are found by the label a user reads (as in
 * {@code forms/*.form}, without the required mark), so a journey reads like what the user does.
 */
public final class CamundaForm {

  /** The innermost form-js field whose own label reads so. */
  private static final String FIELD_BY_LABEL = """
      const [root, wanted] = arguments;
      const text = label => label.textContent.replace(/\\*/g, '').replace(/\\s+/g, ' ').trim();
      const matches = Array.from(root.querySelectorAll('.fjs-form-field')).filter(field => {
        const label = field.querySelector('label.fjs-form-field-label');
        return label && text(label) === wanted;
      });
      return matches.length ? matches[matches.length - 1] : null;""";

  /**
   * The field labelled so in one row of a dynamic list. form-js renders the rows' fields one after
   * the other (in a row container only where rows can be added), and leaves out a field its
   * condition hides; a row starts with its first field, which no condition hides in our forms.
   */
  private static final String FIELD_IN_ROW = """
      const [list, row, wanted] = arguments;
      const text = label => label.textContent.replace(/\\*/g, '').replace(/\\s+/g, ' ').trim();
      const fields = Array.from(list.querySelectorAll('.fjs-form-field')).map(field => {
        const label = field.querySelector('label.fjs-form-field-label');
        return {field, name: label ? text(label) : null};
      });
      if (!fields.length) {
        return null;
      }
      let index = -1;
      for (const {field, name} of fields) {
        if (name === fields[0].name) {
          index++;
        }
        if (index === row && name === wanted) {
          return field;
        }
      }
      return null;""";

  /** How many rows a dynamic list shows: how often its first field appears. */
  private static final String ROWS_IN_LIST = """
      const list = arguments[0];
      const text = label => label ? label.textContent.replace(/\\*/g, '').replace(/\\s+/g, ' ').trim() : null;
      const fields = Array.from(list.querySelectorAll('.fjs-form-field'))
          .map(field => text(field.querySelector('label.fjs-form-field-label')));
      return fields.filter(name => name === fields[0]).length;""";

  /** form-js takes dates typed as mm/dd/yyyy, and shows them as m/d/yyyy, whatever the locale. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

  private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private final Browser browser;
  private final By container;
  /** The dynamic list and row this form stands for, or null for the whole form. */
  private final String list;
  private final int row;

  CamundaForm(Browser browser, By container) {
    this(browser, container, null, -1);
    browser.visible(container).findElement(By.cssSelector("form.fjs-form"));
  }

  private CamundaForm(Browser browser, By container, String list, int row) {
    this.browser = browser;
    this.container = container;
    this.list = list;
    this.row = row;
  }

  /** Waits for the field labelled so. */
  public WebElement field(String label) {
    return browser.until("form field labelled '" + label + "'" + (list == null ? "" : " in row " + row + " of '"
        + list + "'"), d -> locate(label));
  }

  /** Whether the form shows the field now (a field its condition hides is not there at all). */
  public boolean has(String label) {
    return locate(label) != null;
  }

  private WebElement locate(String label) {
    WebElement form = browser.visible(container);
    if (list == null) {
      return (WebElement) browser.script(FIELD_BY_LABEL, form, label);
    }
    WebElement listField = (WebElement) browser.script(FIELD_BY_LABEL, form, list);
    return listField == null ? null : (WebElement) browser.script(FIELD_IN_ROW, listField, row, label);
  }

  /** The dynamic list (a repeating group of fields) labelled so. */
  public DynamicList list(String label) {
    if (list != null) {
      throw new UnsupportedOperationException("lists within a list row");
    }
    field(label);
    return new DynamicList(label);
  }

  /** A dynamic list: one row per item, each a form of its own fields. */
  public final class DynamicList {

    private final String label;

    private DynamicList(String label) {
      this.label = label;
    }

    public int size() {
      return ((Number) browser.script(ROWS_IN_LIST, field(label))).intValue();
    }

    /** The row at that position, from 0. */
    public CamundaForm row(int index) {
      return new CamundaForm(browser, container, label, index);
    }

    /** "Add new", and answers the row it added. */
    public CamundaForm add() {
      int before = size();
      browser.click(field(label), By.cssSelector("button.fjs-repeat-render-add"));
      browser.until("a row added to '" + label + "'", d -> size() == before + 1);
      return row(before);
    }
  }

  /**
   * Replaces what a text field, number field or text area holds, typing over it as a user does,
   * then leaves the field, which makes form-js take the value. Typed again if it did not stick:
   * form-js applies typing late (debounced) and re-renders the whole form when a field typed just
   * before (a number field, typically) catches up, which can wipe what was typed meanwhile.
   */
  public CamundaForm fill(String label, String text) {
    browser.until("'" + label + "' holds '" + text + "'", d -> {
      WebElement input = input(label);
      browser.scrollToMiddle(input);
      input.click();
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text.isEmpty() ? Keys.DELETE : text);
      browser.script("arguments[0].blur();", input);
      return text.equals(input(label).getDomProperty("value"));
    });
    return this;
  }

  /** Picks an option of a select (from its drop-down list) or a radio group, by the option's label. */
  public CamundaForm choose(String label, String option) {
    WebElement field = field(label);
    if (field.getDomAttribute("class").contains("fjs-form-field-radio")) {
      browser.click(field, By.xpath(".//label[normalize-space()=" + Xpath.literal(option) + "]"));
      browser.until("'" + option + "' chosen in '" + label + "'", d -> option.equals(value(label)));
      return this;
    }
    By list = By.cssSelector(".fjs-dropdownlist");
    browser.until("the options of '" + label + "' listed", d -> {
      WebElement current = field(label);
      if (browser.displayed(current, list).isEmpty()) {
        browser.scrollToMiddle(current);
        current.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")).click();
      }
      return !browser.displayed(field(label), list).isEmpty();
    });
    browser.click(field(label),
        By.xpath(".//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()=" + Xpath.literal(option) + "]"));
    browser.until("'" + option + "' chosen in '" + label + "'", d -> option.equals(value(label)));
    return this;
  }

  /** Ticks a checkbox. */
  public CamundaForm check(String label) {
    WebElement box = field(label).findElement(By.cssSelector("input[type='checkbox']"));
    if (!box.isSelected()) {
      browser.click(field(label), By.cssSelector("input[type='checkbox']"));
    }
    browser.until("'" + label + "' ticked",
        d -> field(label).findElement(By.cssSelector("input[type='checkbox']")).isSelected());
    return this;
  }

  /** Types a date into a date field, as mm/dd/yyyy; typed again if it did not stick (see {@link #fill}). */
  public CamundaForm date(String label, LocalDate date) {
    browser.until("'" + label + "' holds " + date, d -> {
      WebElement input = field(label).findElement(By.cssSelector("input.flatpickr-input"));
      browser.scrollToMiddle(input);
      input.click();
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, date.format(TYPED_DATE), Keys.ENTER);
      return date.format(DATE).equals(value(label));
    });
    return this;
  }

  /**
   * Types a time into the time half of a date-and-time field (found by its date label), as hh:mm
   * on a 24-hour clock, and leaves it, which makes form-js take it.
   */
  public CamundaForm time(String dateLabel, LocalTime time) {
    String typed = time.format(TIME);
    browser.until("the time of '" + dateLabel + "' holds " + typed, d -> {
      WebElement input = field(dateLabel).findElement(By.cssSelector(".fjs-timepicker input"));
      browser.scrollToMiddle(input);
      input.click();
      input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, typed);
      browser.script("arguments[0].blur();", input);
      return typed.equals(field(dateLabel).findElement(By.cssSelector(".fjs-timepicker input")).getDomProperty("value"));
    });
    return this;
  }

  /** The options of a checklist, by label, and whether each is ticked. */
  public Map<String, Boolean> checklist(String label) {
    Map<String, Boolean> options = new LinkedHashMap<>();
    for (WebElement option : field(label).findElements(By.cssSelector("label[for]"))) {
      options.put(option.getText().trim(), option.findElement(By.tagName("input")).isSelected());
    }
    return options;
  }

  /** Ticks one option of a checklist, by the option's label. */
  public CamundaForm tick(String label, String option) {
    By box = By.xpath(".//label[@for][normalize-space()=" + Xpath.literal(option) + "]//input[@type='checkbox']");
    if (!field(label).findElement(box).isSelected()) {
      browser.click(field(label), box);
    }
    browser.until("'" + option + "' ticked in '" + label + "'", d -> field(label).findElement(box).isSelected());
    return this;
  }

  /** What the field shows: its text, the chosen option's label, the checked radio's label, or "true"/"false" for a checkbox. */
  public String value(String label) {
    WebElement field = field(label);
    String type = field.getDomAttribute("class");
    if (type.contains("fjs-form-field-select")) {
      return field.findElement(By.cssSelector(".fjs-select-display")).getText().trim();
    }
    if (type.contains("fjs-form-field-radio")) {
      return field.findElements(By.cssSelector("label[for]")).stream()
          .filter(option -> option.findElement(By.tagName("input")).isSelected())
          .map(option -> option.getText().trim()).findFirst().orElse("");
    }
    if (type.contains("fjs-form-field-checkbox")) {
      return String.valueOf(field.findElement(By.cssSelector("input[type='checkbox']")).isSelected());
    }
    return input(label).getDomProperty("value");
  }

  public boolean isDisabled(String label) {
    return field(label).getDomAttribute("class").contains("fjs-disabled");
  }

  /** The form's own message under the field, if it shows one. */
  public Optional<String> error(String label) {
    return browser.displayed(field(label), By.cssSelector(".fjs-form-field-error")).stream()
        .map(WebElement::getText).map(String::trim).filter(text -> !text.isEmpty()).findFirst();
  }

  /** Every field showing a message, by label. */
  public Map<String, String> errors() {
    Map<String, String> errors = new LinkedHashMap<>();
    List<WebElement> fields = browser.visible(container).findElements(By.cssSelector(".fjs-form-field.fjs-has-errors"));
    for (WebElement field : fields) {
      String label = field.findElement(By.cssSelector("label.fjs-form-field-label")).getText()
          .replace("*", "").trim();
      errors.put(label, field.findElement(By.cssSelector(".fjs-form-field-error")).getText().trim());
    }
    return errors;
  }

  private WebElement input(String label) {
    return field(label).findElement(By.cssSelector("input.fjs-input, textarea"));
  }
}
