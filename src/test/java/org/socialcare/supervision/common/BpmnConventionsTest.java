package org.socialcare.supervision.common;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.Signal;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.socialcare.supervision.common.DeclaredFormFields.Declaration;
import org.socialcare.supervision.common.ModelFiles.Form;
import org.socialcare.supervision.common.ModelFiles.FormField;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The house rules for the analysts' models, checked over every file in {@code bpmn/} and
 * {@code forms/}, one test per file, process, element and form field, so a failure names the file,
 * the element and what to do. Whatever processes, decisions and forms exist are checked; nothing
 * here names one.
 */
class BpmnConventionsTest {

  /** The highest form schema Camunda 7.24 Tasklist renders (form-js 1.8). */
  static final int MAX_FORM_SCHEMA_VERSION = 16;
  /**
   * The longest expression a diagram may hold. Room for a bean call with one argument
   * ({@code ${lineManagement.supervisorOf(superviseeId)}}) or one comparison
   * ({@code ${superviseeDecision == 'return'}}); anything longer is policy logic, which belongs in a
   * decision table or a Java service.
   */
  static final int MAX_EXPRESSION_LENGTH = 60;
  /** What Camunda Modeler generates (Activity_0x1abcd, Flow_1abc2de): an id that says nothing. */
  private static final Pattern GENERATED_ID = Pattern.compile("^[A-Za-z]+_[0-9a-z]{7}$");
  private static final Pattern MEANINGFUL_ID = Pattern.compile("^([A-Za-z]+)_([A-Z][A-Za-z0-9]+)$");
  private static final Pattern DUE_IN = Pattern.compile("^\\$\\{due\\.in\\('([^']*)'\\)}$");
  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  /** The id prefix of each kind of element (Camunda's best practice "naming technically relevant ids"). */
  private static final Map<String, List<String>> PREFIXES = Map.ofEntries(
      Map.entry("startEvent", List.of("StartEvent")),
      Map.entry("endEvent", List.of("EndEvent")),
      Map.entry("boundaryEvent", List.of("BoundaryEvent")),
      Map.entry("intermediateCatchEvent",
          List.of("MessageEvent", "TimerEvent", "SignalEvent", "ConditionalEvent", "LinkEvent", "IntermediateEvent")),
      Map.entry("intermediateThrowEvent",
          List.of("MessageEvent", "SignalEvent", "EscalationEvent", "CompensationEvent", "LinkEvent", "IntermediateEvent")),
      Map.entry("userTask", List.of("UserTask")),
      Map.entry("serviceTask", List.of("ServiceTask")),
      Map.entry("sendTask", List.of("SendTask")),
      Map.entry("receiveTask", List.of("ReceiveTask")),
      Map.entry("businessRuleTask", List.of("BusinessRuleTask")),
      Map.entry("manualTask", List.of("ManualTask")),
      Map.entry("scriptTask", List.of("ScriptTask")),
      Map.entry("task", List.of("Task")),
      Map.entry("callActivity", List.of("CallActivity")),
      Map.entry("subProcess", List.of("SubProcess", "EventSubProcess")),
      Map.entry("transaction", List.of("SubProcess")),
      Map.entry("exclusiveGateway", List.of("Gateway")),
      Map.entry("parallelGateway", List.of("Gateway")),
      Map.entry("inclusiveGateway", List.of("Gateway")),
      Map.entry("eventBasedGateway", List.of("Gateway")),
      Map.entry("complexGateway", List.of("Gateway")),
      Map.entry("sequenceFlow", List.of("SequenceFlow")),
      Map.entry("message", List.of("Message")),
      Map.entry("error", List.of("Error")),
      Map.entry("signal", List.of("Signal")),
      Map.entry("escalation", List.of("Escalation")));

  private final Map<String, Form> forms = ModelFiles.formsById();

  // ---------------------------------------------------------------------------------------------
  // Diagrams

