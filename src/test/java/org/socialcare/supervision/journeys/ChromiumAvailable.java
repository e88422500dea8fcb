package org.socialcare.supervision.journeys;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Journeys run only where Debian's Chromium and its chromedriver are installed
 * ({@code apt-get install chromium chromium-driver}, as {@code .ci/run} does). Elsewhere they are
 * reported as skipped, with this reason, never passed. Other locations: {@code -Djourneys.chromium=...}
 * and {@code -Djourneys.chromedriver=...}.
 */
public class ChromiumAvailable implements ExecutionCondition {

  static Path chromium() {
    return Path.of(System.getProperty("journeys.chromium", "/usr/bin/chromium"));
  }

  static Path chromedriver() {
    return Path.of(System.getProperty("journeys.chromedriver", "/usr/bin/chromedriver"));
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    for (Path executable : new Path[] {chromium(), chromedriver()}) {
      if (!Files.isExecutable(executable)) {
        String reason = "Browser journeys skipped: no " + executable
            + " (install Debian's chromium and chromium-driver, as .ci/run does)";
        if (context.getTestMethod().isEmpty()) {
          System.out.println(context.getDisplayName() + ": " + reason);
        }
        return ConditionEvaluationResult.disabled(reason);
      }
    }
    return ConditionEvaluationResult.enabled("Chromium at " + chromium() + ", chromedriver at " + chromedriver());
  }
}
