package org.socialcare.supervision.escalation;

import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.socialcare.supervision.common.FormScenarios;
import org.socialcare.supervision.common.OpenForm;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.stereotype.Component;

/** How the build reaches every form of the disagreement and concern processes, and a valid submission of each. */
@Component
class EscalationFormScenarios implements FormScenarios {

  private static final String DISAGREEMENT = DisagreementProcess.KEY + "/";
  private static final String CONCERN = ConcernProcess.KEY + "/";

  private final ProcessEngine engine;
  private final EscalationFixture fixture;
  private final TestOrganisation organisation;

  EscalationFormScenarios(ProcessEngine engine, EscalationFixture fixture, TestOrganisation organisation) {
    this.engine = engine;
    this.fixture = fixture;
    this.organisation = organisation;
  }

  @Override
  public Map<String, Supplier<OpenForm>> forms() {
    Map<String, Supplier<OpenForm>> forms = new LinkedHashMap<>();
    forms.put(DISAGREEMENT + "StartEvent_DisagreementRaised", () -> {
      People people = signedPractitionerRecord();
      return OpenForm.start(engine, DisagreementProcess.KEY, people.practitioner(), EscalationFixture.statement());
    });
    forms.put(DISAGREEMENT + "UserTask_DecideDisagreement", () -> {
      People people = signedPractitionerRecord();
      return OpenForm.task(engine, task(raisedBy(people.practitioner())), people.serviceManager(),
          Map.of("resolution", "Keep the case open"));
    });
    forms.put(DISAGREEMENT + "UserTask_DecideOverdueDisagreement", () -> {
      People people = signedPractitionerRecord();
      String instance = raisedBy(people.practitioner());
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(11))));
      Job overdue = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
      engine.getManagementService().executeJob(overdue.getId());
      return OpenForm.task(engine, task(instance), people.assistantDirector(), Map.of("resolution", "Close the case"));
    });
    forms.put(CONCERN + "StartEvent_ConcernRaised", () -> {
      People people = organisation.create(java.time.LocalDate.of(2026, 3, 2));
      return OpenForm.start(engine, ConcernProcess.KEY, people.practitioner(),
          Map.of("concern", "Sessions are always cut short"));
    });
    forms.put(CONCERN + "UserTask_AddressConcern", () -> {
      People people = organisation.create(java.time.LocalDate.of(2026, 3, 2));
      String instance = engine.getRuntimeService().startProcessInstanceByKey(ConcernProcess.KEY,
          Map.of(ConcernProcess.Var.RAISED_BY, people.practitioner(), "concern", "Sessions are always cut short"))
          .getId();
      return OpenForm.task(engine, task(instance), people.serviceManager(), Map.of("actionTaken", "Diary protected"));
    });
    return forms;
  }

  private People signedPractitionerRecord() {
    People people = fixture.contracted();
    fixture.signedRecord(people.practitioner());
    return people;
  }

  /** A disagreement about the practitioner's record, started by the application on their behalf. */
  private String raisedBy(String practitioner) {
    Map<String, Object> variables = new LinkedHashMap<>(EscalationFixture.statement());
    variables.put(DisagreementProcess.Var.RAISED_BY, practitioner);
    return engine.getRuntimeService().startProcessInstanceByKey(DisagreementProcess.KEY, variables).getId();
  }

  private Task task(String processInstanceId) {
    return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }
}
