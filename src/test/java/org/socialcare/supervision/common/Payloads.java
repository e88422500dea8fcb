package org.socialcare.supervision.common;

/**
 * Free text a user may type that would do harm if a page, a PDF or a spreadsheet treated it as
 * anything but text: script, an image with an error handler, a spreadsheet formula. It must be
 * stored as typed and shown as text wherever the application shows it.
 */
public final class Payloads {

  public static final String SCRIPT = "<script>alert(1)</script>";
  public static final String IMAGE = "<img src=x onerror=alert(1)>";
  public static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"x\")";

  private Payloads() {
  }

  /** Text that names {@code key}, so that where it ends up can be found again. */
  public static String of(String key) {
    return marker(key) + " " + SCRIPT + " " + IMAGE + " & \"quotes\" 'too' " + FORMULA;
  }

  /** Formula text first, as a spreadsheet would read a cell starting with it. */
  public static String formula(String key) {
    return FORMULA + " " + marker(key) + " " + SCRIPT;
  }

  /** The part of the text that names {@code key}. */
  public static String marker(String key) {
    return "[payload " + key + "]";
  }
}
