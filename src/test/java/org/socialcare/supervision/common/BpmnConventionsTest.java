package org.socialcare.supervision.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * The house rules for the analysts' models, checked over every file in {@code bpmn/} and
 * {@code forms/}. Each failure names the file, the element and what to do about it.
 */
class BpmnConventionsTest {

  private static final Path BPMN = Path.of("bpmn");
  private static final Path FORMS = Path.of("forms");
  /** What Camunda Modeler generates (Activity_0x1abcd): an id that says nothing. */
  private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");
  private static final Pattern MEANINGFUL_ID = Pattern.compile(
      "^(StartEvent|EndEvent|UserTask|ServiceTask|SendTask|ReceiveTask|BusinessRuleTask|CallActivity|SubProcess"
          + "|Gateway|SequenceFlow|BoundaryEvent|TimerEvent|MessageEvent|SignalEvent|ErrorEvent|EscalationEvent"
          + "|IntermediateEvent|Task)_[A-Z][A-Za-z0-9]+$");
  /** The highest form schema Camunda 7.24 Tasklist renders (form-js 1.8). */
  private static final int MAX_FORM_SCHEMA_VERSION = 16;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyModelFollowsTheConventions() throws IOException {
    Map<String, Path> forms = formsById();
    List<String> problems = new ArrayList<>();
    for (Path file : files(BPMN, ".bpmn")) {
      check(file, Bpmn.readModelFromFile(file.toFile()), forms, problems);
    }
    assertThat(problems).as("model convention problems").isEmpty();
  }

  @Test
  void everyFormIsValidForTasklist() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path file : files(FORMS, ".form")) {
      JsonNode form = json.readTree(file.toFile());
      String id = form.path("id").asText();
      if (!id.startsWith("Form_")) {
        problems.add(file + ": form id '" + id + "' should be Form_<WhatItIsFor>");
      }
      if (form.path("schemaVersion").asInt() > MAX_FORM_SCHEMA_VERSION) {
        problems.add(file + ": schemaVersion " + form.path("schemaVersion").asInt() + " is newer than Tasklist 7.24 renders;"
            + " set it to " + MAX_FORM_SCHEMA_VERSION);
      }
      for (JsonNode component : form.path("components")) {
        if (component.path("type").asText().equals("filepicker")) {
          problems.add(file + ": " + component.path("id").asText() + " is a file picker, which Tasklist 7.24 cannot submit");
        }
      }
    }
    assertThat(problems).as("form problems").isEmpty();
  }

  private void check(Path file, BpmnModelInstance model, Map<String, Path> forms, List<String> problems) {
    String expectedKey = file.getFileName().toString().replace(".bpmn", "");
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (!process.isExecutable()) {
        continue;
      }
      if (!process.getId().equals(expectedKey)) {
        problems.add(file + ": process id '" + process.getId() + "' must equal the file name '" + expectedKey + "'");
      }
      if (process.getCamundaHistoryTimeToLiveString() == null) {
        problems.add(file + ": process " + process.getId() + " sets no history time to live (General > History cleanup)");
      }
      if (process.getCamundaVersionTag() == null) {
        problems.add(file + ": process " + process.getId() + " has no version tag");
      }
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      String where = file + ": " + element.getElementType().getTypeName() + " " + element.getId();
      if (GENERATED_ID.matcher(element.getId()).matches() || !MEANINGFUL_ID.matcher(element.getId()).matches()) {
        problems.add(where + ": give it a meaningful id like UserTask_SignContract or Gateway_GapExceedsFrequency");
      }
      if (element instanceof ScriptTask) {
        problems.add(where + ": script task - put the logic in a Java service called by a delegate");
      }
      if (element instanceof ServiceTask task && task.getCamundaClass() != null) {
        problems.add(where + ": camunda:class - use camunda:delegateExpression=\"${bean}\"");
      }
      if (element instanceof UserTask task) {
        checkUserTask(where, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), forms, problems);
        if (task.getCamundaAssignee() == null && task.getCamundaCandidateGroups() == null
            && task.getCamundaCandidateUsers() == null) {
          problems.add(where + ": has no assignee or candidate group");
        }
        if (task.getCamundaDueDate() == null) {
          problems.add(where + ": has no due date (camunda:dueDate=\"${due.in('P7D')}\")");
        }
      }
      if (element instanceof StartEvent start && start.getCamundaFormRef() != null) {
        checkUserTask(where, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), forms, problems);
      }
    }
    for (ModelElementInstance listener : listeners(model)) {
      String cls = listener instanceof CamundaTaskListener t ? t.getCamundaClass() : ((CamundaExecutionListener) listener).getCamundaClass();
      if (cls != null) {
        problems.add(file + ": a listener uses camunda:class=" + cls + " - use a delegate expression");
      }
    }
  }

  private static List<ModelElementInstance> listeners(BpmnModelInstance model) {
    List<ModelElementInstance> all = new ArrayList<>(model.getModelElementsByType(CamundaTaskListener.class));
    all.addAll(model.getModelElementsByType(CamundaExecutionListener.class));
    return all;
  }

  private static void checkUserTask(String where, String formRef, String binding, Map<String, Path> forms,
      List<String> problems) {
    if (formRef == null) {
      problems.add(where + ": has no form (camunda:formRef to a form in forms/)");
    } else if (!forms.containsKey(formRef)) {
      problems.add(where + ": refers to form '" + formRef + "', which no file in forms/ defines");
    }
    if (formRef != null && !"deployment".equals(binding)) {
      problems.add(where + ": form binding must be 'deployment', so a diagram runs with the forms deployed beside it");
    }
  }

  private Map<String, Path> formsById() throws IOException {
    Map<String, Path> forms = new HashMap<>();
    for (Path file : files(FORMS, ".form")) {
      forms.put(json.readTree(file.toFile()).path("id").asText(), file);
    }
    return forms;
  }

  private static List<Path> files(Path folder, String suffix) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> files = walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
      assertThat(files).as("files ending " + suffix + " in " + folder).isNotEmpty();
      return files;
    }
  }

}
