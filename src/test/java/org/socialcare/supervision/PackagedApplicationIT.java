package org.socialcare.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
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
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a new user runs it: the demo organisation seeded on first start, forms
 * found inside the jar, and after a restart the same data and no redeployment of unchanged models.
 */
class PackagedApplicationIT {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private Process application;
  private int port;

  @TempDir
  Path workingDirectory;

  @AfterEach
  void stop() throws InterruptedException {
    stopApplication();
  }

  @Test
  void aNewUserStartsTheJarDraftsOnTheFormsInsideItAndFindsEverythingAgainAfterARestart() throws Exception {
    startApplication();

    JsonNode drafts = get("tom.mason", "/engine-rest/task?assignee=tom.mason&taskDefinitionKey=UserTask_DraftContract");
    assertThat(drafts.size()).as("draft contracts for Tom Mason's team").isEqualTo(5);
    String taskId = drafts.get(0).get("id").asText();
    assertThat(get("tom.mason", "/engine-rest/task/" + taskId + "/deployed-form").get("id").asText())
        .isEqualTo("Form_DraftContract");
    assertThat(get("tom.mason", "/engine-rest/process-definition/key/supervision-contract/deployed-start-form")
        .get("id").asText()).isEqualTo("Form_RequestContract");
    int instances = get("admin", "/engine-rest/process-instance/count").get("count").asInt();
    assertThat(Files.isDirectory(workingDirectory.resolve("data"))).as("H2 file database under ./data").isTrue();

    stopApplication();
    startApplication();

    assertThat(get("admin", "/engine-rest/process-instance/count").get("count").asInt())
        .as("the demo organisation is seeded on first start only; running contracts survive").isEqualTo(instances);
    assertThat(get("admin", "/engine-rest/deployment/count?name=supervision-models").get("count").asInt())
        .as("unchanged models are not deployed again").isEqualTo(1);
    assertThat(get("tom.mason", "/engine-rest/task/" + taskId).get("name").asText())
        .isEqualTo("Draft supervision contract");
  }

  private void startApplication() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    String java = ProcessHandle.current().info().command().orElse("java");
    application = new ProcessBuilder(List.of(java, "-jar", packagedJar().toString(), "--server.port=" + port))
        .directory(workingDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workingDirectory.resolve("application.log").toFile())
        .start();
    long started = System.nanoTime();
    while (!healthy()) {
      assertThat(application.isAlive()).as("application still running; see " + workingDirectory.resolve("application.log"))
          .isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - started)).as("waiting for the application").isLessThan(Duration.ofMinutes(3));
      Thread.sleep(250);
    }
    System.out.printf("Packaged application ready in %.1f s on port %d%n", (System.nanoTime() - started) / 1e9, port);
  }

  private void stopApplication() throws InterruptedException {
    if (application != null && application.isAlive()) {
      application.destroy();
      if (!application.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        application.destroyForcibly().waitFor();
      }
    }
  }

  private boolean healthy() {
    try {
      HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/actuator/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      return response.statusCode() == 200 && response.body().contains("UP");
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private JsonNode get(String user, String path) throws Exception {
    String credentials = Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
        .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static Path packagedJar() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      return files.filter(p -> p.toString().endsWith(".jar") && !p.toString().endsWith("-plain.jar"))
          .findFirst().map(Path::toAbsolutePath)
          .orElseThrow(() -> new IllegalStateException("No packaged jar in target" + File.separator));
    }
  }
}
