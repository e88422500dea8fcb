package org.socialcare.supervision.common;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * A task completed through the engine REST API (Tasklist included) whose values break a rule gets
 * 400 with a message naming each field, not a wrapped 500. The engine wraps what task listeners
 * throw, and the REST resources wrap that again, so the cause chain is searched; what a service task
 * throws while a start form is submitted arrives unwrapped. A refusal some REST resources wrap as a
 * 500 (a decision table's XML, for one) is answered 403, as every other refusal is. Everything else
 * is answered as Camunda answers it. Registered ahead of Camunda's own mappers by priority.
 */
final class SubmissionRejectedMapper {

  private SubmissionRejectedMapper() {
  }

  static Optional<Response> rejection(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SubmissionRejectedException rejected) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "SubmissionRejected");
        body.put("message", rejected.getMessage());
        body.put("fieldErrors", rejected.fieldErrors());
        return Optional.of(Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
            .entity(body).build());
      }
    }
    return Optional.empty();
  }

  @Priority(1)
  static class ForRestException implements ExceptionMapper<RestException> {
    private final RestExceptionHandler camundaDefault = new RestExceptionHandler();
    private final ProcessEngineExceptionHandler refusal = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
      return TaskConflictMapper.conflict(exception).or(() -> rejection(exception))
          .or(() -> Optional.ofNullable(exception.getCause()).filter(AuthorizationException.class::isInstance)
              .map(cause -> refusal.toResponse((AuthorizationException) cause)))
          .orElseGet(() -> camundaDefault.toResponse(exception));
    }
  }

  @Priority(1)
  static class ForProcessEngineException implements ExceptionMapper<ProcessEngineException> {
    private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return TaskConflictMapper.conflict(exception).or(() -> rejection(exception))
          .orElseGet(() -> camundaDefault.toResponse(exception));
    }
  }

  /** A start form whose service task rejects it: delegates' exceptions reach the REST API unwrapped. */
  @Priority(1)
  static class ForSubmissionRejected implements ExceptionMapper<SubmissionRejectedException> {

    @Override
    public Response toResponse(SubmissionRejectedException exception) {
      return rejection(exception).orElseThrow();
    }
  }
}
