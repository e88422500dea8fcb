package org.socialcare.supervision.compliance.cockpit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * {@code /api/cockpit/plugin/supervision-compliance}: the static front end (served by the base
 * class under {@code static/}) and, per engine, the compliance data.
 */
@Path("plugin/" + CompliancePlugin.ID)
public class CompliancePluginRootResource extends AbstractCockpitPluginRootResource {

  @Context
  private HttpServletRequest request;

  public CompliancePluginRootResource() {
    super(CompliancePlugin.ID);
  }

  @Path("{engineName}")
  public CompliancePluginResource compliance(@PathParam("engineName") String engineName) {
    return subResource(new CompliancePluginResource(engineName, request), engineName);
  }
}
