package org.socialcare.supervision.common;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the analysts' models - every diagram and decision table in {@code bpmn/} and every form
 * in {@code forms/} - as one deployment named {@value #DEPLOYMENT_NAME}. One deployment, because
 * user tasks bind their forms with {@code camunda:formRefBinding="deployment"}: a diagram always
 * runs with the forms shipped beside it. Resources are named by their path in the repository, and
 * nothing is deployed when nothing changed; when anything changed, everything is deployed again.
 */
@Component
public class ModelDeployer {

  public static final String DEPLOYMENT_NAME = "supervision-models";
  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployer.class);
  private static final String[] PATTERNS = {"classpath*:bpmn/**/*.bpmn", "classpath*:bpmn/**/*.dmn",
      "classpath*:forms/**/*.form"};

  private final RepositoryService repository;

  public ModelDeployer(RepositoryService repository) {
    this.repository = repository;
  }

  public DeploymentWithDefinitions deploy() {
    DeploymentBuilder builder = repository.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("supervision-application")
        .enableDuplicateFiltering(false);
    List<String> names = new ArrayList<>();
    try {
      PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
      for (String pattern : PATTERNS) {
        for (Resource resource : resolver.getResources(pattern)) {
          String name = repositoryPath(resource);
          try (InputStream in = resource.getInputStream()) {
            builder.addInputStream(name, in);
          }
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the models in bpmn/ and forms/", e);
    }
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    LOG.info("Models deployed as '{}' ({}): {}", DEPLOYMENT_NAME, deployment.getId(), names);
    return deployment;
  }

  /** "bpmn/supervision-contract.bpmn", wherever the classpath holds it (folder or packaged jar). */
  static String repositoryPath(Resource resource) throws IOException {
    String url = resource.getURL().toString();
    int at = Math.max(url.lastIndexOf("/bpmn/"), url.lastIndexOf("/forms/"));
    return at < 0 ? resource.getFilename() : url.substring(at + 1);
  }
}
