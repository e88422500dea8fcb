package org.socialcare.supervision.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the interpolations of JavaScript template literals ({@code `<td>${value}</td>`}) out of a
 * script, enough to check what a plugin puts into its pages: strings and nested templates are
 * skipped, whitespace is normalised to single spaces.
 */
final class JsTemplates {

  private JsTemplates() {
  }

  /** Every {@code ${...}} in the script, nested ones included, each as its expression. */
  static List<String> interpolations(String script) {
    List<String> expressions = new ArrayList<>();
    for (int start = script.indexOf("${"); start >= 0; start = script.indexOf("${", start + 2)) {
      int end = endOfExpression(script, start + 2);
      expressions.add(normalise(script.substring(start + 2, end)));
    }
    return expressions;
  }

  /** The cells of the rows a {@code table(headings, list.map(x => [cell, cell]))} call builds. */
  static List<String> tableCells(String tableCall) {
    int arrow = tableCall.indexOf("=> [");
    if (arrow < 0) {
      return List.of();
    }
    int open = arrow + 3;
    int close = skip(tableCall, open);
    List<String> cells = new ArrayList<>();
    int cellStart = open + 1;
    int depth = 0;
    for (int i = open + 1; i < close - 1; i++) {
      char c = tableCall.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = skip(tableCall, i) - 1;
      } else if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ',' && depth == 0) {
        cells.add(normalise(tableCall.substring(cellStart, i)));
        cellStart = i + 1;
      }
    }
    cells.add(normalise(tableCall.substring(cellStart, close - 1)));
    return cells;
  }

  /** Where the expression starting at {@code from} ends: at its closing brace. */
  private static int endOfExpression(String script, int from) {
    int depth = 0;
    for (int i = from; i < script.length(); i++) {
      char c = script.charAt(i);
      if (c == '"' || c == '\'' || c == '`') {
        i = skip(script, i) - 1;
      } else if (c == '{' || c == '(' || c == '[') {
        depth++;
      } else if (c == '}' && depth == 0) {
        return i;
      } else if (c == '}' || c == ')' || c == ']') {
        depth--;
      }
    }
    throw new IllegalArgumentException("Unclosed ${ at " + from);
  }

  /** The index just past the string, template literal or bracketed part that starts at {@code at}. */
  private static int skip(String script, int at) {
    char open = script.charAt(at);
    if (open == '[' || open == '(' || open == '{') {
      int depth = 0;
      for (int i = at; i < script.length(); i++) {
        char c = script.charAt(i);
        if (c == '"' || c == '\'' || c == '`') {
          i = skip(script, i) - 1;
        } else if (c == '[' || c == '(' || c == '{') {
          depth++;
        } else if ((c == ']' || c == ')' || c == '}') && --depth == 0) {
          return i + 1;
        }
      }
      throw new IllegalArgumentException("Unclosed " + open + " at " + at);
    }
    for (int i = at + 1; i < script.length(); i++) {
      char c = script.charAt(i);
      if (c == '\\') {
        i++;
      } else if (open == '`' && c == '$' && i + 1 < script.length() && script.charAt(i + 1) == '{') {
        i = endOfExpression(script, i + 2);
      } else if (c == open) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("Unclosed " + open + " at " + at);
  }

  private static String normalise(String expression) {
    return expression.replaceAll("\\s+", " ").trim();
  }
}
