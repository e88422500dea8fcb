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

  public String requireText(String field, String label, Object value) {
    String text = value == null ? null : value.toString().trim();
    if (text == null || text.isEmpty()) {
      reject(field, label + " is required");
      return null;
    }
    if (text.length() > MAX_TEXT_LENGTH) {
      reject(field, label + " must be at most " + MAX_TEXT_LENGTH + " characters");
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
