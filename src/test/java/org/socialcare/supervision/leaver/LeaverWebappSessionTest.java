package org.socialcare.supervision.leaver;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.common.WebappSession;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A leaver still logged in to Tasklist when their access is removed: the webapps keep a session's
 * groups and applications for a while, so they are read again a minute later at most
 * ({@code camunda.bpm.webapp.auth.cache.time-to-live}, five minutes in Camunda's default). The grants
 * of their own go at once (AccessMatrixTest); this is what their groups gave them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LeaverWebappSessionTest {

  @Autowired
  TestOrganisation organisation;
  @Autowired
  LeaverWork leaverWork;
  @Autowired
  ProcessEngine engine;
  @LocalServerPort
  int port;

  final ObjectMapper json = new ObjectMapper();

  @BeforeEach
  void webappsUseThisEngine() {
    ProcessEngines.registerProcessEngine(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aLeaversOpenTasklistSessionLosesTasklistWithinAMinuteOfTheirAccessBeingRemoved() throws Exception {
    People people = organisation.create(LocalDate.now());
    WebappSession tasklist = new WebappSession(port);
    assertThat(tasklist.login(people.practitioner(), TestOrganisation.PASSWORD, "tasklist")).isEqualTo(200);
    assertThat(authorizedApps(tasklist)).contains("tasklist");
    assertThat(json.readTree(tasklist.get(WebappSession.ENGINE_API + "/filter").body())).isNotEmpty();

    leaverWork.removeAccess(people.practitioner());
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofSeconds(61))));

    assertThat(authorizedApps(tasklist)).doesNotContain("tasklist");
    assertThat(json.readTree(tasklist.get(WebappSession.ENGINE_API + "/filter").body()))
        .as("the filters their team's group could see").isEmpty();
  }

  private String authorizedApps(WebappSession session) throws Exception {
    return json.readTree(session.get("/api/admin/auth/user/default").body()).path("authorizedApps").toString();
  }
}
