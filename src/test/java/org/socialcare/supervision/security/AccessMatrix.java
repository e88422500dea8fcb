package org.socialcare.supervision.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The access matrix as {@code docs/access-matrix.md} writes it down: one row per way in and
 * operation, one column per role. The test runs what the document says, so the two cannot drift.
 */
record AccessMatrix(List<Row> rows) {

  static final Path DOCUMENT = Path.of("docs", "access-matrix.md");

  /** The columns of the matrix, in its order. */
  enum Role {
    SE, AS, SU, PS, TM, OSM, AD, HR, NG, AN, LV, ADM
  }

  static final Set<String> OUTCOMES = Set.of("yes", "none", "401", "403", "404");

  /** One way in and operation: the request, what it shows when allowed, and each role's outcome. */
  record Row(String id, String wayIn, String operation, boolean change, String request, String shows,
      Map<Role, String> outcomes) {

    String method() {
      return request.split(" ", 2)[0];
    }

    String path() {
      return request.split(" ", 3)[1];
    }

    /** The body after the path: JSON, "multipart", or empty. */
    String body() {
      String[] parts = request.split(" ", 3);
      return parts.length < 3 ? "" : parts[2];
    }

    @Override
    public String toString() {
      return id + " " + wayIn + ": " + operation;
    }
  }

  /** One cell: a role trying a row. */
  record Cell(Row row, Role role) {

    String outcome() {
      return row.outcomes().get(role);
    }

    @Override
    public String toString() {
      return row.id() + " " + row.operation() + " - " + role + ": " + outcome();
    }
  }

  static AccessMatrix read() {
    try {
      return parse(Files.readAllLines(DOCUMENT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AccessMatrix parse(List<String> lines) {
    int header = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("| Id |")) {
        header = i;
        break;
      }
    }
    if (header < 0) {
      throw new IllegalStateException(DOCUMENT + " has no matrix (a table whose first column is Id)");
    }
    List<String> columns = cells(lines.get(header));
    List<String> roles = columns.subList(6, columns.size());
    if (!roles.equals(Arrays.stream(Role.values()).map(Role::name).toList())) {
      throw new IllegalStateException(DOCUMENT + ": the role columns must be " + Arrays.toString(Role.values())
          + ", found " + roles);
    }
    List<Row> rows = new ArrayList<>();
    for (int i = header + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      List<String> cells = cells(lines.get(i));
      if (cells.size() != columns.size()) {
        throw new IllegalStateException(DOCUMENT + " line " + (i + 1) + ": " + cells.size() + " cells, expected "
            + columns.size());
      }
      Map<Role, String> outcomes = new EnumMap<>(Role.class);
      for (Role role : Role.values()) {
        String outcome = cells.get(6 + role.ordinal());
        if (!OUTCOMES.contains(outcome)) {
          throw new IllegalStateException(DOCUMENT + " line " + (i + 1) + ": '" + outcome + "' for " + role
              + " is none of " + OUTCOMES);
        }
        outcomes.put(role, outcome);
      }
      String kind = cells.get(3);
      if (!kind.equals("read") && !kind.equals("change")) {
        throw new IllegalStateException(DOCUMENT + " line " + (i + 1) + ": kind must be read or change");
      }
      rows.add(new Row(cells.get(0), cells.get(1), cells.get(2), kind.equals("change"), unquote(cells.get(4)),
          unquote(cells.get(5)), outcomes));
    }
    return new AccessMatrix(List.copyOf(rows));
  }

  private static List<String> cells(String line) {
    String inner = line.trim();
    inner = inner.substring(1, inner.length() - 1);
    return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
  }

  private static String unquote(String text) {
    return text.startsWith("`") && text.endsWith("`") ? text.substring(1, text.length() - 1) : text;
  }
}
