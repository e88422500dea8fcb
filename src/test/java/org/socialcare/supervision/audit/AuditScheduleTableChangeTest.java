package org.socialcare.supervision.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The promise to analysts for the audit timetable: a cell of {@code audit-schedule} changed in
 * Modeler and deployed changes how many files are audited, with no Java change. The change is
 * made to a copy of the table in memory and deployed, then removed.
 */
class AuditScheduleTableChangeTest extends ProcessTestCase {

  private static final Path TABLE = Path.of("bpmn/audit-schedule.dmn");

  @Autowired
  AuditSchedule schedule;

  Deployment analystsChange;

  @AfterEach
  void removeTheChange() {
    if (analystsChange != null) {
      engine.getRepositoryService().deleteDeployment(analystsChange.getId(), true);
    }
  }

  @Test
  void threeFilesAQuarterInTheTableMeanThreeAuditsForEachServiceManager() {
    DmnModelInstance table = Dmn.readModelFromFile(TABLE.toFile());
    Rule serviceManagersFiles = table.getModelElementsByType(Rule.class).stream()
        .filter(rule -> rule.getInputEntries().stream().map(entry -> entry.getTextContent().trim()).toList()
            .equals(List.of("\"SERVICE_MANAGER\"", "\"FILE_AUDIT\"")))
        .findFirst().orElseThrow(() -> new AssertionError("No rule for service managers' file audits in " + TABLE));
    OutputEntry perRound = serviceManagersFiles.getOutputEntries().stream().skip(2).findFirst().orElseThrow();
    assertThat(perRound.getTextContent().trim()).as("the 'Files per round' cell").isEqualTo("2");
    perRound.getText().setTextContent("3");
    analystsChange = engine.getRepositoryService().createDeployment().name("analyst-changes-audits-per-round")
        .addModelInstance("bpmn/audit-schedule.dmn", table).deploy();

    People people = organisation.create(today());
    assertThat(schedule.startDueAuditsOf(people.serviceManager()))
        .filteredOn(audit -> audit.getKind() == AuditKind.FILE_AUDIT).hasSize(3);
  }
}
