package org.socialcare.supervision.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * What a form submitted through the engine REST API may set: the fields of that form, each a value
 * of the type it is sent as. Tasklist sends nothing else, but anyone with a login can post to the
 * REST API, and the engine stores whatever variables come - the very variables that say who is
 * assigned the next task ({@code supervisorId}), who started a process ({@code requesterId}) or
 * which record a task is about. So, before Camunda handles a task completion or a start form:
 * <ul>
 *   <li>a variable that is not a field of the form is refused, 400 naming it;</li>
 *   <li>a read-only field is dropped: it is shown, not taken back;</li>
 *   <li>a value that is not what it is sent as ({@code {"value": "ninety", "type": "Integer"}}, Json
 *   that is not JSON) is refused, 400 naming the field - Camunda's own answer names only the value.</li>
 * </ul>
 * The answer is the one every rejected submission gets ({@link SubmissionRejectedMapper}). A request
 * for a task or process the user may not see is left to Camunda, which answers it as it always does.
 */
class SubmittedVariables implements ContainerRequestFilter {

  /** Completing a task or starting a process with variables: {@code task/{id}/submit-form} and the like. */
  private static final Pattern TASK = Pattern.compile("(?:engine/[^/]+/)?task/([^/]+)/(?:submit-form|complete|resolve)");
  private static final Pattern START = Pattern.compile(
      "(?:engine/[^/]+/)?process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:submit-form|start)");

  /** The fields of each form by process definition (and task), read once: deployed forms do not change. */
  private static final Map<String, Map<String, FormField>> FORMS = new ConcurrentHashMap<>();

  @Context
  private Providers providers;

  /** A field of a form: its key and whether the user can change it. */
  private record FormField(String key, boolean readOnly) {
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!HttpMethod.POST.equals(request.getMethod()) || !request.hasEntity()) {
      return;
    }
    String path = request.getUriInfo().getPath();
    Matcher task = TASK.matcher(path);
    Matcher start = START.matcher(path);
    if (!task.matches() && !start.matches()) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    ObjectMapper json = objectMapper();
    JsonNode submission;
    try {
      submission = json.readTree(body);
    } catch (JsonProcessingException notJson) {
      return; // Camunda answers a body that is not JSON itself
    }
    if (!(submission instanceof ObjectNode object) || !(object.get("variables") instanceof ObjectNode variables)) {
      return;
    }
    ProcessEngine engine = EngineUtil.lookupProcessEngine(null);
    Optional<Map<String, FormField>> fields = task.matches() ? taskForm(engine, task.group(1))
        : startForm(engine, start.group(1), start.group(2));
    FieldErrors errors = new FieldErrors();
    List<String> shownOnly = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      FormField field = fields.map(form -> form.get(variable.getKey())).orElse(null);
      if (fields.isPresent() && field == null) {
        errors.reject(variable.getKey(), "'" + variable.getKey() + "' is not a field of this form");
      } else if (field != null && field.readOnly()) {
        shownOnly.add(variable.getKey());
      } else {
        String problem = typeProblem(json, engine, variable.getValue());
        if (problem != null) {
          errors.reject(variable.getKey(), problem);
        }
      }
    }
    if (!errors.isEmpty()) {
      SubmissionRejectedMapper.rejection(new SubmissionRejectedException(errors)).ifPresent(request::abortWith);
    } else if (!shownOnly.isEmpty()) {
      variables.remove(shownOnly);
      request.setEntityStream(new ByteArrayInputStream(json.writeValueAsBytes(object)));
    }
  }

  /**
   * The fields of a task's form; empty when it has none, or the user may not see the task, or it is
   * gone (completed meanwhile: Camunda then answers, and the engine's form lookup would fail with a
   * NullPointerException on a missing task).
   */
  private static Optional<Map<String, FormField>> taskForm(ProcessEngine engine, String taskId) {
    try {
      Task task = engine.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task == null) {
        return Optional.empty();
      }
      return Optional.of(cached(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
          () -> engine.getFormService().getDeployedTaskForm(taskId)));
    } catch (ProcessEngineException | IOException noFormOrNotAllowed) {
      return Optional.empty();
    }
  }

  private static Optional<Map<String, FormField>> startForm(ProcessEngine engine, String key, String id) {
    try {
      String definitionId = id;
      if (key != null) {
        ProcessDefinition latest = engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key)
            .latestVersion().list().stream().findFirst().orElse(null);
        if (latest == null) {
          return Optional.empty();
        }
        definitionId = latest.getId();
      }
      String startFormOf = definitionId;
      return Optional.of(cached(definitionId, () -> engine.getFormService().getDeployedStartForm(startFormOf)));
    } catch (ProcessEngineException | IOException noFormOrNotAllowed) {
      return Optional.empty();
    }
  }

  /** A deployed process definition never changes, so neither do its forms: each is read once. */
  private static Map<String, FormField> cached(String key, Supplier<InputStream> deployed) throws IOException {
    Map<String, FormField> fields = FORMS.get(key);
    if (fields == null) {
      try (InputStream form = deployed.get()) {
        fields = fieldsOf(form);
      }
      FORMS.put(key, fields);
    }
    return fields;
  }

  /** The keys a Camunda Form submits: each input's key, each dynamic list's or keyed group's path. */
  private static Map<String, FormField> fieldsOf(InputStream form) throws IOException {
    Map<String, FormField> fields = new HashMap<>();
    collect(new ObjectMapper().readTree(form).path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, Map<String, FormField> into) {
    for (JsonNode component : components) {
      boolean readOnly = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
      String path = component.path("path").asText("");
      if (!path.isEmpty()) {
        String top = path.split("\\.")[0];
        into.put(top, new FormField(top, readOnly));
      } else if (component.has("components")) {
        collect(component.path("components"), into);
      } else if (component.hasNonNull("key")) {
        String key = component.path("key").asText();
        into.put(key, new FormField(key, readOnly));
      }
    }
  }

  /** Why the value cannot be what it is sent as; null when it can. */
  private static String typeProblem(ObjectMapper json, ProcessEngine engine, JsonNode variable) {
    try {
      VariableValueDto value = json.treeToValue(variable, VariableValueDto.class);
      value.toTypedValue(engine, json);
      if ("json".equalsIgnoreCase(value.getType()) && value.getValue() instanceof String text) {
        json.readTree(text);
      }
      return null;
    } catch (JsonProcessingException e) {
      return "The value is not valid JSON";
    } catch (RestException | IllegalArgumentException e) {
      JsonNode type = variable.path("type");
      return "The value " + abbreviate(variable.path("value").toString()) + " is not "
          + (type.isTextual() ? "a value of type " + type.asText() : "a value the form can take");
    }
  }

  private ObjectMapper objectMapper() {
    ContextResolver<ObjectMapper> resolver = providers == null ? null
        : providers.getContextResolver(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE);
    ObjectMapper mapper = resolver == null ? null : resolver.getContext(ObjectMapper.class);
    return mapper != null ? mapper : new ObjectMapper();
  }

  private static String abbreviate(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "...";
  }
}
