package org.socialcare.supervision.common;

import java.util.Map;
import java.util.stream.Collectors;

/** What a user submitted breaks a rule; the message names each field and what is wrong with it. */
public class SubmissionRejectedException extends RuntimeException {

  private final Map<String, String> fieldErrors;

  public SubmissionRejectedException(FieldErrors errors) {
    super(describe(errors.asMap()));
    this.fieldErrors = errors.asMap();
  }

  public SubmissionRejectedException(String field, String message) {
    this(new FieldErrors().reject(field, message));
  }

  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }

  private static String describe(Map<String, String> errors) {
    return errors.entrySet().stream()
        .map(e -> e.getKey() + ": " + e.getValue())
        .collect(Collectors.joining("; ", "Not saved - ", ""));
  }
}
