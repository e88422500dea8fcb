package org.socialcare.supervision.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A task completed through the engine REST API that was dealt with meanwhile (see
 * {@link TaskConflicts}) gets 409 Conflict with the words the user needs, not a wrapped 500.
 * Consulted by the mappers {@link RestConfiguration} registers, before a rejected submission: a
 * submission whose task was dealt with meanwhile is answered as that, whatever else it broke.
 */
final class TaskConflictMapper {

  private TaskConflictMapper() {
  }

  static Optional<Response> conflict(Throwable exception) {
    return TaskConflictException.in(exception).map(conflict -> {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("type", "TaskConflict");
      body.put("message", conflict.getMessage());
      return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    });
  }
}
