package org.socialcare.supervision.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * A value a form needs as JSON - the rows of a dynamic list, the options of a select - as a
 * feature's form service prepares it, without the engine; the task listener that fills the form
 * stores it as a JSON variable ({@link #asVariable}).
 */
public record FormJson(String text) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public static FormJson of(Object value) {
    try {
      return new FormJson(JSON.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write form data as JSON", e);
    }
  }

  /** One option of a select or radio whose values come from a variable. */
  public static Map<String, String> option(String value, String label) {
    return Map.of("value", value, "label", label);
  }

  /** What to store as the process variable: JSON as a Spin JSON value, anything else as it is. */
  public static Object asVariable(Object value) {
    return value instanceof FormJson json ? SpinValues.jsonValue(json.text()).create() : value;
  }
}
