package org.socialcare.supervision.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The analysts' files as the model checks see them: every {@code .bpmn} and {@code .dmn} in
 * {@code bpmn/} and every {@code .form} in {@code forms/}, read from the working tree (tests run
 * in the repository's top folder).
 */
public final class ModelFiles {

  public static final Path BPMN = Path.of("bpmn");
  public static final Path FORMS = Path.of("forms");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelFiles() {
  }

  public static List<Path> diagrams() {
    return files(BPMN, ".bpmn");
  }

  public static List<Path> decisionTables() {
    return files(BPMN, ".dmn");
  }

  public static List<Path> forms() {
    return files(FORMS, ".form");
  }

  /** The key a file's process or decision must have: its name without the extension. */
  public static String keyOf(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  /** Every form that parses, by its id. */
  public static Map<String, Form> formsById() {
    Map<String, Form> byId = new LinkedHashMap<>();
    for (Path file : forms()) {
      try {
        Form form = Form.read(file);
        byId.putIfAbsent(form.id(), form);
      } catch (UncheckedIOException notJson) {
        // Reported by the form checks; a diagram referring to it is told the form does not exist.
      }
    }
    return byId;
  }

  /**
   * A user task or process start event that shows a form.
   *
   * @param key "process-key/ElementId", as {@link FormScenarios} name it
   * @param where the diagram and element, for messages
   * @param initiator the variable a start event names its starter in (camunda:initiator), else null
   */
  public record FormElement(String key, String where, String formRef, String initiator) {
  }

  /** Every user task and process start event in bpmn/ with a form reference, in file order. */
  public static List<FormElement> formElements() {
    List<FormElement> elements = new ArrayList<>();
    for (Path file : diagrams()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
        String formRef = element instanceof UserTask task ? task.getCamundaFormRef()
            : element instanceof StartEvent start && start.getParentElement() instanceof Process
                ? start.getCamundaFormRef() : null;
        if (formRef != null) {
          elements.add(new FormElement(processOf(element).getId() + "/" + element.getId(), file + ", " + element.getId(),
              formRef, element instanceof StartEvent start ? start.getCamundaInitiator() : null));
        }
      }
    }
    return elements;
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    return parent instanceof Process process ? process : processOf(parent);
  }

  private static List<Path> files(Path folder, String suffix) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
  }

  /** A Camunda Form: its JSON and the fields a user fills in. */
  public record Form(Path file, JsonNode json) {

    public static Form read(Path file) {
      try {
        return new Form(file, JSON.readTree(file.toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(file + " is not valid JSON: " + e.getMessage(), e);
      }
    }

    public String id() {
      return json.path("id").asText();
    }

    /** Every field that submits a value, nested groups included (a dynamic list counts as one field). */
    public List<FormField> fields() {
      List<FormField> fields = new ArrayList<>();
      collect(json.path("components"), "", fields);
      return fields;
    }

    public Optional<FormField> field(String key) {
      return fields().stream().filter(f -> f.key().equals(key)).findFirst();
    }

    private static void collect(JsonNode components, String prefix, List<FormField> into) {
      for (JsonNode component : components) {
        String type = component.path("type").asText();
        String path = component.path("path").asText("");
        if (type.equals("dynamiclist")) {
          into.add(new FormField(prefix + path, component));
        } else if (component.has("components")) {
          collect(component.path("components"), path.isEmpty() ? prefix : prefix + path + ".", into);
        } else if (component.hasNonNull("key") && !type.equals("button")) {
          into.add(new FormField(prefix + component.path("key").asText(), component));
        }
      }
    }
  }

  /** One field of a form, by the key it submits (the process variable). */
  public record FormField(String key, JsonNode json) {

    public String id() {
      return json.path("id").asText();
    }

    public String type() {
      return json.path("type").asText();
    }

    public String label() {
      return json.path("label").asText(json.path("dateLabel").asText(key));
    }

    public boolean required() {
      return json.path("validate").path("required").asBoolean(false);
    }

    /** Shown but not editable: the user cannot change what it submits. */
    public boolean readOnly() {
      return json.path("disabled").asBoolean(false) || json.path("readonly").asBoolean(false);
    }

    /** The fixed values of a select or radio; empty when its options come from a variable. */
    public List<String> values() {
      List<String> values = new ArrayList<>();
      json.path("values").forEach(v -> values.add(v.path("value").asText()));
      return values;
    }

    public String describe() {
      return type() + " '" + key + "' (" + id() + ")";
    }
  }
}
