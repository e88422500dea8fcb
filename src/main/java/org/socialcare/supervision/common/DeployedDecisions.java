package org.socialcare.supervision.common;

import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The analysts' decision tables as deployed now, evaluated in memory: for lookups that read policy
 * (when a case is due, what a person's frequency is) rather than decide something in a process.
 * They write no decision history, so they may run in read-only transactions (PostgreSQL refuses a
 * history row there) and many times in a row. Each version is parsed once; a table redeployed from
 * Modeler is used from the next call.
 */
@Component
public class DeployedDecisions {

  private final RepositoryService repository;
  private final SystemAccess systemAccess;
  private final DmnEngine inMemory = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();
  private final Map<DmnDecision, Map<Object, Object>> answers = new ConcurrentHashMap<>();

  public DeployedDecisions(RepositoryService repository, SystemAccess systemAccess) {
    this.repository = repository;
    this.systemAccess = systemAccess;
  }

  /** The latest deployed version of the table. */
  public DmnDecision latest(String decisionKey) {
    String definitionId = systemAccess.run(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(decisionKey).latestVersion().singleResult().getId());
    return parsed.computeIfAbsent(definitionId, id -> inMemory.parseDecision(decisionKey,
        systemAccess.run(() -> repository.getDmnModelInstance(id))));
  }

  /** The outputs of that version of the table for these inputs. */
  public DmnDecisionResult evaluate(DmnDecision decision, Map<String, Object> inputs) {
    return inMemory.evaluateDecision(decision, Variables.fromMap(inputs));
  }

  /**
   * The answer this version of a table gave to the same question before, or the one worked out now
   * and kept with the version. For policy tables that are pure functions of a few inputs (a staff
   * category, a nature of involvement): asked for every planned session and every child, they were
   * evaluated (FEEL) each time - a seventh of the application's time in the benchmark's year.
   */
  @SuppressWarnings("unchecked")
  public <Q, A> A remembered(DmnDecision decision, Q question, Function<Q, A> answer) {
    return (A) answers.computeIfAbsent(decision, version -> new ConcurrentHashMap<>())
        .computeIfAbsent(question, asked -> answer.apply((Q) asked));
  }
}
