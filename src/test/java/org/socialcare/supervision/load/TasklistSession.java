package org.socialcare.supervision.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One user's browser session with Tasklist, over plain HTTP: the requests Tasklist's pages make to
 * the webapps' engine API ({@code /api/engine/engine/default/...}, session cookie and CSRF token),
 * each timed into the shared {@link LoadFigures} under an operation name. A request answered other
 * than 2xx, or not at all, is an error: recorded, and answered as empty.
 */
final class TasklistSession {

  static final String ENGINE = "/api/engine/engine/default";
  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final String user;
  private final LoadFigures figures;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  TasklistSession(String base, String user, LoadFigures figures) {
    this.base = base;
    this.user = user;
    this.figures = figures;
    this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(TIMEOUT).build();
  }

  String user() {
    return user;
  }

  /** Tasklist's login page: the CSRF token first, then the form post. */
  boolean login(String password) {
    send("login page", get("/api/admin/auth/user/default"), true);
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
        + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send("login", HttpRequest.newBuilder(URI.create(base + "/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)), false).isPresent();
  }

  Optional<JsonNode> getJson(String operation, String path) {
    return send(operation, get(path).header("Accept", "application/json"), false).map(TasklistSession::parse);
  }

  Optional<JsonNode> getHal(String operation, String path) {
    return send(operation, get(path).header("Accept", "application/hal+json"), false).map(TasklistSession::parse);
  }

  /** A POST of JSON, as Tasklist sends it; answers the body (empty for a 204). */
  Optional<String> post(String operation, String path, Object body, String accept) {
    try {
      return send(operation, HttpRequest.newBuilder(URI.create(base + path))
          .header("Content-Type", "application/json")
          .header("Accept", accept)
          .header("X-XSRF-TOKEN", csrfToken())
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), false);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A download (the record's PDF): answers its size. */
  Optional<Integer> download(String operation, String path) {
    long started = System.nanoTime();
    try {
      HttpResponse<byte[]> response = http.send(get(path).build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() / 100 != 2) {
        figures.error(operation, user + " " + path + " -> " + response.statusCode());
        return Optional.empty();
      }
      figures.time(operation, (System.nanoTime() - started) / 1e6);
      return Optional.of(response.body().length);
    } catch (IOException e) {
      figures.error(operation, user + " " + path + " -> " + e);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  static JsonNode parse(String body) {
    try {
      return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException("Not JSON: " + body, e);
    }
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).GET();
  }

  /**
   * @param anyStatus true for the request that only fetches the CSRF cookie (answered 401 or 404
   *     before login): any status is fine
   */
  private Optional<String> send(String operation, HttpRequest.Builder request, boolean anyStatus) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
      if (!anyStatus && response.statusCode() / 100 != 2) {
        figures.error(operation, user + " " + request.build().method() + " " + request.build().uri().getPath() + " -> "
            + response.statusCode() + " " + abbreviate(response.body()));
        return Optional.empty();
      }
      figures.time(operation, (System.nanoTime() - started) / 1e6);
      return Optional.of(response.body());
    } catch (IOException e) {
      figures.error(operation, user + " " + request.build().uri().getPath() + " -> " + e);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue).findFirst().orElse("");
  }

  private static String abbreviate(String text) {
    return text.length() <= 300 ? text : text.substring(0, 300) + "...";
  }
}
