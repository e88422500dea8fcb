package org.socialcare.supervision.compliance.cockpit;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A browser's session with Cockpit, over plain HTTP: logs in as Cockpit's login page does (with its
 * CSRF token), then keeps the session cookie for the plugin's requests.
 */
class CockpitSession {

  static final String PLUGIN = "/api/cockpit/plugin/supervision-compliance/default";

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  CockpitSession(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in to Cockpit; answers the login's HTTP status (200 when the user may use Cockpit). */
  int login(String userId, String password) throws IOException, InterruptedException {
    return login(userId, password, "cockpit");
  }

  /** Logs in to one of the webapps (cockpit, tasklist): the session is then authenticated for the engine. */
  int login(String userId, String password, String app) throws IOException, InterruptedException {
    get("/api/admin/auth/user/default");
    String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base
            + "/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    return login.statusCode();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, */*").GET()
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }
}
