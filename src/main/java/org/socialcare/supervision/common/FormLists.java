package org.socialcare.supervision.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Camunda Forms dynamic list as Tasklist submits it: a Json variable (a Spin node in the
 * engine), a JSON string through the REST API, or a plain list from Java callers.
 */
public final class FormLists {

  /** More rows than any real session needs; a guard against a flooded submission. */
  public static final int MAX_ROWS = 50;

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormLists() {
  }

  public static List<Map<String, Object>> rows(FieldErrors errors, String field, String label, Object value) {
    if (value == null) {
      return List.of();
    }
    List<?> items;
    try {
      if (value instanceof List<?> list) {
        items = list;
      } else {
        String text = value.toString().trim();
        if (text.isEmpty() || text.equals("null")) {
          return List.of();
        }
        items = JSON.readValue(text, new TypeReference<List<Object>>() { });
      }
    } catch (JsonProcessingException e) {
      errors.reject(field, label + " must be a list");
      return List.of();
    }
    if (items.size() > MAX_ROWS) {
      errors.reject(field, label + " may have at most " + MAX_ROWS + " rows");
      return List.of();
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Object item : items) {
      if (!(item instanceof Map<?, ?> map)) {
        errors.reject(field, label + " must be a list of rows");
        return List.of();
      }
      Map<String, Object> row = new LinkedHashMap<>();
      map.forEach((key, cell) -> row.put(String.valueOf(key), cell));
      rows.add(row);
    }
    return rows;
  }

  /** True when the row has nothing typed in any of the given cells: an empty row Tasklist added. */
  public static boolean blank(Map<String, Object> row, String... keys) {
    for (String key : keys) {
      Object cell = row.get(key);
      if (cell != null && !cell.toString().isBlank()) {
        return false;
      }
    }
    return true;
  }
}
