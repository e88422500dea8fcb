package org.socialcare.supervision.common;

/**
 * The cells of a CSV export as a spreadsheet must take them: text that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return is read by Excel and LibreOffice as a
 * formula, which can run commands or send data away ("CSV injection", OWASP). Such text gets a
 * leading apostrophe, so that it is shown as typed; numbers and dates are left as they are.
 */
public final class SpreadsheetCells {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetCells() {
  }

  public static Object cell(Object value) {
    if (value instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return value;
  }

  /** A whole row, for {@code CSVPrinter.printRecord(Object...)}. */
  public static Object[] row(Object... values) {
    Object[] cells = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      cells[i] = cell(values[i]);
    }
    return cells;
  }
}
