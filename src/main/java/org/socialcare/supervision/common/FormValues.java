package org.socialcare.supervision.common;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Reads values as Camunda Forms submit them (dates as ISO strings, numbers as any Number). */
public final class FormValues {

  private FormValues() {
  }

  public static LocalDate date(FieldErrors errors, String field, String label, Object value) {
    if (value == null || value.toString().isBlank()) {
      errors.reject(field, label + " is required");
      return null;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    String text = value.toString().trim();
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      errors.reject(field, label + " must be a date (YYYY-MM-DD)");
      return null;
    }
  }

  /** A time of day as Camunda Forms submits it ("10:30", possibly with seconds or an offset). */
  public static LocalTime time(FieldErrors errors, String field, String label, Object value) {
    if (value == null || value.toString().isBlank()) {
      errors.reject(field, label + " is required");
      return null;
    }
    String text = value.toString().trim();
    try {
      return LocalTime.parse(text.length() > 5 ? text.substring(0, 5) : text);
    } catch (DateTimeParseException e) {
      errors.reject(field, label + " must be a time (HH:MM)");
      return null;
    }
  }

  public static Integer wholeNumber(FieldErrors errors, String field, String label, Object value) {
    if (value == null || value.toString().isBlank()) {
      errors.reject(field, label + " is required");
      return null;
    }
    try {
      double number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
      if (number != Math.rint(number) || Math.abs(number) > 100_000) {
        errors.reject(field, label + " must be a whole number");
        return null;
      }
      return (int) number;
    } catch (NumberFormatException e) {
      errors.reject(field, label + " must be a whole number");
      return null;
    }
  }

  public static <E extends Enum<E>> E choice(FieldErrors errors, String field, String label, Class<E> type, Object value) {
    if (value == null || value.toString().isBlank()) {
      errors.reject(field, label + " is required");
      return null;
    }
    try {
      return Enum.valueOf(type, value.toString().trim());
    } catch (IllegalArgumentException e) {
      errors.reject(field, label + " '" + value + "' is not one of the allowed choices");
      return null;
    }
  }
}
