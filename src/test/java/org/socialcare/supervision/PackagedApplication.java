package org.socialcare.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar ({@code target/supervision-*.jar}) run as a new user runs it: {@code java -jar}
 * in a working directory of its own (where its H2 database and log go), default (demo) profile, on
 * a free port - or with the arguments given (another profile, a PostgreSQL shared with other
 * nodes). Also speaks to the engine REST API as a demo user (password "demo").
 */
public final class PackagedApplication {

  public static final String DEMO_PASSWORD = "demo";

  private final Path workingDirectory;
  private final List<String> arguments;
  private final List<String> jvmOptions = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private Process process;
  private int port;
  private long launched;

  /** @param arguments added to {@code java -jar supervision.jar --server.port=...}, e.g. "--spring.profiles.active=postgres" */
  public PackagedApplication(Path workingDirectory, String... arguments) {
    this.workingDirectory = workingDirectory;
    this.arguments = List.of(arguments);
  }

  /**
   * Options for its JVM, before {@code -jar}. Tests that start several nodes on 2 shared cores use
   * {@code -XX:TieredStopAtLevel=1}: the JIT's second compiler costs half the CPU of a start.
   */
  public PackagedApplication withJvmOptions(String... options) {
    jvmOptions.addAll(List.of(options));
    return this;
  }

  /** Starts the jar and waits until it is ready (the demo organisation is seeded by then). */
  public void start() throws Exception {
    launch();
    awaitReady();
  }

  /** Starts the jar and returns at once; {@link #awaitReady()} waits for it. */
  public void launch() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Files.createDirectories(workingDirectory);
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", packagedJar().toString(), "--server.port=" + port));
    command.addAll(arguments);
    process = new ProcessBuilder(command)
        .directory(workingDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
        .start();
    launched = System.nanoTime();
  }

  /** Waits until the application answers ready: started, and its start-up work (seeding the demo) done. */
  public void awaitReady() throws InterruptedException {
    // A guard against a hung start, not a measure: a loaded 2-core machine seeding the demo takes minutes.
    while (!ready()) {
      assertThat(process.isAlive()).as("application still running; see " + log()).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - launched)).as("waiting for the application; see " + log())
          .isLessThan(Duration.ofMinutes(6));
      Thread.sleep(250);
    }
    System.out.printf("Packaged application ready in %.1f s on port %d (log: %s)%n",
        (System.nanoTime() - launched) / 1e9, port, log());
  }

  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /** kill -9: no shutdown hook, no connection closed cleanly, whatever it was doing left half done. */
  public void kill() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroyForcibly().waitFor();
    }
  }

  public Path workingDirectory() {
    return workingDirectory;
  }

  public Path log() {
    return workingDirectory.resolve("application.log");
  }

  /** http://localhost:port, without a trailing slash. */
  public String baseUrl() {
    return "http://localhost:" + port;
  }

  /** GET on the engine REST API (or any path) as a demo user; fails unless 200. */
  public JsonNode get(String user, String path) throws IOException, InterruptedException {
    HttpResponse<String> response = send(user, HttpRequest.newBuilder(uri(path)));
    assertThat(response.statusCode()).as("GET " + path + " as " + user + " -> " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  /** The status code a GET answers, for what a user may not see. */
  public int status(String user, String path) throws IOException, InterruptedException {
    return send(user, HttpRequest.newBuilder(uri(path))).statusCode();
  }

  /** POST of a JSON body as a demo user; fails unless 2xx. Answers the body, or null when empty. */
  public JsonNode post(String user, String path, Object body) throws IOException, InterruptedException {
    HttpResponse<String> response = send(user, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    assertThat(response.statusCode() / 100).as("POST " + path + " as " + user + " -> " + response.body()).isEqualTo(2);
    return response.body().isBlank() ? null : json.readTree(response.body());
  }

  /** PUT of a JSON body as a demo user; fails unless 2xx. */
  public void put(String user, String path, Object body) throws IOException, InterruptedException {
    HttpResponse<String> response = send(user, HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
    assertThat(response.statusCode() / 100).as("PUT " + path + " as " + user + " -> " + response.body()).isEqualTo(2);
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
    String credentials = Base64.getEncoder()
        .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(request.header("Authorization", "Basic " + credentials).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The load balancer's check (README): UP once the node's start-up work is done. */
  private boolean ready() {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("UP");
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private URI uri(String path) {
    return URI.create(baseUrl() + path);
  }

  private static Path packagedJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.getFileName().toString().matches("supervision-.*\\.jar")
              && !p.toString().endsWith("-plain.jar"))
          .findFirst().map(Path::toAbsolutePath)
          .orElseThrow(() -> new IllegalStateException("No packaged jar in target/; run ./mvnw verify (or package)"));
    }
  }
}
