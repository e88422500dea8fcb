package org.socialcare.supervision.common;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.format.DateTimeParseException;

/**
 * Reads values as Camunda Forms submit them (dates as ISO strings, numbers as any Number), and
 * refuses what only the REST API could send instead: a list or an object, a date with more after it.
 */
public final class FormValues {

  private FormValues() {
  }

  public static LocalDate date(FieldErrors errors, String field, String label, Object value) {
    if (FieldErrors.isEmpty(value)) {
      errors.reject(field, label + " is required");
      return null;
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate();
    }
    String text = value instanceof CharSequence ? value.toString().trim() : "";
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADay) {
      // A date picker set to date and time sends the day with a time of day after it.
      try {
        return LocalDateTime.parse(text).toLocalDate();
      } catch (DateTimeParseException notLocal) {
        try {
          return OffsetDateTime.parse(text).toLocalDate();
        } catch (DateTimeParseException e) {
          errors.reject(field, label + " must be a date (YYYY-MM-DD)");
          return null;
        }
      }
    }
  }

  /** A time of day as Camunda Forms submit it ("10:30", possibly with seconds or an offset). */
  public static LocalTime time(FieldErrors errors, String field, String label, Object value) {
    if (FieldErrors.isEmpty(value)) {
      errors.reject(field, label + " is required");
      return null;
    }
    String text = value instanceof CharSequence ? value.toString().trim() : "";
    try {
      return LocalTime.parse(text);
    } catch (DateTimeParseException withOffset) {
      try {
        return OffsetTime.parse(text).toLocalTime();
      } catch (DateTimeParseException e) {
        errors.reject(field, label + " must be a time (HH:MM)");
        return null;
      }
    }
  }

  public static Integer wholeNumber(FieldErrors errors, String field, String label, Object value) {
    if (FieldErrors.isEmpty(value)) {
      errors.reject(field, label + " is required");
      return null;
    }
    if (!(value instanceof Number) && !(value instanceof CharSequence)) {
      errors.reject(field, label + " must be a whole number");
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

  /**
   * A checkbox: ticked or not. Left out counts as not ticked; through the REST API anything but a
   * boolean (or its text) is refused, rather than read as "not ticked" and stored as sent.
   */
  public static boolean tick(FieldErrors errors, String field, String label, Object value) {
    if (value == null || value instanceof Boolean || "true".equals(value) || "false".equals(value)) {
      return Boolean.TRUE.equals(value) || "true".equals(value);
    }
    errors.reject(field, label + ": tick the box or leave it empty");
    return false;
  }

  public static <E extends Enum<E>> E choice(FieldErrors errors, String field, String label, Class<E> type, Object value) {
    if (FieldErrors.isEmpty(value)) {
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
