package org.socialcare.supervision.compliance.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The supervision compliance view in Cockpit (Camunda 7's plugin mechanism): its REST resource and,
 * from {@code plugin-webapp/supervision-compliance/app/plugin.js}, its front end. Registered in
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}.
 */
public class CompliancePlugin extends AbstractCockpitPlugin {

  public static final String ID = "supervision-compliance";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(CompliancePluginRootResource.class);
  }
}
