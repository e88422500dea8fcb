package org.socialcare.supervision.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems found in what a user submitted, by form field. Thrown as a
 * {@link SubmissionRejectedException} so that nothing is stored and the task stays open.
 */
public final class FieldErrors {

  public static final int MAX_TEXT_LENGTH = 4000;

  private final Map<String, String> errors = new LinkedHashMap<>();

  public FieldErrors reject(String field, String message) {
    errors.putIfAbsent(field, message);
    return this;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public Map<String, String> asMap() {
    return Map.copyOf(errors);
  }

  /** Text the user must give, at most {@link #MAX_TEXT_LENGTH} characters; null (and rejected) otherwise. */
  public String requireText(String field, String label, Object value) {
    return requireText(field, label, value, MAX_TEXT_LENGTH);
  }

  public String requireText(String field, String label, Object value, int maxLength) {
    if (isEmpty(value)) {
      reject(field, label + " is required");
      return null;
    }
    return text(field, label, value, maxLength);
  }

  /** Text the user may leave empty: null when empty, rejected when it is not text or too long. */
  public String optionalText(String field, String label, Object value) {
    return optionalText(field, label, value, MAX_TEXT_LENGTH);
  }

  public String optionalText(String field, String label, Object value, int maxLength) {
    return isEmpty(value) ? null : text(field, label, value, maxLength);
  }

  /** Nothing given: no value, or blank text. A list or an object is something, if not text. */
  public static boolean isEmpty(Object value) {
    return value == null || isSingleValue(value) && value.toString().isBlank();
  }

  /**
   * A value a form field holds on its own: text, a number, a tick. Through the REST API a field can
   * be sent a JSON object or list instead, which the engine stores as readily.
   */
  public static boolean isSingleValue(Object value) {
    return value instanceof CharSequence || value instanceof Number || value instanceof Boolean;
  }

  private String text(String field, String label, Object value, int maxLength) {
    if (!isSingleValue(value)) {
      reject(field, label + " must be text, not a list or an object");
      return null;
    }
    String text = value.toString().trim();
    if (text.length() > maxLength) {
      reject(field, label + " must be at most " + maxLength + " characters");
      return null;
    }
    // No form can type them, PostgreSQL cannot store NUL, and they garble PDFs and exports.
    if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      reject(field, label + " must not contain control characters");
      return null;
    }
    return text;
  }

  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new SubmissionRejectedException(this);
    }
  }
}
