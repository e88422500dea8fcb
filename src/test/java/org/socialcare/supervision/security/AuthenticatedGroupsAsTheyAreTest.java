package org.socialcare.supervision.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A user's few groups reach the authorization check without the engine first reading every group
 * id of the authorization table (BENCHMARKS.md, "What the figures changed"); who may see what is checked
 * by AccessMatrixTest with this in place.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AuthenticatedGroupsAsTheyAreTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void aUsersFewGroupsGoToTheCheckAsTheyAreAndAVeryLongListIsStillNarrowed() {
    assertThat(groupsChecked(List.of("team-no-grant-names-it", "hr", "hr")))
        .as("the engine's narrowing would drop a group no grant names")
        .containsExactly("team-no-grant-names-it", "hr");

    List<String> many = IntStream.rangeClosed(1, AuthenticatedGroupsAsTheyAre.MOST_GROUPS_UNFILTERED + 1)
        .mapToObj(i -> "group-no-grant-names-" + i).toList();
    assertThat(groupsChecked(many)).as("narrowed to the groups some grant names: none of these").isEmpty();
  }

  private List<String> groupsChecked(List<String> groups) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
        .execute(command -> command.getAuthorizationManager().filterAuthenticatedGroupIds(groups));
  }
}
