package org.socialcare.supervision.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine REST API (and with it Camunda Modeler's deployments) answers only to users who
 * authenticate with HTTP basic against the Camunda identity service. Every call then runs with that
 * user's authorizations.
 */
@Configuration
class RestAuthenticationConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.addUrlPatterns("/engine-rest/*");
    return registration;
  }

  /** After authentication: see {@link AdhocQueryExpressionFilter}. Engine REST and the webapps' own API. */
  @Bean
  FilterRegistrationBean<AdhocQueryExpressionFilter> adhocQueryExpressions() {
    FilterRegistrationBean<AdhocQueryExpressionFilter> registration =
        new FilterRegistrationBean<>(new AdhocQueryExpressionFilter());
    registration.setName("adhoc-query-expressions");
    registration.addUrlPatterns("/engine-rest/*", "/api/engine/*");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE);
    return registration;
  }
}
