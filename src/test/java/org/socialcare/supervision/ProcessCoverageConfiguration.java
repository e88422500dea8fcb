package org.socialcare.supervision;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Records which flow nodes and sequence flows the tests pass through, in every Spring test's
 * engine (picked up by component scanning of the test classes). The listener that writes each
 * test class's report is registered for all Spring tests in META-INF/spring.factories.
 */
@Configuration
@Import(ProcessEngineCoverageConfiguration.class)
class ProcessCoverageConfiguration {
}
