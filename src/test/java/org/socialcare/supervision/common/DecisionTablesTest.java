package org.socialcare.supervision.common;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every decision table in {@code bpmn/} against its policy lines, which analysts keep in
 * {@code src/test/resources/decisions/<decision-key>.csv} and extend without Java:
 *
 * <ul>
 *   <li>the header names the columns: a column named after an output of the decision is an
 *       expected result, every other column an input variable, typed as the decision's input
 *       reading it declares (string, boolean, integer, long, double);
 *   <li>one line per policy line; an empty cell is "no value" (an input left out, or an output the
 *       matching rule leaves empty); lines starting with {@code #} are comments;
 *   <li>each line is one test, evaluated as the application evaluates the table, and a failure
 *       names the CSV line, what it expected and what the table gave.
 * </ul>
 *
 * Every table needs a CSV, and every rule of the table must be matched by at least one line, so
 * the CSV covers the table in full.
 */
class DecisionTablesTest {

  static final Path CSV_FOLDER = Path.of("src/test/resources/decisions");
  private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
      .setHeader().setSkipHeaderRecord(true)
      .setCommentMarker('#')
      .setIgnoreEmptyLines(true)
      .setIgnoreSurroundingSpaces(true)
      .setTrim(true)
      .get();

  @TestFactory
  Stream<DynamicNode> everyDecisionTableAgainstItsPolicyLines() {
    List<DynamicNode> tests = new ArrayList<>();
    Set<String> tables = new LinkedHashSet<>();
    for (Path dmn : ModelFiles.decisionTables()) {
      String key = ModelFiles.keyOf(dmn);
      tables.add(key);
      Path csv = CSV_FOLDER.resolve(key + ".csv");
      if (!Files.exists(csv)) {
        tests.add(dynamicTest(dmn + " has policy lines", () -> fail(dmn + " has no test data: create " + csv
            + " with a header of the decision's input and output names and one line per policy line"
            + " (see supervision-frequency.csv)")));
      } else {
        tests.add(dynamicContainer(csv.toString(), linesOf(dmn, key, csv)));
      }
    }
    try (Stream<Path> csvs = Files.list(CSV_FOLDER)) {
      csvs.filter(p -> p.toString().endsWith(".csv")).sorted()
          .filter(csv -> !tables.contains(ModelFiles.keyOf(csv)))
          .forEach(csv -> tests.add(dynamicTest(csv + " has a decision table", () -> fail(csv + " tests decision '"
              + ModelFiles.keyOf(csv) + "', but there is no bpmn/" + ModelFiles.keyOf(csv) + ".dmn. Rename the CSV"
              + " after the table's file, or remove it"))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tests.stream();
  }

  private Stream<DynamicNode> linesOf(Path dmn, String key, Path csv) {
    DecisionUnderTest table;
    List<PolicyLine> lines;
    try {
      table = new DecisionUnderTest(dmn, key);
      lines = PolicyLine.read(csv);
    } catch (RuntimeException e) {
      return Stream.of(dynamicTest("readable", () -> fail(e.getMessage())));
    }
    List<DynamicNode> tests = new ArrayList<>();
    Set<String> unknownColumns = new LinkedHashSet<>(lines.isEmpty() ? List.of() : lines.get(0).values().keySet());
    unknownColumns.removeAll(table.inputTypes().keySet());
    unknownColumns.removeAll(table.outputTypes().keySet());
    if (!unknownColumns.isEmpty()) {
      return Stream.of(dynamicTest("columns", () -> fail(csv + ": the columns " + unknownColumns + " are neither"
          + " inputs " + table.inputTypes().keySet() + " nor outputs " + table.outputTypes().keySet() + " of " + dmn
          + ". Name each column exactly as the input expression or output name in Modeler")));
    }
    Set<String> matchedRules = new LinkedHashSet<>();
    for (PolicyLine line : lines) {
      tests.add(dynamicTest(line.toString(), () -> table.check(csv, line, matchedRules)));
    }
    tests.add(dynamicTest("every rule of the table is tested", () -> {
      Map<String, String> untested = new LinkedHashMap<>(table.rules());
      untested.keySet().removeAll(matchedRules);
      if (!untested.isEmpty()) {
        fail(csv + " tests no input that " + dmn + " answers with " + untested.entrySet().stream()
            .map(rule -> rule.getKey() + " (" + rule.getValue() + ")").collect(Collectors.joining(", "))
            + ". Add a line for each policy line the rule stands for, or remove the rule if it is dead");
      }
    }));
    return tests.stream();
  }

  /** One line of a CSV: its line number and its cells by column name ("" for an empty cell). */
  record PolicyLine(long lineNumber, Map<String, String> values) {

    static List<PolicyLine> read(Path csv) {
      List<PolicyLine> lines = new ArrayList<>();
      try (Reader reader = Files.newBufferedReader(csv); CSVParser parser = CSVParser.parse(reader, FORMAT)) {
        for (CSVRecord record : parser) {
          if (!record.isConsistent()) {
            throw new IllegalArgumentException(csv + " line " + parser.getCurrentLineNumber() + " has "
                + record.size() + " cells, but the header names " + parser.getHeaderNames().size() + " columns");
          }
          lines.add(new PolicyLine(parser.getCurrentLineNumber(), record.toMap()));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(csv + " cannot be read", e);
      }
      return lines;
    }

    @Override
    public String toString() {
      return "line " + lineNumber + ": " + values.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
  }

  /** A decision table from bpmn/, evaluated by Camunda's DMN engine (the one the process engine embeds). */
  private static final class DecisionUnderTest {

    private final Path dmn;
    private final DmnDecision decision;
    private final DmnEngine engine;
    private final Map<String, String> inputTypes = new LinkedHashMap<>();
    private final Map<String, String> outputTypes = new LinkedHashMap<>();
    private final Map<String, String> rules = new LinkedHashMap<>();
    private final List<DmnDecisionTableEvaluationEvent> evaluations = new ArrayList<>();

    DecisionUnderTest(Path dmn, String key) {
      this.dmn = dmn;
      DefaultDmnEngineConfiguration configuration =
          (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
      configuration.customPostDecisionTableEvaluationListeners(List.of(evaluations::add));
      this.engine = configuration.buildEngine();
      DmnModelInstance model = Dmn.readModelFromFile(dmn.toFile());
      Decision element = model.getModelElementById(key);
      if (element == null) {
        throw new IllegalArgumentException(dmn + " has no decision with the id '" + key + "' (the file's name);"
            + " the model checks say more");
      }
      for (Input input : element.getChildElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)
          .stream().flatMap(t -> t.getInputs().stream()).toList()) {
        inputTypes.put(input.getInputExpression().getText().getTextContent().trim(),
            Objects.requireNonNullElse(input.getInputExpression().getTypeRef(), "string"));
      }
      for (Output output : element.getChildElementsByType(org.camunda.bpm.model.dmn.instance.DecisionTable.class)
          .stream().flatMap(t -> t.getOutputs().stream()).toList()) {
        outputTypes.put(output.getName(), Objects.requireNonNullElse(output.getTypeRef(), "string"));
      }
      for (Rule rule : model.getModelElementsByType(Rule.class)) {
        rules.put(rule.getId(), rule.getDescription() == null ? "no description" : rule.getDescription().getTextContent());
      }
      try (InputStream in = Files.newInputStream(dmn)) {
        this.decision = engine.parseDecision(key, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Map<String, String> inputTypes() {
      return inputTypes;
    }

    Map<String, String> outputTypes() {
      return outputTypes;
    }

    Map<String, String> rules() {
      return rules;
    }

    void check(Path csv, PolicyLine line, Set<String> matchedRules) {
      String where = csv + " " + line;
      Map<String, Object> inputs = new HashMap<>();
      Map<String, String> expected = new LinkedHashMap<>();
      for (var cell : line.values().entrySet()) {
        if (outputTypes.containsKey(cell.getKey())) {
          expected.put(cell.getKey(), cell.getValue());
        } else {
          inputs.put(cell.getKey(), typed(where, cell.getKey(), inputTypes.get(cell.getKey()), cell.getValue()));
        }
      }
      evaluations.clear();
      DmnDecisionResult result = engine.evaluateDecision(decision, inputs);
      List<String> matched = evaluations.stream().flatMap(e -> e.getMatchingRules().stream())
          .map(DmnEvaluatedDecisionRule::getId).toList();
      matchedRules.addAll(matched);
      if (result.isEmpty()) {
        fail(where + ": no rule of " + dmn + " matches these inputs. Add a rule for this policy line in Modeler,"
            + " or correct the line");
      }
      if (result.size() > 1) {
        fail(where + ": " + result.size() + " rules of " + dmn + " match (" + matched + "); this test expects one"
            + " answer per line (hit policy First or Unique)");
      }
      Map<String, Object> actual = result.getSingleResult().getEntryMap();
      List<String> wrong = new ArrayList<>();
      for (var cell : expected.entrySet()) {
        Object want = typed(where, cell.getKey(), outputTypes.get(cell.getKey()), cell.getValue());
        Object got = actual.get(cell.getKey());
        if (!sameValue(want, got)) {
          wrong.add(cell.getKey() + " should be " + show(want) + " but the table gives " + show(got));
        }
      }
      if (!wrong.isEmpty()) {
        fail(where + ": " + String.join("; ", wrong) + " (rule " + String.join(", ", matched) + ": "
            + matched.stream().map(rules::get).collect(Collectors.joining("; ")) + "). Either the table in "
            + dmn + " or this line does not say what the policy says: correct the one that is wrong");
      }
    }

    private static Object typed(String where, String column, String type, String text) {
      if (text == null || text.isEmpty()) {
        return null;
      }
      try {
        return switch (type == null ? "string" : type.toLowerCase()) {
          case "boolean" -> switch (text.toLowerCase()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not true or false");
          };
          case "integer" -> Integer.valueOf(text);
          case "long" -> Long.valueOf(text);
          case "double" -> Double.valueOf(text);
          default -> text;
        };
      } catch (IllegalArgumentException e) {
        throw new AssertionError(where + ": column " + column + " holds '" + text + "', which is not a " + type
            + " - write it as the table's type requires (true/false, a whole number ...)");
      }
    }

    private static boolean sameValue(Object want, Object got) {
      if (want instanceof Number a && got instanceof Number b) {
        return a.doubleValue() == b.doubleValue();
      }
      return Objects.equals(want, got);
    }

    private static String show(Object value) {
      return value == null ? "empty" : value.toString();
    }
  }

  private static void fail(String message) {
    throw new AssertionError(message);
  }
}
