package org.socialcare.supervision.common;

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
 * A browser's session with the webapps (Tasklist, Cockpit), over plain HTTP: logs in as their login
 * page does (with its CSRF token), then keeps the session cookie and sends the token with every
 * change, as their pages do.
 */
public class WebappSession {

  /** The webapps' own engine API, which Tasklist and Cockpit call instead of {@code /engine-rest}. */
  public static final String ENGINE_API = "/api/engine/engine/default";

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public WebappSession(int port) {
    this.base = "http://localhost:" + port;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Logs in to Cockpit; answers the login's HTTP status (200 when the user may use Cockpit). */
  public int login(String userId, String password) throws IOException, InterruptedException {
    return login(userId, password, "cockpit");
  }

  /** Logs in to one of the webapps (cockpit, tasklist): the session is then authenticated for the engine. */
  public int login(String userId, String password, String app) throws IOException, InterruptedException {
    get("/api/admin/auth/user/default");
    String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base
            + "/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    // The login starts a new session, whose CSRF token comes with its first read, as the pages' next request.
    get("/api/admin/auth/user/default");
    return login.statusCode();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, */*").GET()
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** A POST of JSON, as the webapps send it. */
  public HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create(base + path))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json, */*")
        .header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }
}
