package org.socialcare.supervision.benchmark;

import org.socialcare.supervision.SupervisionApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

/**
 * The application as SupervisionApplication starts it, less the test classpath's process coverage
 * recorder (ProcessCoverageConfiguration, which only works inside a Spring test): the benchmark
 * runs from the test classpath so that its code stays out of the application jar. Deliberately not a
 * {@code @SpringBootConfiguration}: that is a component, and the tests' component scanning would
 * pick it up in every Spring test context.
 */
@EnableAutoConfiguration
@AutoConfigurationPackage(basePackageClasses = SupervisionApplication.class)
@ComponentScan(basePackageClasses = SupervisionApplication.class, excludeFilters = {
    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
    @ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
    @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = SupervisionApplication.class),
    @ComponentScan.Filter(type = FilterType.REGEX,
        pattern = "org\\.socialcare\\.supervision\\.ProcessCoverageConfiguration")})
class BenchmarkApplication {
}
