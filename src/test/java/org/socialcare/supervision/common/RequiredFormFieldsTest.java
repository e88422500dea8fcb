package org.socialcare.supervision.common;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.socialcare.supervision.ProcessTestCase;
import org.socialcare.supervision.common.ModelFiles.Form;
import org.socialcare.supervision.common.ModelFiles.FormField;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every field a form marks as required is also required by the server: for every user task and
 * start event in {@code bpmn/} whose form has required fields, the form is submitted through the
 * engine as Tasklist submits it, once per required field with that field cleared, and each time
 * the server must reject it naming that field and change nothing. The valid submission is then
 * accepted, so a server that rejects everything does not pass. A form's rule that only the browser
 * enforces would let the REST API store what the form forbids.
 */
class RequiredFormFieldsTest extends ProcessTestCase {

  @Autowired
  List<FormScenarios> features;

  /** A form with its required fields, where a diagram shows it. */
  private record FormUse(String key, String where, Form form, List<FormField> required) {
  }

  @TestFactory
  Stream<DynamicNode> everyRequiredFieldIsValidatedOnTheServer() {
    Map<String, Supplier<OpenForm>> scenarios = new LinkedHashMap<>();
    features.forEach(feature -> scenarios.putAll(feature.forms()));
    List<FormUse> uses = formUses();
    List<DynamicNode> tests = new ArrayList<>();
    for (FormUse use : uses) {
      Supplier<OpenForm> scenario = scenarios.get(use.key());
      String name = use.key() + " (" + use.form().id() + ")";
      if (scenario == null) {
        tests.add(dynamicTest(name, () -> fail(use.where() + ": its form " + use.form().id() + " requires "
            + use.required().stream().map(FormField::key).toList() + ", and nothing tells the build how to reach it."
            + " A developer adds \"" + use.key() + "\" to the feature's FormScenarios bean (see"
            + " contract.ContractFormScenarios), so the build can check the server rejects each missing field")));
      } else {
        tests.add(dynamicContainer(name, checks(use, new Reopening(scenario))));
      }
    }
    List<String> known = ModelFiles.formElements().stream().map(ModelFiles.FormElement::key).toList();
    scenarios.keySet().stream().filter(key -> !known.contains(key)).forEach(stale -> tests.add(dynamicTest(stale,
        () -> fail("A FormScenarios bean reaches '" + stale + "', but no diagram in bpmn/ has that element with a"
            + " form. If the element was renamed in Modeler, rename the scenario too; if it was removed, remove"
            + " the scenario"))));
    return tests.stream();
  }

  private Stream<DynamicNode> checks(FormUse use, Reopening open) {
    List<DynamicNode> tests = new ArrayList<>();
    for (FormField field : use.required()) {
      tests.add(dynamicTest("without " + field.key(), () -> {
        for (Object cleared : clearedValues(field)) {
          OpenForm form = open.get();
          Map<String, Object> submission = new HashMap<>(form.validSubmission());
          submission.put(field.key(), cleared);
          SubmissionRejectedException rejection = acceptedOrRejection(() -> form.submit(submission));
          if (rejection == null) {
            open.consumed();
            fail(use.where() + ": the server accepted form " + use.form().id() + " with " + field.describe()
                + " left " + describe(cleared) + ", though the form marks it as required. Ask a developer to check it"
                + " in the service that handles this form (FieldErrors), or untick 'Required' if it is not");
          }
          if (!rejection.fieldErrors().containsKey(field.key())) {
            fail(use.where() + ": with " + field.describe() + " left " + describe(cleared) + " the server rejected form "
                + use.form().id() + " for other fields " + rejection.fieldErrors() + ", not for '" + field.key()
                + "'. Either the scenario's valid submission is wrong, or the server does not check '" + field.key() + "'");
          }
          if (!form.unchanged()) {
            open.consumed();
            fail(use.where() + ": the server rejected form " + use.form().id() + " without '" + field.key()
                + "' but stored part of it; a rejected submission must change nothing");
          }
        }
      }));
    }
    tests.add(dynamicTest("a complete submission is accepted", () -> {
      OpenForm form = open.get();
      open.consumed();
      SubmissionRejectedException rejection = acceptedOrRejection(() -> form.submit(form.validSubmission()));
      if (rejection != null) {
        fail(use.where() + ": the scenario's valid submission of " + use.form().id() + " was rejected: "
            + rejection.fieldErrors() + " - fix the scenario, so the checks above test one field at a time");
      }
      if (form.unchanged()) {
        fail(use.where() + ": submitting " + use.form().id() + " completed nothing");
      }
    }));
    return tests.stream();
  }

  /** Every user task and process start event in bpmn/ whose form has a field the user must fill in. */
  private static List<FormUse> formUses() {
    Map<String, Form> forms = ModelFiles.formsById();
    List<FormUse> uses = new ArrayList<>();
    for (ModelFiles.FormElement element : ModelFiles.formElements()) {
      Form form = forms.get(element.formRef());
      if (form == null) {
        continue; // one BpmnConventionsTest reports as missing
      }
      List<FormField> required = form.fields().stream().filter(f -> f.required() && !f.readOnly()).toList();
      if (!required.isEmpty()) {
        uses.add(new FormUse(element.key(), element.where(), form, required));
      }
    }
    return uses;
  }

  /** What a cleared field submits, by component: nothing at all, or an empty value Tasklist may send. */
  private static List<Object> clearedValues(FormField field) {
    return switch (field.type()) {
      case "textfield", "textarea" -> Arrays.asList(null, "", "   ");
      case "datetime", "select", "radio" -> Arrays.asList(null, "");
      case "checkbox" -> Arrays.asList(null, false);
      case "checklist", "taglist", "dynamiclist" -> Arrays.asList(null, List.of());
      default -> Arrays.asList((Object) null);
    };
  }

  private static String describe(Object cleared) {
    return cleared == null ? "empty (null)" : cleared instanceof String s ? "as \"" + s + "\"" : "as " + cleared;
  }

  /** The rejection a submission met, wherever the engine wrapped it; null when it was accepted. */
  private static SubmissionRejectedException acceptedOrRejection(Runnable submit) {
    try {
      submit.run();
      return null;
    } catch (RuntimeException thrown) {
      for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
        if (cause instanceof SubmissionRejectedException rejected) {
          return rejected;
        }
      }
      throw new AssertionError("The submission failed with " + thrown + " instead of being rejected field by field"
          + " (SubmissionRejectedException): Tasklist would show an error, not which field to fix", thrown);
    }
  }

  private static void fail(String message) {
    throw new AssertionError(message);
  }

  /** One open form, reused while rejected submissions leave it unchanged, and opened afresh once consumed. */
  private static final class Reopening {
    private final Supplier<OpenForm> scenario;
    private OpenForm open;

    Reopening(Supplier<OpenForm> scenario) {
      this.scenario = scenario;
    }

    OpenForm get() {
      if (open == null) {
        open = scenario.get();
      }
      return open;
    }

    void consumed() {
      open = null;
    }
  }
}