  @TestFactory
  Stream<DynamicNode> everyDiagram() {
    PublicNames publicNames = PublicNames.fromReadme();
    Set<String> processKeys = ModelFiles.diagrams().stream().map(ModelFiles::keyOf).collect(Collectors.toSet());
    Set<String> decisionKeys = ModelFiles.decisionTables().stream().map(ModelFiles::keyOf).collect(Collectors.toSet());
    return ModelFiles.diagrams().stream().map(file -> {
      BpmnModelInstance model;
      Document xml;
      try {
        model = Bpmn.readModelFromFile(file.toFile());
        xml = readXml(file);
      } catch (RuntimeException e) {
        return dynamicTest(file + " parses", () -> fail(file + " is not a diagram Camunda can read: " + rootMessage(e)
            + ". Open it in Camunda Modeler, fix what it reports and save it again (or restore it from git)."));
      }
      return dynamicContainer(file.toString(), Stream.concat(
          Stream.of(dynamicTest("parses and deploys", () -> deploys(file))),
          diagramTests(new Diagram(file, model, xml, publicNames, processKeys, decisionKeys))));
    });
  }

  @TestFactory
  Stream<DynamicTest> theModelsDeployTogetherAsTheApplicationDeploysThem() {
    return Stream.of(dynamicTest("bpmn/ and forms/ deploy as one deployment", () -> {
      List<Path> all = new ArrayList<>(ModelFiles.diagrams());
      all.addAll(ModelFiles.decisionTables());
      all.addAll(ModelFiles.forms());
      deploy(all, "bpmn/ and forms/ do not deploy together (as the application deploys them at start-up)");
    }));
  }

  private record Diagram(Path file, BpmnModelInstance model, Document xml, PublicNames publicNames,
      Set<String> processKeys, Set<String> decisionKeys) {

    String where(BaseElement element) {
      String name = element.getAttributeValue("name");
      return file + ", " + element.getId() + " (" + element.getElementType().getTypeName()
          + (name == null || name.isBlank() ? "" : " \"" + name.replace('\n', ' ') + "\"") + ")";
    }
  }

  private Stream<DynamicNode> diagramTests(Diagram diagram) {
    List<DynamicNode> tests = new ArrayList<>();
    for (Process process : diagram.model().getModelElementsByType(Process.class)) {
      tests.add(check("process " + process.getId(), problems -> checkProcess(diagram, process, problems)));
    }
    for (Class<? extends BaseElement> type : List.of(Message.class, Error.class, Signal.class, Escalation.class)) {
      for (BaseElement element : diagram.model().getModelElementsByType(type)) {
        tests.add(check(element.getId(), problems -> checkRootElement(diagram, element, problems)));
      }
    }
    Set<String> flowElementIds = diagram.model().getModelElementsByType(FlowElement.class).stream()
        .map(FlowElement::getId).collect(Collectors.toSet());
    for (FlowElement element : diagram.model().getModelElementsByType(FlowElement.class)) {
      tests.add(check(element.getId(), problems -> checkFlowElement(diagram, element, flowElementIds, problems)));
    }
    return tests.stream();
  }

  private void checkProcess(Diagram diagram, Process process, List<String> problems) {
    String where = diagram.file() + ", process " + process.getId();
    String fileKey = ModelFiles.keyOf(diagram.file());
    if (!process.isExecutable()) {
      problems.add(where + ": is not executable - tick 'Executable' in Modeler (General), or move the"
          + " documentation-only diagram out of bpmn/");
      return;
    }
    if (!process.getId().equals(fileKey)) {
      problems.add(where + ": the process key must equal the file name '" + fileKey + "' (one process per file;"
          + " in Modeler: click the canvas, General > ID). Other systems start it by key: never rename an existing one.");
    }
    if (process.getCamundaHistoryTimeToLiveString() == null || process.getCamundaHistoryTimeToLiveString().isBlank()) {
      problems.add(where + ": sets no history time to live - in Modeler click the canvas, History cleanup >"
          + " Time to live, e.g. P2555D (7 years, as the other processes)");
    }
    if (process.getCamundaVersionTag() == null || process.getCamundaVersionTag().isBlank()) {
      problems.add(where + ": has no version tag - in Modeler click the canvas, General > Version tag, e.g. 1.0;"
          + " raise it with every change you deploy");
    }
    if (!diagram.publicNames().processKeys().contains(process.getId())) {
      problems.add(where + ": the key '" + process.getId() + "' is not in the README's list of public names"
          + " (\"- Process keys:\"). Add it there if it is new; if you renamed a process, rename it back");
    }
    Element xml = diagram.xml().getElementById(process.getId());
    if (xml != null) {
      Set<String> flowElementIds = diagram.model().getModelElementsByType(FlowElement.class).stream()
          .map(FlowElement::getId).collect(Collectors.toSet());
      checkXml(where, xml, flowElementIds, problems);
    }
  }

