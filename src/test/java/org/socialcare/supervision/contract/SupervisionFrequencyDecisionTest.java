package org.socialcare.supervision.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The analysts' table {@code supervision-frequency} against the policy, row by row from
 * {@code decisions/supervision-frequency.csv}: extend the file, not this class.
 */
@Deployment(resources = "bpmn/supervision-frequency.dmn")
class SupervisionFrequencyDecisionTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("decision-tests.camunda.cfg.xml").build();

  @ParameterizedTest(name = "{0}, ASYE {1} (week {2}, month {3}) -> {4}, {5} minutes, {6}")
  @CsvFileSource(resources = "/decisions/supervision-frequency.csv", numLinesToSkip = 1)
  void theTableGivesThePolicyMinimum(String staffCategory, boolean asye, Integer weeks, Integer months,
      String frequency, Integer durationMinutes, String format, boolean alternate) {
    DecisionService decisions = engine.getDecisionService();
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("staffCategory", staffCategory);
    inputs.put("asye", asye);
    inputs.put("weeksSinceAsyeStart", weeks);
    inputs.put("monthsSinceAsyeStart", months);

    DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(SupervisionFrequencyDecision.DECISION_KEY)
        .variables(inputs).evaluate().getSingleResult();

    assertThat(result).as("a rule matches").isNotNull();
    assertThat(result.get("frequency")).isEqualTo(frequency);
    assertThat(result.get("durationMinutes") == null ? null : ((Number) result.get("durationMinutes")).intValue())
        .isEqualTo(durationMinutes);
    assertThat(result.get("format")).isEqualTo(format);
    assertThat(result.get("alternateGroupAndIndividual")).isEqualTo(alternate);
  }
}
