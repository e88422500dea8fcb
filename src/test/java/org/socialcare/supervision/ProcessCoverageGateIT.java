package org.socialcare.supervision;

import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Event;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.report.CoverageReportUtil;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.socialcare.supervision.common.ModelFiles;

/**
 * The team's coverage gate: every process in {@code bpmn/} must be passed through by the tests -
 * at least {@value #THRESHOLD_PERCENT}% of its flow nodes and sequence flows, counted over all
 * test classes together. Runs after the unit and process tests ({@code ./mvnw verify}): each Spring
 * test class leaves its report in {@code target/process-test-coverage/<test class>/report.json};
 * this gate adds them up into {@code target/process-test-coverage/all/report.html} (open it to see
 * the paths no test takes) and fails for each process below the threshold, naming what no test
 * reaches. A new process is gated from the moment its diagram is in {@code bpmn/}.
 */
class ProcessCoverageGateIT {

  /** The share of a process's flow nodes and sequence flows the tests must pass through. */
  static final int THRESHOLD_PERCENT = 90;
  static final Path REPORTS = Path.of("target/process-test-coverage");
  static final Path AGGREGATE = REPORTS.resolve("all");

  @TestFactory
  Stream<DynamicTest> everyProcessIsCoveredByTheTests() {
    CoverageStateResult coverage = aggregate();
    return ModelFiles.diagrams().stream().map(file -> {
      String key = ModelFiles.keyOf(file);
      Model model = modelOf(coverage, key, file);
      double ratio = model == null ? 0 : coverage.calculateCoverage(model);
      String percent = String.format(Locale.ROOT, "%.0f%%", ratio * 100);
      return dynamicTest(key + " " + percent, () -> {
        System.out.printf("Process test coverage of %s: %s of %d flow nodes and sequence flows%n", key, percent,
            model == null ? 0 : model.getTotalElementCount());
        if (model == null) {
          fail(file + ": no test runs process " + key + ". Every process needs process tests reaching at least "
              + THRESHOLD_PERCENT + "% of its flow nodes and sequence flows: write them in the feature's test package,"
              + " extending ProcessTestCase (see contract/ContractProcessTest)");
        }
        if (ratio * 100 < THRESHOLD_PERCENT) {
          fail(file + ": the tests reach " + percent + " of process " + key + "'s " + model.getTotalElementCount()
              + " flow nodes and sequence flows, below the team's " + THRESHOLD_PERCENT + "%. No test reaches "
              + notReached(coverage, model) + ". Add a process test for each path the policy gives them (one test per"
              + " rule, see contract/ContractProcessTest); " + AGGREGATE.resolve("report.html") + " shows them in red");
        }
      });
    });
  }

  /** All test classes' reports as one, also written to target/process-test-coverage/all/. */
  private static CoverageStateResult aggregate() {
    List<Path> reports;
    try (Stream<Path> dirs = Files.list(REPORTS)) {
      reports = dirs.filter(dir -> !dir.equals(AGGREGATE)).map(dir -> dir.resolve("report.json"))
          .filter(Files::exists).sorted().toList();
    } catch (IOException e) {
      throw new AssertionError("No process test coverage in " + REPORTS + ": run the process tests first"
          + " (./mvnw verify runs them before this gate)", e);
    }
    if (reports.isEmpty()) {
      fail("No process test coverage in " + REPORTS + ": run the process tests first (./mvnw verify)");
    }
    String combined = reports.stream().map(ProcessCoverageGateIT::read)
        .reduce(CoverageStateJsonExporter::combineCoverageStateResults).orElseThrow();
    CoverageReportUtil.writeReport(combined, false, AGGREGATE.toFile(), "report.json", Function.identity());
    CoverageReportUtil.writeReport(combined, true, AGGREGATE.toFile(), "report.html", CoverageReportUtil::generateHtml);
    return CoverageStateJsonExporter.readCoverageStateResult(combined);
  }

  /** The version of the process the tests ran that is the one in bpmn/ (the latest, if none is). */
  private static Model modelOf(CoverageStateResult coverage, String key, Path file) {
    String xml = read(file);
    List<Model> versions = coverage.getModels().stream().filter(m -> m.getKey().equals(key)).toList();
    return versions.stream().filter(m -> m.getXml().equals(xml)).findFirst()
        .orElseGet(() -> versions.stream().max(Comparator.comparing(Model::getVersion)).orElse(null));
  }

  private static String notReached(CoverageStateResult coverage, Model model) {
    Set<String> reached = coverage.getEventsDistinct(model.getKey()).stream().map(Event::getDefinitionKey)
        .collect(Collectors.toSet());
    var bpmn = Bpmn.readModelFromStream(new ByteArrayInputStream(model.getXml().getBytes(StandardCharsets.UTF_8)));
    Set<String> elements = new TreeSet<>();
    bpmn.getModelElementsByType(FlowNode.class).forEach(node -> elements.add(node.getId()));
    bpmn.getModelElementsByType(SequenceFlow.class).forEach(flow -> elements.add(flow.getId()));
    elements.removeAll(reached);
    return elements.toString();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void fail(String message) {
    throw new AssertionError(message);
  }
}
