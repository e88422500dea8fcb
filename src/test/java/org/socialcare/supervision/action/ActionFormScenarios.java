package org.socialcare.supervision.action;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socialcare.supervision.common.FormScenarios;
import org.socialcare.supervision.common.OpenForm;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.stereotype.Component;

/** How the build reaches the follow-up task of an agreed action, and a valid report of it. */
@Component
class ActionFormScenarios implements FormScenarios {

  private final ProcessEngine engine;
  private final TestOrganisation organisation;
  private final ActionService actions;

  ActionFormScenarios(ProcessEngine engine, TestOrganisation organisation, ActionService actions) {
    this.engine = engine;
    this.organisation = organisation;
    this.actions = actions;
  }

  @Override
  public Map<String, Supplier<OpenForm>> forms() {
    return Map.of(ActionProcess.KEY + "/UserTask_CarryOutAction", () -> {
      LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
      People people = organisation.create(today);
      AgreedAction action = actions.agree(people.practitioner(), ActionSource.SESSION, 1L,
          List.of(new ActionDraft("Workload", "Close two cases", people.practitioner(), today.plusDays(7)))).get(0);
      return OpenForm.task(engine, engine.getTaskService().createTaskQuery()
          .processInstanceId(action.getProcessInstanceId()).singleResult(), people.practitioner(),
          Map.of("outcome", "Both closed"));
    });
  }
}
