package org.socialcare.supervision.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium, Debian's own, driven through the system chromedriver (never a driver or
 * browser fetched at run time: both paths are given, so Selenium Manager is not consulted). A fresh
 * profile per journey. Its actions wait for what Camunda's single-page webapps render late, and
 * retry what an Angular re-render makes stale; nothing here sleeps a fixed time.
 */
public final class Browser implements AutoCloseable {

  /** Where screenshots and failure captures go. */
  public static final Path OUTPUT = Path.of("target", "journeys");

  /**
   * Selenium warns at every start that it has no DevTools (CDP) binding for this Chromium; the
   * journeys use WebDriver only. Held here so the level set sticks.
   */
  private static final List<Logger> QUIET = Stream.of("org.openqa.selenium.devtools.CdpVersionFinder",
      "org.openqa.selenium.chromium.ChromiumDriver").map(Logger::getLogger).toList();

  static {
    QUIET.forEach(logger -> logger.setLevel(Level.SEVERE));
  }

  /** Chromium draws at most 16384 pixels high; a taller form is cut there. */
  private static final int MAX_SCREENSHOT_HEIGHT = 16000;

  static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("journeys.timeoutSeconds", 30));

  private final String baseUrl;
  private final Path profile;
  private final ChromeDriver driver;

  public Browser(String baseUrl) throws IOException {
    this.baseUrl = baseUrl;
    this.profile = Files.createTempDirectory("journey-chromium-");
    System.setProperty("SE_OFFLINE", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ChromiumAvailable.chromium().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(ChromiumAvailable.chromedriver().toFile())
        .usingAnyFreePort()
        .build();
    this.driver = new ChromeDriver(service, options);
  }

  public WebDriver driver() {
    return driver;
  }

  /** Opens a path of the application, e.g. {@code /app/tasklist/}. */
  public void open(String path) {
    driver.get(baseUrl + path);
  }

  public String currentUrl() {
    return driver.getCurrentUrl();
  }

  /**
   * Waits until the condition answers something other than null or false; tries again when an
   * element it used was replaced (stale), is not there yet, or was covered or not yet usable.
   */
  public <T> T until(String what, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100))
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .ignoring(ElementNotInteractableException.class)
        .withMessage(what)
        .until(condition);
  }

  /** The first displayed element, once there is one. */
  public WebElement visible(By by) {
    return visible(driver, by);
  }

  public WebElement visible(SearchContext within, By by) {
    return until("visible: " + by, d -> within.findElements(by).stream().filter(WebElement::isDisplayed)
        .findFirst().orElse(null));
  }

  public List<WebElement> displayed(SearchContext within, By by) {
    return within.findElements(by).stream().filter(WebElement::isDisplayed).toList();
  }

  /** Whether an element shows within that time; no failure if it does not. */
  public boolean within(Duration time, By by) {
    try {
      new WebDriverWait(driver, time, Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class)
          .until(d -> !displayed(d, by).isEmpty());
      return true;
    } catch (TimeoutException e) {
      return false;
    }
  }

  /** The text the elements show, for a diagnosis; empty when none shows. */
  public String textOf(By by) {
    try {
      return String.join(" | ", displayed(driver, by).stream().map(WebElement::getText).toList());
    } catch (StaleElementReferenceException e) {
      return "";
    }
  }

  public boolean isDisplayed(By by) {
    try {
      return !displayed(driver, by).isEmpty();
    } catch (StaleElementReferenceException e) {
      return false;
    }
  }

  /**
   * Clicks the element the locator finds once it is displayed, scrolled to the middle of the
   * window (Camunda's footer and notifications cover the bottom edge); finds it again if a
   * re-render replaced it or something still covered it.
   */
  public void click(By by) {
    click(driver, by);
  }

  public void click(SearchContext within, By by) {
    until("click " + by, d -> {
      WebElement element = within.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
      if (element == null) {
        return false;
      }
      scrollToMiddle(element);
      element.click();
      return true;
    });
  }

  public void scrollToMiddle(WebElement element) {
    script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
  }

  public Object script(String script, Object... arguments) {
    return ((JavascriptExecutor) driver).executeScript(script, arguments);
  }

  /** The text the page shows, as a user reads it (a JSON answer shows as its text). */
  public String pageText() {
    return visible(By.tagName("body")).getText();
  }

  /** What {@link #fetch} got: the status, the content type and the bytes. */
  public record Fetched(int status, String contentType, byte[] body) {
  }

  /**
   * Gets a path of the application from within the page, as a link the user follows would: with
   * the browser's session (its cookies), so as whoever is logged in. For what the browser would
   * download rather than show, a PDF say.
   */
  @SuppressWarnings("unchecked")
  public Fetched fetch(String path) {
    Map<String, Object> answer = (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
        const [path, done] = arguments;
        fetch(path, {credentials: 'same-origin'})
          .then(response => response.arrayBuffer().then(buffer => {
            const bytes = new Uint8Array(buffer);
            let binary = '';
            for (let i = 0; i < bytes.length; i += 8192) {
              binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));
            }
            done({status: response.status, type: response.headers.get('Content-Type') || '', body: btoa(binary)});
          }))
          .catch(error => done({status: -1, type: '', body: btoa(String(error))}));""", path);
    return new Fetched(((Number) answer.get("status")).intValue(), (String) answer.get("type"),
        Base64.getDecoder().decode((String) answer.get("body")));
  }

  /** Saves what the window shows as {@code target/journeys/<name>.png}. */
  public Path screenshot(String name) {
    Path file = OUTPUT.resolve(name + ".png");
    try {
      Files.createDirectories(file.getParent());
      Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.move(taken, file, StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Saves the whole of a long form, not just what the window shows: the window is made as tall as
   * the panes around the element scroll (Tasklist scrolls the task pane, not the page), then put
   * back.
   */
  public Path screenshotWhole(String name, WebElement inside) {
    Dimension window = driver.manage().window().getSize();
    long scrolled = ((Number) script("""
        let element = arguments[0], hidden = 0;
        for (; element; element = element.parentElement) {
          const overflow = getComputedStyle(element).overflowY;
          if ((overflow === 'auto' || overflow === 'scroll') && element.scrollHeight > element.clientHeight) {
            hidden += element.scrollHeight - element.clientHeight;
          }
        }
        return hidden;""", inside)).longValue();
    driver.manage().window().setSize(new Dimension(window.getWidth(), (int) Math.min(window.getHeight() + scrolled,
        MAX_SCREENSHOT_HEIGHT)));
    try {
      script("arguments[0].scrollIntoView({block: 'start'});", inside);
      return screenshot(name);
    } finally {
      driver.manage().window().setSize(window);
    }
  }

  /** A failed journey: screenshot, page source and address under {@code target/journeys/failures/}. */
  void captureFailure(String name) {
    try {
      Path screenshot = screenshot("failures/" + name);
      Files.writeString(OUTPUT.resolve("failures/" + name + ".html"),
          "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
      System.err.println("Journey failed at " + driver.getCurrentUrl() + "; see " + screenshot
          + " and the .html beside it. The page showed:\n" + abbreviated(textOf(By.tagName("body"))));
    } catch (RuntimeException | IOException e) {
      System.err.println("Could not capture the failed journey " + name + ": " + e);
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 3000 ? text : text.substring(0, 3000) + " ...";
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      } catch (IOException e) {
        // a left-over temporary profile is harmless
      }
    }
  }
}
