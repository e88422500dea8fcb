package org.socialcare.supervision.compliance.cockpit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import java.util.function.Supplier;
import org.socialcare.supervision.compliance.ComplianceAccessDenied;
import org.socialcare.supervision.compliance.ComplianceViews;
import org.socialcare.supervision.compliance.ComplianceViews.Download;
import org.socialcare.supervision.security.CurrentUser;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The plugin's data: thin - it finds who is logged in to Cockpit and hands over to
 * {@link ComplianceViews}, which decides what they may see. Anyone else is answered 403.
 * Jersey creates this per request.
 */
public class CompliancePluginResource extends AbstractCockpitPluginResource {

  private final HttpServletRequest request;

  public CompliancePluginResource(String engineName, HttpServletRequest request) {
    super(engineName);
    this.request = request;
  }

  @GET
  @Path("access")
  @Produces(MediaType.APPLICATION_JSON)
  public String access() {
    return guarded(() -> views().access(viewer()));
  }

  @GET
  @Path("report")
  @Produces(MediaType.APPLICATION_JSON)
  public String report(@QueryParam("scope") String scope, @QueryParam("code") String code) {
    return guarded(() -> views().report(viewer(), scope, code));
  }

  @GET
  @Path("people/{userId}")
  @Produces(MediaType.APPLICATION_JSON)
  public String person(@PathParam("userId") String userId) {
    return guarded(() -> views().person(viewer(), userId));
  }

  @GET
  @Path("report.csv")
  public Response csv(@QueryParam("scope") String scope, @QueryParam("code") String code) {
    return file(guarded(() -> views().csv(viewer(), scope, code)));
  }

  @GET
  @Path("monthly-report.pdf")
  public Response monthlyPdf(@QueryParam("service") String service, @QueryParam("month") String month) {
    return file(guarded(() -> views().monthlyPdf(viewer(), service, month)));
  }

  /** Whatever the viewer may not see is answered 403, without saying whether it exists. */
  private static <T> T guarded(Supplier<T> call) {
    try {
      return call.get();
    } catch (ComplianceAccessDenied denied) {
      throw new WebApplicationException(Response.status(Response.Status.FORBIDDEN).build());
    }
  }

  private String viewer() {
    return bean(CurrentUser.class).of(request)
        .orElseThrow(() -> new WebApplicationException(Response.Status.UNAUTHORIZED));
  }

  private ComplianceViews views() {
    return bean(ComplianceViews.class);
  }

  private <T> T bean(Class<T> type) {
    // Jersey, not Spring, creates this resource: the beans come from the application context that
    // Spring Boot keeps in the servlet context (no static state).
    return WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext()).getBean(type);
  }

  private static Response file(Download download) {
    return Response.ok(download.content(), download.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + download.filename() + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }
}
