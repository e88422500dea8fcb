package org.socialcare.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as a new user runs it: the demo organisation seeded on first start, forms
 * found inside the jar, and after a restart the same data and no redeployment of unchanged models.
 */
class PackagedApplicationIT {

  @TempDir
  Path workingDirectory;
  PackagedApplication application;

  @BeforeEach
  void inItsOwnDirectory() {
    application = new PackagedApplication(workingDirectory);
  }

  @AfterEach
  void stop() throws InterruptedException {
    application.stop();
  }

  @Test
  void aNewUserStartsTheJarDraftsOnTheFormsInsideItAndFindsEverythingAgainAfterARestart() throws Exception {
    application.start();

    JsonNode drafts = application.get("tom.mason",
        "/engine-rest/task?assignee=tom.mason&taskDefinitionKey=UserTask_DraftContract");
    assertThat(drafts.size()).as("draft contracts for Tom Mason's team").isEqualTo(5);
    String taskId = drafts.get(0).get("id").asText();
    assertThat(application.get("tom.mason", "/engine-rest/task/" + taskId + "/deployed-form").get("id").asText())
        .isEqualTo("Form_DraftContract");
    assertThat(application.get("tom.mason",
        "/engine-rest/process-definition/key/supervision-contract/deployed-start-form").get("id").asText())
        .isEqualTo("Form_RequestContract");
    int instances = application.get("admin", "/engine-rest/process-instance/count").get("count").asInt();
    assertThat(Files.isDirectory(workingDirectory.resolve("data"))).as("H2 file database under ./data").isTrue();

    application.stop();
    application.start();

    assertThat(application.get("admin", "/engine-rest/process-instance/count").get("count").asInt())
        .as("the demo organisation is seeded on first start only; running contracts survive").isEqualTo(instances);
    assertThat(application.get("admin", "/engine-rest/deployment/count?name=supervision-models").get("count").asInt())
        .as("unchanged models are not deployed again").isEqualTo(1);
    assertThat(application.get("tom.mason", "/engine-rest/task/" + taskId).get("name").asText())
        .isEqualTo("Draft supervision contract");
  }
}
