package org.socialcare.supervision.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a task query sent as JSON (engine REST or the webapps' own API) that carries an
 * expression anywhere, in particular inside {@code orQueries}: the engine refuses expressions in
 * an ad-hoc query's top level only, and would evaluate a nested one - with the application's beans
 * in reach. The same for the query a saved filter's list is extended with. Stored filters keep their
 * expressions ({@code ${currentUser()}}); only administrators create filters.
 */
class AdhocQueryExpressionFilter extends OncePerRequestFilter {

  static final String MESSAGE = "Expressions are forbidden in adhoc queries, nested or not.";

  private static final Pattern TASK_QUERY = Pattern.compile(".*/(task(/count)?|filter/[^/]+/(list|count))/?");

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equalsIgnoreCase(request.getMethod()) || !TASK_QUERY.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    if (containsExpression(body)) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message", MESSAGE));
      return;
    }
    chain.doFilter(new ReadAgain(request, body), response);
  }

  private boolean containsExpression(byte[] body) {
    try {
      return body.length > 0 && hasExpression(json.readTree(body));
    } catch (IOException notJson) {
      return false; // the engine answers malformed JSON itself
    }
  }

  /** Any field named "...Expression" with a value, at any depth. */
  private static boolean hasExpression(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (hasExpression(element)) {
          return true;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getKey().endsWith("Expression") && !field.getValue().isNull() || hasExpression(field.getValue())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The request with its body, already read here, to be read again by the REST resource. */
  private static final class ReadAgain extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadAgain(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream bytes = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public boolean isFinished() {
          return bytes.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }

        @Override
        public int read() {
          return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return bytes.read(buffer, offset, length);
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }
  }
}
