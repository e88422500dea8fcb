package org.socialcare.supervision.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The public contract as the README's "Public names" section lists it: the process keys, decision
 * keys and message names other systems rely on, one kind per line,
 *
 * <pre>
 * ## Public names
 * - Process keys: `supervision-contract`, `contract-review-request`
 * - Decision keys: `supervision-frequency`
 * - Message names: `ContractReviewRequested`, `ContractSuperseded`
 * </pre>
 */
public record PublicNames(Set<String> processKeys, Set<String> decisionKeys, Set<String> messageNames) {

  public static final Path README = Path.of("README.md");
  static final String PROCESS_KEYS = "Process keys";
  static final String DECISION_KEYS = "Decision keys";
  static final String MESSAGE_NAMES = "Message names";
  private static final Pattern HEADING = Pattern.compile("^#+\\s+(.*)$");
  private static final Pattern LIST_LINE = Pattern.compile("^\\s*[-*]\\s+([A-Za-z ]+):(.*)$");
  private static final Pattern NAME = Pattern.compile("`([^`]+)`");

  public static PublicNames fromReadme() {
    try {
      return parse(Files.readAllLines(README));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + README, e);
    }
  }

  static PublicNames parse(List<String> lines) {
    Map<String, Set<String>> kinds = new LinkedHashMap<>();
    boolean inSection = false;
    for (String line : lines) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        inSection = heading.group(1).trim().equalsIgnoreCase("Public names");
        continue;
      }
      Matcher item = LIST_LINE.matcher(line);
      if (inSection && item.matches()) {
        Set<String> names = new LinkedHashSet<>();
        Matcher name = NAME.matcher(item.group(2));
        while (name.find()) {
          names.add(name.group(1));
        }
        kinds.put(item.group(1).trim(), names);
      }
    }
    for (String kind : List.of(PROCESS_KEYS, DECISION_KEYS, MESSAGE_NAMES)) {
      if (!kinds.containsKey(kind)) {
        throw new IllegalStateException(README + " has no line '- " + kind + ": `name`, ...' under a heading"
            + " '## Public names'; the model checks compare bpmn/ with that list");
      }
    }
    return new PublicNames(kinds.get(PROCESS_KEYS), kinds.get(DECISION_KEYS), kinds.get(MESSAGE_NAMES));
  }
}
