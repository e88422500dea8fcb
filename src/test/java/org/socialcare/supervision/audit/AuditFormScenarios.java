package org.socialcare.supervision.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.socialcare.supervision.common.FormScenarios;
import org.socialcare.supervision.common.OpenForm;
import org.socialcare.supervision.contract.ContractFixture;
import org.socialcare.supervision.organisation.TestOrganisation;
import org.socialcare.supervision.organisation.TestOrganisation.People;
import org.springframework.stereotype.Component;

/**
 * How the build reaches the audit tool and the observation form, and what an auditor validly
 * submits. On the audit tool every section 1 answer differs from what the evidence suggests, and
 * supervision is answered "not regular", so every conditionally required reason is checked too.
 */
@Component
class AuditFormScenarios implements FormScenarios {

  private final ProcessEngine engine;
  private final TestOrganisation organisation;
  private final ContractFixture contracts;
  private final AuditFixture audits;

  AuditFormScenarios(ProcessEngine engine, TestOrganisation organisation, ContractFixture contracts,
      AuditFixture audits) {
    this.engine = engine;
    this.organisation = organisation;
    this.contracts = contracts;
    this.audits = audits;
  }

  @Override
  public Map<String, Supplier<OpenForm>> forms() {
    Map<String, Supplier<OpenForm>> forms = new LinkedHashMap<>();
    forms.put(AuditProcess.KEY + "/UserTask_AuditSupervisionFile", () -> {
      People people = organisation.create(today());
      contracts.inForce(people.practitioner());
      GrandparentAudit audit = audits.start(AuditKind.FILE_AUDIT, people.practitioner());
      Map<String, Object> form = engine.getRuntimeService().getVariables(audit.getProcessInstanceId());
      Map<String, Object> valid = new HashMap<>();
      for (AuditQuestion question : AuditQuestion.values()) {
        if (question.fromEvidence()) {
          valid.put(question.key(), "yes".equals(form.get(question.suggestedKey())) ? "no" : "yes");
          valid.put(question.reasonKey(), "Seen otherwise on the paper file");
        } else {
          valid.put(question.key(), "yes");
        }
      }
      if (!"no".equals(valid.get(AuditQuestion.REGULAR_SUPERVISION.key()))) {
        throw new IllegalStateException("The scenario needs supervision suggested as regular, to answer 'no'");
      }
      valid.put(AuditForm.Field.NOT_REGULAR_WHY, "Supervisor off sick in April; recorded");
      valid.put(AuditForm.Field.JUDGEMENT, "GOOD");
      valid.put(AuditForm.Field.QUALITY_COMMENT, "Reflective, well recorded sessions");
      valid.put(AuditForm.Field.CASE_CHECKS, List.of(Map.of("caseReference", "C-" + people.practitioner().substring(3),
          "evidenceOfReflection", "Clear reflection on risk")));
      valid.put(AuditForm.Field.ACTIONS, List.of());
      return OpenForm.task(engine, audits.taskOf(audit), people.serviceManager(), valid);
    });
    forms.put(AuditProcess.KEY + "/UserTask_ObserveSupervisionPractice", () -> {
      People people = organisation.create(today());
      GrandparentAudit audit = audits.start(AuditKind.OBSERVATION, people.practitioner());
      return OpenForm.task(engine, audits.taskOf(audit), people.serviceManager(), Map.of(
          AuditForm.Field.OBSERVED_ON, today().toString(), AuditForm.Field.STRENGTHS, "Clear agenda",
          AuditForm.Field.DEVELOPMENT_POINTS, "More reflection"));
    });
    return forms;
  }

  private static LocalDate today() {
    return ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
  }
}