  private void checkRootElement(Diagram diagram, BaseElement element, List<String> problems) {
    String where = diagram.where(element);
    checkId(where, element, problems);
    if (element instanceof Message message) {
      if (message.getName() == null || message.getName().isBlank()) {
        problems.add(where + ": has no name - the application correlates messages by name");
      } else if (!diagram.publicNames().messageNames().contains(message.getName())) {
        problems.add(where + ": the message name '" + message.getName() + "' is not in the README's list of public"
            + " names (\"- Message names:\"). Add it there if it is new; if you renamed a message, rename it back:"
            + " the Java that sends it uses the old name");
      }
    }
  }

  private void checkFlowElement(Diagram diagram, FlowElement element, Set<String> flowElementIds,
      List<String> problems) {
    String where = diagram.where(element);
    checkId(where, element, problems);
    if (element instanceof ScriptTask) {
      problems.add(where + ": is a script task - put the logic in a Java service called by a delegate"
          + " (camunda:delegateExpression), or in a decision table");
    }
    if (element instanceof UserTask task) {
      checkForm(where, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), task.getCamundaFormKey(), problems);
      if (isBlank(task.getCamundaAssignee()) && isBlank(task.getCamundaCandidateGroups())
          && isBlank(task.getCamundaCandidateUsers())) {
        problems.add(where + ": has no assignee or candidate group - in Modeler: User assignment > Assignee,"
            + " e.g. ${supervisorId}, or Candidate groups");
      }
      checkDueDate(where, task.getCamundaDueDate(), problems);
    }
    if (element instanceof StartEvent start && start.getParentElement() instanceof Process
        && (start.getCamundaFormRef() != null || start.getCamundaFormKey() != null)) {
      checkForm(where, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), start.getCamundaFormKey(), problems);
    }
    if (element instanceof BusinessRuleTask task && task.getCamundaDecisionRef() != null
        && !task.getCamundaDecisionRef().contains("${") && !diagram.decisionKeys().contains(task.getCamundaDecisionRef())) {
      problems.add(where + ": refers to decision '" + task.getCamundaDecisionRef() + "', but no file bpmn/"
          + task.getCamundaDecisionRef() + ".dmn defines it");
    }
    if (element instanceof CallActivity call && call.getCalledElement() != null
        && !call.getCalledElement().contains("${") && !diagram.processKeys().contains(call.getCalledElement())) {
      problems.add(where + ": calls process '" + call.getCalledElement() + "', but no file bpmn/"
          + call.getCalledElement() + ".bpmn defines it");
    }
    Element xml = diagram.xml().getElementById(element.getId());
    if (xml != null) {
      checkXml(where, xml, flowElementIds, problems);
    }
  }

  private void checkId(String where, BaseElement element, List<String> problems) {
    String id = element.getId();
    String type = element.getElementType().getTypeName();
    List<String> prefixes = PREFIXES.getOrDefault(type, List.of());
    String example = (prefixes.isEmpty() ? "Element" : prefixes.get(0)) + "_WhatItIs";
    Matcher meaningful = MEANINGFUL_ID.matcher(id);
    if (GENERATED_ID.matcher(id).matches() || !meaningful.matches()) {
      problems.add(where + ": the id '" + id + "' says nothing - in Modeler: General > ID, name it like " + example
          + " (UserTask_SignContract, Gateway_GapExceedsFrequency). Tests and Cockpit refer to ids: rename"
          + " before it is first deployed");
    } else if (!prefixes.isEmpty() && !prefixes.contains(meaningful.group(1))) {
      problems.add(where + ": the id '" + id + "' should start with " + String.join(" or ", prefixes)
          + "_ for a " + type + " (" + example + ")");
    }
  }

  private void checkForm(String where, String formRef, String binding, String formKey, List<String> problems) {
    if (formKey != null) {
      problems.add(where + ": uses a form key ('" + formKey + "') - use a Camunda Form from forms/ instead"
          + " (Modeler: Form > Type 'Camunda Forms (linked)', Form ID Form_..., Binding 'deployment')");
    }
    if (formRef == null) {
      if (formKey == null) {
        problems.add(where + ": has no form - in Modeler: Form > Type 'Camunda Forms (linked)' and the Form ID of a"
            + " form in forms/ (Form_...)");
      }
    } else if (!forms.containsKey(formRef)) {
      problems.add(where + ": refers to form '" + formRef + "', but no file in forms/ has that id. Known forms: "
          + forms.keySet());
    }
    if (formRef != null && !"deployment".equals(binding)) {
      problems.add(where + ": form binding is '" + binding + "' - set Form > Binding to 'deployment', so the diagram"
          + " runs with the forms deployed beside it");
    }
  }

  private static void checkDueDate(String where, String dueDate, List<String> problems) {
    if (isBlank(dueDate)) {
      problems.add(where + ": has no due date - in Modeler: Task > Due date, e.g. ${due.in('P10D')} for 10 days"
          + " after the task starts (use the period the policy sets)");
      return;
    }
    Matcher dueIn = DUE_IN.matcher(dueDate.trim());
    if (dueIn.matches()) {
      try {
        new DueDates().in(dueIn.group(1));
      } catch (RuntimeException e) {
        problems.add(where + ": due date " + dueDate + " - '" + dueIn.group(1) + "' is not an ISO 8601 period:"
            + " write P10D for 10 days, P2W for 2 weeks, P1M for a month, PT4H for 4 hours");
      }
    }
  }

  /**
   * What only the XML shows, in this element and what it holds (listeners, timers, conditions) but
   * not in the elements nested in a sub-process, which get their own test.
   */
  private static void checkXml(String where, Element element, Set<String> flowElementIds, List<String> problems) {
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node attribute = attributes.item(i);
      if (CAMUNDA_NS.equals(attribute.getNamespaceURI()) && "class".equals(attribute.getLocalName())) {
        problems.add(where + ": uses camunda:class=\"" + attribute.getNodeValue() + "\" on " + element.getLocalName()
            + " - ask a developer for a Spring bean and use camunda:delegateExpression=\"${beanName}\"");
      }
      checkExpression(where, attribute.getNodeValue(), problems);
    }
    if (CAMUNDA_NS.equals(element.getNamespaceURI()) && "script".equals(element.getLocalName())) {
      problems.add(where + ": has a script (" + element.getAttribute("scriptFormat") + ") - put the logic in a"
          + " Java service called by a delegate, or in a decision table");
    }
    if (BPMN_NS.equals(element.getNamespaceURI()) && "conditionExpression".equals(element.getLocalName())
        && element.hasAttribute("language")) {
      problems.add(where + ": has a script condition (" + element.getAttribute("language") + ") - write a short"
          + " expression like ${gapExceedsFrequency}, set by a delegate");
    }
    if (BPMN_NS.equals(element.getNamespaceURI())
        && ("timeDuration".equals(element.getLocalName()) || "timeCycle".equals(element.getLocalName()))) {
      String text = element.getTextContent().trim();
      if (!text.contains("${") && !text.contains("#{")) {
        try {
          new DurationHelper(text);
        } catch (Exception e) {
          problems.add(where + ": timer '" + text + "' is not an ISO 8601 duration or cycle: write P10D for 10 days,"
              + " PT4H for 4 hours, R3/P1D for three times a day apart");
        }
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element nested) {
        if (!flowElementIds.contains(nested.getAttribute("id"))) {
          checkXml(where, nested, flowElementIds, problems);
        }
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        checkExpression(where, child.getNodeValue(), problems);
      }
    }
  }

  private static void checkExpression(String where, String value, List<String> problems) {
    String text = value == null ? "" : value.trim();
    if ((text.contains("${") || text.contains("#{")) && text.length() > MAX_EXPRESSION_LENGTH) {
      problems.add(where + ": the expression " + text + " is " + text.length() + " characters long (at most "
          + MAX_EXPRESSION_LENGTH + "). Logic belongs in a decision table or a Java service: let a delegate set one"
          + " variable the flow branches on, e.g. ${gapExceedsFrequency}");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Decision tables

  @TestFactory
  Stream<DynamicNode> everyDecisionTable() {
    PublicNames publicNames = PublicNames.fromReadme();
    return ModelFiles.decisionTables().stream().map(file -> {
      DmnModelInstance model;
      try {
        model = Dmn.readModelFromFile(file.toFile());
      } catch (RuntimeException e) {
        return dynamicTest(file + " parses", () -> fail(file + " is not a decision table Camunda can read: "
            + rootMessage(e) + ". Open it in Camunda Modeler, fix what it reports and save it again."));
      }
      List<DynamicNode> tests = new ArrayList<>();
      tests.add(dynamicTest("parses and deploys", () -> deploys(file)));
      for (Decision decision : model.getModelElementsByType(Decision.class)) {
        tests.add(check("decision " + decision.getId(), problems -> {
          String where = file + ", decision " + decision.getId();
          if (!decision.getId().equals(ModelFiles.keyOf(file))) {
            problems.add(where + ": the decision key must equal the file name '" + ModelFiles.keyOf(file)
                + "' (Modeler: select the decision, General > ID). Never rename an existing one: Java asks for it by key");
          }
          if (decision.getCamundaHistoryTimeToLiveString() == null) {
            problems.add(where + ": sets no history time to live - in Modeler: select the decision, History cleanup >"
                + " Time to live, e.g. P2555D");
          }
          if (!publicNames.decisionKeys().contains(decision.getId())) {
            problems.add(where + ": the key '" + decision.getId() + "' is not in the README's list of public names"
                + " (\"- Decision keys:\"). Add it there if it is new; if you renamed it, rename it back");
          }
        }));
      }
      return dynamicContainer(file.toString(), tests);
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Public names: everything the README promises still exists

  @TestFactory
  Stream<DynamicTest> everyPublicNameStillExists() {
    PublicNames publicNames = PublicNames.fromReadme();
    Set<String> messages = new HashSet<>();
    List<Path> unreadable = new ArrayList<>();
    for (Path file : ModelFiles.diagrams()) {
      try {
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Message.class)
            .forEach(m -> messages.add(m.getName()));
      } catch (RuntimeException e) {
        unreadable.add(file); // everyDiagram() reports it
      }
    }
    Set<String> processKeys = ModelFiles.diagrams().stream().map(ModelFiles::keyOf).collect(Collectors.toSet());
    Set<String> decisionKeys = ModelFiles.decisionTables().stream().map(ModelFiles::keyOf).collect(Collectors.toSet());
    return Stream.of(
        publicNames.processKeys().stream().map(key -> dynamicTest("process key " + key, () -> {
          if (!processKeys.contains(key)) {
            fail("README lists process key '" + key + "' as public, but there is no bpmn/" + key + ".bpmn. Other"
                + " systems start it by that key: restore it, or remove it from the README only if nothing uses it");
          }
        })),
        publicNames.decisionKeys().stream().map(key -> dynamicTest("decision key " + key, () -> {
          if (!decisionKeys.contains(key)) {
            fail("README lists decision key '" + key + "' as public, but there is no bpmn/" + key + ".dmn."
                + " The application evaluates it by that key: restore it");
          }
        })),
        publicNames.messageNames().stream().map(name -> dynamicTest("message " + name, () -> {
          Assumptions.assumeTrue(unreadable.isEmpty(), () -> "cannot tell while " + unreadable + " cannot be read");
          if (!messages.contains(name)) {
            fail("README lists message '" + name + "' as public, but no diagram in bpmn/ defines a message with that"
                + " name. The application sends it by name: restore it (Modeler: Message > Name)");
          }
        })))
        .flatMap(s -> s);
  }

  // ---------------------------------------------------------------------------------------------
  // Forms

  @TestFactory
  Stream<DynamicNode> everyForm() {
    Map<String, Long> idCounts = ModelFiles.forms().stream().map(file -> {
      try {
        return Form.read(file).id();
      } catch (RuntimeException e) {
        return "";
      }
    }).collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    return ModelFiles.forms().stream().map(file -> dynamicTest(file.toString(), () -> {
      Form form;
      try {
        form = Form.read(file);
      } catch (RuntimeException e) {
        fail(e.getMessage() + " - open it in Camunda Modeler and save it again, or restore it from git");
        return;
      }
      List<String> problems = new ArrayList<>();
      String expectedId = "Form_" + pascalCase(ModelFiles.keyOf(file));
      if (!form.id().equals(expectedId)) {
        problems.add(file + ": the form id is '" + form.id() + "'; name it '" + expectedId + "' after the file"
            + " (Modeler: click the form's background, General > ID) and refer to it by that id in the diagram");
      }
      if (idCounts.getOrDefault(form.id(), 0L) > 1) {
        problems.add(file + ": another file in forms/ has the same id '" + form.id() + "'; a diagram cannot tell them apart");
      }
      int schemaVersion = form.json().path("schemaVersion").asInt();
      if (schemaVersion > MAX_FORM_SCHEMA_VERSION) {
        problems.add(file + ": schemaVersion " + schemaVersion + " is newer than Tasklist 7.24 renders; set it to "
            + MAX_FORM_SCHEMA_VERSION + " (in Modeler: target Camunda Platform 7.24 when you create the form)");
      }
      for (FormField field : form.fields()) {
        if (field.type().equals("filepicker")) {
          problems.add(file + ", " + field.describe() + ": a file picker, which Tasklist 7.24 cannot submit - remove it");
        }
        if (field.type().equals("dynamiclist")) {
          checkRowConditions(file, field, problems);
        }
      }
      checkDateComparisons(file, form, problems);
      assertNoProblems(problems);
    }));
  }

  /**
   * In a dynamic list, form-js evaluates a row field's condition with the form's variables at the
   * top and the row's own fields under {@code this}: a bare {@code discussed} is the form's variable
   * (null), so the condition never holds and the field always shows.
   */
  private static void checkRowConditions(Path file, FormField list, List<String> problems) {
    List<String> rowKeys = new ArrayList<>();
    list.json().path("components").forEach(component -> {
      if (component.hasNonNull("key")) {
        rowKeys.add(component.path("key").asText());
      }
    });
    list.json().path("components").forEach(component -> {
      String condition = component.path("conditional").path("hide").asText("");
      for (String key : rowKeys) {
        if (Pattern.compile("(?<![\\w.])" + Pattern.quote(key) + "(?!\\w)").matcher(condition).find()) {
          problems.add(file + ", " + component.path("type").asText() + " '" + component.path("key").asText()
              + "' (" + component.path("id").asText() + ") in the list '" + list.key() + "': its condition '"
              + condition + "' names '" + key + "', a field of the same row - write this." + key + " (a bare name is"
              + " the form's own variable, so the condition never holds and the field always shows)");
        }
      }
    });
  }

  /**
   * A date field submits text ("2026-11-19"), and the FEEL of Tasklist 7.24 cannot order text:
   * {@code heldOn <= latest} fails, and a condition that fails shows its field. Compare dates as
   * dates: {@code date(heldOn) <= date(latest)}.
   */
  private static void checkDateComparisons(Path file, Form form, List<String> problems) {
    List<String> dateKeys = new ArrayList<>();
    collectDateKeys(form.json().path("components"), dateKeys);
    List<JsonNode> conditional = new ArrayList<>();
    collectConditional(form.json().path("components"), conditional);
    for (JsonNode component : conditional) {
      String condition = component.path("conditional").path("hide").asText();
      for (String key : dateKeys) {
        String name = "(?<![\\w.(])(?:this\\.)?" + Pattern.quote(key) + "(?![\\w(])";
        if (Pattern.compile(name + "\\s*[<>]|[<>]=?\\s*" + name).matcher(condition).find()) {
          problems.add(file + ", " + component.path("type").asText() + " '" + component.path("key").asText()
              + "' (" + component.path("id").asText() + "): its condition '" + condition + "' orders the date '" + key
              + "' as text, which fails in Tasklist (and shows the field); compare date(" + key + ") with a date()");
        }
      }
    }
  }

  private static void collectDateKeys(JsonNode components, List<String> into) {
    for (JsonNode component : components) {
      if (component.path("type").asText().equals("datetime") && component.hasNonNull("key")) {
        into.add(component.path("key").asText());
      }
      collectDateKeys(component.path("components"), into);
    }
  }

  private static void collectConditional(JsonNode components, List<JsonNode> into) {
    for (JsonNode component : components) {
      if (component.path("conditional").hasNonNull("hide")) {
        into.add(component);
      }
      collectConditional(component.path("components"), into);
    }
  }

  /**
   * Every field a Java class reads exists in its form, with a type that submits what the Java
   * expects; a choice offers nothing the Java rejects. The declarations are the
   * {@code static final FormFields} constants beside the code that reads each form.
   */
  @TestFactory
  Stream<DynamicNode> everyFormFieldJavaReads() {
    List<Declaration> declarations = DeclaredFormFields.all();
    if (declarations.isEmpty()) {
      return Stream.of(dynamicTest("declarations found", () -> fail("No FormFields declarations found under"
          + " org.socialcare.supervision; the scan is broken")));
    }
    return declarations.stream().map(declaration -> {
      FormFields declared = declaration.fields();
      Form form = forms.get(declared.formId());
      String name = declaration.where() + " (" + declared.formId() + ")";
      if (form == null) {
        return dynamicTest(name, () -> fail(declaration.where() + " reads form '" + declared.formId() + "', but no"
            + " file in forms/ has that id. Restore the form's id (Modeler: General > ID), or ask a developer to"
            + " change the Java"));
      }
      return dynamicContainer(name, declared.fields().stream().map(expected -> dynamicTest(expected.key(),
          () -> assertNoProblems(fieldProblems(declaration, form, expected)))));
    });
  }

  private static List<String> fieldProblems(Declaration declaration, Form form, FormFields.Field expected) {
    List<String> problems = new ArrayList<>();
    String reader = "Java (" + declaration.where() + ")";
    FormField field = form.field(expected.key()).orElse(null);
    if (field == null) {
      problems.add(form.file() + ": has no field with key '" + expected.key() + "', which " + reader + " reads as "
          + expected.type() + ". Give the field that key again (Modeler: select the field, General > Key), or ask a"
          + " developer to change the Java first");
      return problems;
    }
    String where = form.file() + ", " + field.describe();
    if (!expected.type().components().contains(field.type())) {
      problems.add(where + ": " + reader + " reads it as " + expected.type() + ", which a " + field.type()
          + " does not submit - use a " + String.join(" or ", expected.type().components()) + " field");
    }
    if (expected.type() == FormFields.Type.DATE && field.type().equals("datetime")
        && !"date".equals(field.json().path("subtype").asText())) {
      problems.add(where + ": " + reader + " reads a date - set the field's subtype to 'Date' (not date and time)");
    }
    if (expected.type() == FormFields.Type.CHOICE) {
      Set<String> unknown = new LinkedHashSet<>(field.values());
      unknown.removeAll(expected.choices());
      if (!unknown.isEmpty()) {
        problems.add(where + ": offers " + unknown + ", which " + reader + " does not accept (it knows "
            + expected.choices() + "). Change the option's value back, or ask a developer to add it");
      }
    }
    return problems;
  }

  // ---------------------------------------------------------------------------------------------

  private static DynamicTest check(String name, Consumer<List<String>> checks) {
    return dynamicTest(name, () -> {
      List<String> problems = new ArrayList<>();
      checks.accept(problems);
      assertNoProblems(problems);
    });
  }

  private static void assertNoProblems(List<String> problems) {
    if (!problems.isEmpty()) {
      fail(String.join("\n", problems));
    }
  }

  private static void fail(String message) {
    throw new AssertionError(message);
  }

  private static void deploys(Path file) {
    deploy(List.of(file), file + " does not deploy");
  }

  private static void deploy(List<Path> files, String failure) {
    RepositoryService repository = StandaloneEngine.get().getRepositoryService();
    DeploymentBuilder builder = repository.createDeployment().name("model-check");
    try {
      for (Path file : files) {
        try (InputStream in = Files.newInputStream(file)) {
          builder.addInputStream(file.toString().replace(File.separatorChar, '/'), in);
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    DeploymentWithDefinitions deployment;
    try {
      deployment = builder.deployWithResult();
    } catch (RuntimeException e) {
      throw new AssertionError(failure + ": " + rootMessage(e) + ". Open it in Camunda Modeler: the problems panel"
          + " and the element named here show what to fix", e);
    }
    repository.deleteDeployment(deployment.getId(), true);
  }

  private static Document readXml(Path file) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(file.toFile());
      markIds(document.getDocumentElement());
      return document;
    } catch (Exception e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /** Lets {@link Document#getElementById} find BPMN elements, whose ids no schema declares here. */
  private static void markIds(Element element) {
    if (element.hasAttribute("id") && BPMN_NS.equals(element.getNamespaceURI())) {
      element.setIdAttribute("id", true);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element nested) {
        markIds(nested);
      }
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /** "supervisee-signs-contract" -> "SuperviseeSignsContract". */
  private static String pascalCase(String fileKey) {
    StringBuilder name = new StringBuilder();
    for (String part : fileKey.split("[-_ ]+")) {
      if (!part.isEmpty()) {
        name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return name.toString();
  }
}
