package org.socialcare.supervision.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervisor and supervisee sign the same contract at the same moment (found by the load test:
 * one of them was turned away with the engine's optimistic-locking error). Both signatures are
 * kept and the contract comes into force.
 */
class SimultaneousSignaturesTest extends ProcessTestCase {

  @Autowired
  ContractProcess contractProcess;
  @Autowired
  ContractService contracts;
  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void supervisorAndSuperviseeSigningAtTheSameMomentAreBothSigned() throws Exception {
    People people = organisation.create(today());
    ProcessInstance instance = contractProcess.start(people.practitioner());
    complete(task(instance), ContractFormScenarios.validDraft(people, today()));
    Task supervisorSigns = task("UserTask_SupervisorSignsContract", instance);
    Task superviseeSigns = task("UserTask_SuperviseeSignsContract", instance);

    // The supervisor's signature is in its transaction, not yet committed, while the supervisee's commits.
    CountDownLatch supervisorSigned = new CountDownLatch(1);
    CountDownLatch superviseeSigned = new CountDownLatch(1);
    CompletableFuture<Void> supervisor = CompletableFuture.runAsync(() ->
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
          engine.getTaskService().complete(supervisorSigns.getId(), Map.of("supervisorSigns", true));
          supervisorSigned.countDown();
          await(superviseeSigned);
        }));
    await(supervisorSigned);
    engine.getTaskService().complete(superviseeSigns.getId(), Map.of("superviseeDecision", "sign"));
    superviseeSigned.countDown();
    supervisor.get(30, TimeUnit.SECONDS);
    executeDueJobs(engine, instance.getId());

    assertThat(instance).isWaitingAt("Gateway_AwaitReview");
    assertThat(contracts.contractInForce(people.practitioner())).get().satisfies(contract -> {
      assertThat(contract.getSupervisorSignedOn()).isEqualTo(today());
      assertThat(contract.getSuperviseeSignedOn()).isEqualTo(today());
    });
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).as("the other signature").isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
