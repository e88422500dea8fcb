package org.socialcare.supervision.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.action.ActionDraft;
import org.socialcare.supervision.action.ActionService;
import org.socialcare.supervision.action.ActionSource;
import org.socialcare.supervision.action.AgreedAction;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** An ERROR in the log means something went wrong: a submission the server rejected is not one. */
@ExtendWith(OutputCaptureExtension.class)
class RejectedSubmissionLoggingTest extends ProcessTestCase {

  private static final String ENGINE_COMMAND_FAILED = "ENGINE-16004";

  @Autowired
  ActionService actions;
  @Autowired
  TaskService taskService;

  @Test
  void aRejectedSubmissionIsNotLoggedAsAnErrorWhileAnyOtherFailureStillIs(CapturedOutput output) {
    People people = organisation.create(today());
    AgreedAction action = actions.agree(people.practitioner(), ActionSource.SESSION, 1L,
        List.of(new ActionDraft("Workload", "Close two cases", people.practitioner(), today().plusDays(7)))).get(0);
    Task task = taskService.createTaskQuery().processInstanceId(action.getProcessInstanceId()).singleResult();

    assertThat(rejectionOf(() -> taskService.complete(task.getId(), Map.of("outcome", "")))).isNotNull();
    assertThat(output.getAll()).doesNotContain(ENGINE_COMMAND_FAILED);

    assertThat(catchThrowable(() -> taskService.complete("no-such-task"))).isNotNull();
    assertThat(output.getAll()).contains(ENGINE_COMMAND_FAILED);
  }
}
