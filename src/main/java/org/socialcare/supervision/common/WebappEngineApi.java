package org.socialcare.supervision.common;

import jakarta.servlet.ServletRegistration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Tasklist and Cockpit do not call {@code /engine-rest}: they call the webapps' own engine API,
 * {@code /api/engine/engine/default/...}, a second JAX-RS application of Camunda's. Without this, a
 * submission there would skip the check of what a form may set, and a refusal or a conflict would
 * reach Tasklist as a 500. Camunda's webapp initializer registers its servlet "Engine Api" only when
 * none of that name exists, so this one is registered first, with the same resources plus ours.
 */
@Configuration
class WebappEngineApi {

  /** The name Camunda's {@code CamundaBpmWebappInitializer} gives the servlet, and checks for. */
  static final String SERVLET_NAME = "Engine Api";

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ServletContextInitializer webappEngineApiWithSubmissionChecks(CamundaBpmProperties camunda) {
    return servletContext -> {
      if (servletContext.getServletRegistration(SERVLET_NAME) != null) {
        throw new IllegalStateException("The webapps' engine API was registered before the application's checks "
            + "could be added to it");
      }
      String applicationPath = camunda.getWebapp().getApplicationPath().replaceAll("/+$", "");
      ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET_NAME, ServletContainer.class);
      servlet.addMapping(applicationPath + "/api/engine/*");
      servlet.setInitParameters(Map.of("jakarta.ws.rs.Application", WithSubmissionChecks.class.getName()));
    };
  }

  /** Camunda's engine API for the webapps, with the application's checks and answers. */
  public static class WithSubmissionChecks extends EngineRestApplication {

    @Override
    public Set<Class<?>> getClasses() {
      Set<Class<?>> classes = new HashSet<>(super.getClasses());
      classes.addAll(RestConfiguration.SUBMISSION_CHECKS_AND_ANSWERS);
      return classes;
    }
  }
}
