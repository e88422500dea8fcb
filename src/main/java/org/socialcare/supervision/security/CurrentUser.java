package org.socialcare.supervision.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.stereotype.Component;

/**
 * Who is asking, for the application's own endpoints (PDFs, calendars, the supervision file): the
 * user logged in to Tasklist or Cockpit in this browser, or HTTP Basic for other clients - the
 * same Camunda identities as everywhere else.
 */
@Component
public class CurrentUser {

  private static final String ENGINE = "default";

  private final IdentityService identityService;

  CurrentUser(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<String> of(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      Authentication webapp = AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(ENGINE);
      if (webapp != null) {
        return Optional.of(webapp.getIdentityId());
      }
    }
    return basic(request.getHeader("Authorization"));
  }

  private Optional<String> basic(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    return identityService.checkPassword(userId, decoded.substring(colon + 1)) ? Optional.of(userId) : Optional.empty();
  }
}
