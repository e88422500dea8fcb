package org.socialcare.supervision.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;

/**
 * Process variables as the engine REST API takes them ({@code {"value": ..., "type": ...}}), the way
 * Tasklist posts a Camunda Form: text as String, numbers as Long or Double, a tick as Boolean, lists
 * (dynamic lists, checklists) as Json text.
 */
final class RestValues {

  static final ObjectMapper JSON = new ObjectMapper();

  private RestValues() {
  }

  static Map<String, Object> typed(Object value, String type) {
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("value", value);
    variable.put("type", type);
    return variable;
  }

  static Map<String, Object> string(String text) {
    return typed(text, "String");
  }

  static Map<String, Object> json(String text) {
    return typed(text, "Json");
  }

  static Map<String, Object> json(Object value) {
    return json(write(value));
  }

  static Map<String, Object> nullValue() {
    return typed(null, "Null");
  }

  /** A value sent without a type: the engine guesses one (and a JSON object or array it cannot store). */
  static Map<String, Object> untyped(Object value) {
    Map<String, Object> variable = new LinkedHashMap<>();
    variable.put("value", value);
    return variable;
  }

  /** A value as a form scenario gives it, as Tasklist would post it. */
  static Map<String, Object> of(Object value) {
    if (value == null) {
      return nullValue();
    }
    if (value instanceof String text) {
      return string(text);
    }
    if (value instanceof Boolean flag) {
      return typed(flag, "Boolean");
    }
    if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return typed(((Number) value).longValue(), "Long");
    }
    if (value instanceof Number number) {
      return typed(number.doubleValue(), "Double");
    }
    if (value instanceof SerializableValue serialized) {
      return json(serialized.getValueSerialized().toString());
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return json(write(value));
    }
    if (value instanceof TemporalAccessor) {
      return string(value.toString());
    }
    return json(value.toString());
  }

  /** The variables of a whole submission. */
  static Map<String, Object> of(Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, of(value)));
    return variables;
  }

  /** A value as JSON, whatever the engine or a scenario holds it as (a Spin node, text, a list). */
  static JsonNode tree(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SerializableValue serialized) {
      return tree(serialized.getValueSerialized());
    }
    if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
      return JSON.valueToTree(value);
    }
    try {
      return JSON.readTree(value.toString());
    } catch (JsonProcessingException notJson) {
      return null;
    }
  }

  static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
