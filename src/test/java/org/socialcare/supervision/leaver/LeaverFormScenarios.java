package org.socialcare.supervision.leaver;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** How the build reaches each form of leaver-archiving, and a valid submission of it. Used by RequiredFormFieldsTest. */
@Component
class LeaverFormScenarios implements FormScenarios {

  private static final String LEAVER = LeaverArchivingProcess.KEY + "/";

  private final ProcessEngine engine;
  private final TestOrganisation organisation;

  LeaverFormScenarios(ProcessEngine engine, TestOrganisation organisation) {
    this.engine = engine;
    this.organisation = organisation;
  }

  @Override
  public Map<String, Supplier<OpenForm>> forms() {
    Map<String, Supplier<OpenForm>> forms = new LinkedHashMap<>();
    forms.put(LEAVER + "StartEvent_LeavingRecorded", () -> {
      People people = organisation.create(today());
      return OpenForm.start(engine, LeaverArchivingProcess.KEY, people.hr(),
          Map.of("leaverId", people.practitioner(), "leavingDate", today().plusDays(30).toString()));
    });
    forms.put(LEAVER + "UserTask_CheckArchive", () -> {
      People people = organisation.create(today());
      String instance = leftToday(people);
      return OpenForm.task(engine, task(instance), people.hr(),
          Map.of("archiveDecision", "reject", "rejectionReason", "The March record is missing"));
    });
    forms.put(LEAVER + "UserTask_ConfirmArchiveDeletion", () -> {
      People people = organisation.create(today());
      String instance = leftToday(people);
      engine.getTaskService().complete(task(instance).getId(), Map.of("archiveDecision", "accept"));
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(6 * 366))));
      runTimerOf(instance);
      return OpenForm.task(engine, task(instance), people.hr(),
          Map.of("deletionDecision", "keep", "keptReason", "An employment tribunal is pending"));
    });
    return forms;
  }

  /** The practitioner's leaving recorded by HR for today, and the day come: the archive waits for HR's check. */
  private String leftToday(People people) {
    String instance = engine.getRuntimeService().startProcessInstanceByKey(LeaverArchivingProcess.KEY,
        Map.of("recordedBy", people.hr(), "leaverId", people.practitioner(), "leavingDate", today().toString())).getId();
    runTimerOf(instance);
    return instance;
  }

  private void runTimerOf(String instance) {
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
    engine.getManagementService().executeJob(timer.getId());
  }

  private Task task(String instance) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
