package org.socialcare.supervision.journeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.socialcare.supervision.PackagedApplication;

/**
 * What every journey runs in: the packaged application, started once for all journeys of the
 * test run (in {@code target/journeys/application/}, a fresh demo organisation, its log beside its
 * database) and stopped when the run ends; and a fresh {@link Browser} per journey, closed after
 * it. A journey that fails leaves a screenshot and the page source under
 * {@code target/journeys/failures/}.
 */
public class Journeys implements BeforeAllCallback, ParameterResolver, BeforeTestExecutionCallback,
    AfterTestExecutionCallback {

  private static final Namespace NAMESPACE = Namespace.create(Journeys.class);

  /** The application starts before the first journey class, so a journey's time is its own. */
  @Override
  public void beforeAll(ExtensionContext context) {
    application(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == Browser.class || type == PackagedApplication.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    PackagedApplication application = application(context);
    if (parameter.getParameter().getType() == PackagedApplication.class) {
      return application;
    }
    return context.getStore(NAMESPACE).getOrComputeIfAbsent(Browser.class, key -> {
      try {
        return new OpenBrowser(new Browser(application.baseUrl()));
      } catch (IOException e) {
        throw new IllegalStateException("Could not start Chromium", e);
      }
    }, OpenBrowser.class).browser();
  }

  @Override
  public void beforeTestExecution(ExtensionContext context) {
    context.getStore(NAMESPACE).put("started", System.nanoTime());
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    long started = context.getStore(NAMESPACE).get("started", Long.class);
    System.out.printf("Journey %s took %.1f s%n", context.getDisplayName(), (System.nanoTime() - started) / 1e9);
    OpenBrowser open = context.getStore(NAMESPACE).get(Browser.class, OpenBrowser.class);
    if (open != null && context.getExecutionException().isPresent()) {
      open.browser().captureFailure(context.getRequiredTestClass().getSimpleName() + "."
          + context.getRequiredTestMethod().getName());
    }
  }

  private static PackagedApplication application(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(RunningApplication.class, key -> RunningApplication.start(), RunningApplication.class)
        .orFail();
  }

  /** Closed by JUnit when the method's store is: after the journey and its callbacks. */
  private record OpenBrowser(Browser browser) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      browser.close();
    }
  }

  /** Closed by JUnit when the root store is: after the last test class of the run. */
  private record RunningApplication(PackagedApplication application, Exception failure)
      implements ExtensionContext.Store.CloseableResource {

    /**
     * Started once, with a fresh database; failure captures of an earlier run are cleared. A start
     * that failed is remembered, so the other journeys fail at once.
     */
    static RunningApplication start() {
      Path directory = Browser.OUTPUT.resolve("application").toAbsolutePath();
      PackagedApplication application = new PackagedApplication(directory);
      try {
        deleteRecursively(directory);
        deleteRecursively(Browser.OUTPUT.resolve("failures"));
        application.start();
        return new RunningApplication(application, null);
      } catch (Exception | AssertionError e) {
        return new RunningApplication(application, new IllegalStateException(
            "The packaged application did not start; see " + application.log(), e));
      }
    }

    PackagedApplication orFail() {
      if (failure != null) {
        throw new IllegalStateException(failure.getMessage(), failure.getCause());
      }
      return application;
    }

    @Override
    public void close() throws InterruptedException {
      application.stop();
    }

    private static void deleteRecursively(Path directory) throws IOException {
      if (Files.exists(directory)) {
        try (Stream<Path> files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
    }
  }
}
