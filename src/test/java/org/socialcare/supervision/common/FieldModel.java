package org.socialcare.supervision.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.socialcare.supervision.common.BadSubmissions.Target;
import org.socialcare.supervision.common.ModelFiles.Form;
import org.socialcare.supervision.common.ModelFiles.FormField;

/**
 * One field of a form as the bad-submission generator sees it: what kind of value it takes, the
 * limits the form declares, its options, and for a dynamic list its cells.
 *
 * @param visible shown with the valid submission's values: no condition hides it, or the valid
 *     submission fills it in
 */
record FieldModel(FormField field, Kind kind, boolean visible, List<FieldModel> cells) {

  /** What a field holds, as far as what it must refuse goes. */
  enum Kind {
    FREE_TEXT, PERSON, REFERENCE, NUMBER, DATE, TIME, DATE_TIME, FLAG, CHOICE, CHOICES, LIST
  }

  /** The fields a user can change on the form, as the valid submission fills it in. */
  static List<FieldModel> editable(Form form, Map<String, Object> valid, Map<String, Object> shown) {
    List<FieldModel> models = new ArrayList<>();
    for (FormField field : form.fields()) {
      if (field.readOnly() || field.key().contains(".")) {
        continue;
      }
      boolean visible = !field.json().has("conditional") || valid.containsKey(field.key());
      if (visible) {
        models.add(of(field, true));
      }
    }
    return models;
  }

  private static FieldModel of(FormField field, boolean visible) {
    List<FieldModel> cells = new ArrayList<>();
    if (field.type().equals("dynamiclist")) {
      for (JsonNode component : field.json().path("components")) {
        if (component.hasNonNull("key")) {
          cells.add(of(new FormField(component.path("key").asText(), component), true));
        }
      }
    }
    return new FieldModel(field, kindOf(field), visible, cells);
  }

  private static Kind kindOf(FormField field) {
    String key = field.key();
    return switch (field.type()) {
      case "textfield", "textarea" -> key.matches(".*Ids?") ? Kind.PERSON
          : key.matches("(?i).*(reference|code)") ? Kind.REFERENCE : Kind.FREE_TEXT;
      case "number" -> Kind.NUMBER;
      case "datetime" -> switch (field.json().path("subtype").asText("date")) {
        case "time" -> Kind.TIME;
        case "datetime" -> Kind.DATE_TIME;
        default -> Kind.DATE;
      };
      case "checkbox" -> Kind.FLAG;
      case "select", "radio" -> Kind.CHOICE;
      case "checklist", "taglist" -> Kind.CHOICES;
      case "dynamiclist" -> Kind.LIST;
      default -> throw new IllegalArgumentException("No generator for " + field.describe());
    };
  }

  String key() {
    return field.key();
  }

  String type() {
    return field.type();
  }

  boolean required() {
    return field.required();
  }

  boolean readOnly() {
    return field.readOnly();
  }

  /** The form's maxLength, or the server's own limit where the form sets none. */
  int maxLength() {
    return field.json().path("validate").path("maxLength").asInt(FieldErrors.MAX_TEXT_LENGTH);
  }

  Double min() {
    JsonNode min = field.json().path("validate").path("min");
    return min.isNumber() ? min.asDouble() : null;
  }

  Double max() {
    JsonNode max = field.json().path("validate").path("max");
    return max.isNumber() ? max.asDouble() : null;
  }

  /** The fixed options of a select, radio or checklist. */
  List<String> options() {
    return field.values();
  }

  /** The options offered: fixed, or those the task put in the variable the form reads them from. */
  List<String> options(Map<String, Object> shown) {
    if (!options().isEmpty()) {
      return options();
    }
    List<String> options = new ArrayList<>();
    JsonNode offered = RestValues.tree(shown.get(field.json().path("valuesKey").asText()));
    if (offered != null && offered.isArray()) {
      offered.forEach(option -> options.add(option.path("value").asText()));
    }
    return options;
  }

  /**
   * A row of a dynamic list the server accepts: the valid submission's first row, else the first row
   * the task prefilled, with every editable cell filled in. Null when no such row can be made.
   */
  Map<String, Object> validRow(Target target) {
    Map<String, Object> row = new LinkedHashMap<>();
    JsonNode template = firstRow(target.valid().get(key()));
    if (template == null) {
      template = firstRow(target.shown().get(key()));
    }
    if (template != null) {
      for (Iterator<Map.Entry<String, JsonNode>> it = template.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> cell = it.next();
        row.put(cell.getKey(), RestValues.JSON.convertValue(cell.getValue(), Object.class));
      }
    }
    for (FieldModel cell : cells) {
      if (cell.readOnly()) {
        if (!row.containsKey(cell.key())) {
          return null;
        }
        continue;
      }
      Object current = row.get(cell.key());
      if (current != null && !current.toString().isBlank() && cell.kind() != Kind.FLAG) {
        continue;
      }
      Object value = switch (cell.kind()) {
        case FREE_TEXT -> "Fuzz " + cell.key();
        case DATE -> weekday(target.today().plusDays(14)).toString();
        case FLAG -> true;
        case NUMBER -> cell.min() == null ? 1 : cell.min().intValue();
        case CHOICE -> cell.options(target.shown()).isEmpty() ? null : cell.options(target.shown()).get(0);
        default -> null;
      };
      if (value == null) {
        return null;
      }
      row.put(cell.key(), value);
    }
    return row;
  }

  private static JsonNode firstRow(Object list) {
    JsonNode rows = RestValues.tree(list);
    return rows != null && rows.isArray() && !rows.isEmpty() && rows.get(0).isObject() ? rows.get(0) : null;
  }

  private static LocalDate weekday(LocalDate day) {
    LocalDate weekday = day;
    while (weekday.getDayOfWeek() == DayOfWeek.SATURDAY || weekday.getDayOfWeek() == DayOfWeek.SUNDAY) {
      weekday = weekday.plusDays(1);
    }
    return weekday;
  }

  @Override
  public String toString() {
    return field.describe() + " " + kind;
  }
}
