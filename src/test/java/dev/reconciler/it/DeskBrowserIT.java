package dev.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.launch.ReconcilerService;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editors' desk in a real browser (Debian's headless Chromium through its chromedriver) against
 * the real service: the seeds' incident in the list, its record, claims and charts, and the rule
 * behind a published value opened at its line. Screenshots go to {@code target/desk-screenshots}.
 *
 * <p>Without {@code /usr/bin/chromium} the test is skipped, unless {@code
 * RECONCILER_BROWSER_TESTS=required} (as {@code .ci/run} sets, after installing it) makes that a
 * failure.
 */
@ExtendWith(RunningService.class)
class DeskBrowserIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path SHOTS = Path.of("target", "desk-screenshots");

  private static ReconcilerService service;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start(ReconcilerService running) throws Exception {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "required".equals(System.getenv("RECONCILER_BROWSER_TESTS"))) {
      throw new IllegalStateException(
          "the browser tests are required but " + CHROMIUM + " or " + CHROMEDRIVER + " is missing");
    }
    Assumptions.assumeTrue(
        present,
        "no " + CHROMIUM + " and " + CHROMEDRIVER + ": apt-get install chromium chromium-driver");
    service = running;
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1000");
    ChromeDriverService driver =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(driver, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anEditorFollowsAPublishedValueFromTheListToItsRule() throws Exception {
    long incident = Seeds.incident(service);
    JsonPath doc =
        given()
            .baseUri(service.baseUri().toString())
            .get("/api/incidents/" + incident)
            .then()
            .extract()
            .jsonPath();
    String place = doc.getString("place");

    browser.get(service.baseUri().resolve("/").toString());
    WebElement list = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incidents")));
    assertThat(list.getText()).contains(place);
    screenshot("incidents");

    browser.findElement(By.cssSelector("a[href='#/incidents/" + incident + "']")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attributes")));
    Map<String, Map<String, Object>> attributes = doc.getMap("resolution.attributes");
    List<WebElement> rows = browser.findElements(By.cssSelector("#attributes .attribute-row"));
    assertThat(rows).hasSize(attributes.size()).hasSize(10);
    for (WebElement row : rows) {
      String name = row.getAttribute("data-attribute");
      String status = (String) attributes.get(name).get("status");
      assertThat(row.getText()).as(name).contains(status);
    }
    int claims =
        attributes.values().stream().mapToInt(a -> ((List<?>) a.get("claims")).size()).sum();
    assertThat(browser.findElements(By.cssSelector(".claim-row"))).hasSize(claims);

    // One chart per count with claims, one point per claim of that attribute.
    List<WebElement> charts = browser.findElements(By.cssSelector("canvas[data-drawn='true']"));
    assertThat(charts).isNotEmpty();
    for (WebElement canvas : charts) {
      String name = canvas.getAttribute("data-attribute");
      long drawn =
          (Long)
              ((JavascriptExecutor) browser)
                  .executeScript(
                      "const c = arguments[0]._chart;"
                          + " return c.getDatasetMeta(c.data.datasets.length - 1).data.length;",
                      canvas);
      assertThat(drawn).as(name).isEqualTo(((List<?>) attributes.get(name).get("claims")).size());
      assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
    }
    screenshot("incident");

    // The deciding rule of the first attribute opens at its line in the version that decided.
    WebElement firstRow = rows.get(0);
    String name = firstRow.getAttribute("data-attribute");
    String rule = (String) attributes.get(name).get("decidedBy");
    firstRow.findElement(By.cssSelector("a.rule-link")).click();
    WebElement hit =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#source .hit")));
    assertThat(hit.getText().strip()).startsWith("rule \"" + rule + "\"");
    assertThat(hit.getAttribute("id"))
        .isEqualTo("L" + doc.getInt("resolution.rules.'" + rule + "'.line"));
    screenshot("rule");
  }

  @Test
  void theAuditTrailShowsItsChainChecked() throws Exception {
    long incident = Seeds.incident(service);
    browser.get(service.baseUri().resolve("/#/incidents/" + incident + "/audit").toString());
    WebElement chain = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chain")));
    assertThat(chain.getText()).contains("intact");
    assertThat(browser.findElements(By.cssSelector("#audit tbody tr"))).isNotEmpty();
    screenshot("audit");
  }

  @Test
  void onlyASignedInEditorPreviewsACandidateAndSeesTheChangedAttribute() throws Exception {
    Seeds.incident(service);
    browser.get(service.baseUri().resolve("/#/rulesets").toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("versions")));
    // Signed out: no candidate to activate, and no rollback can be pressed.
    assertThat(browser.findElements(By.id("activate"))).isEmpty();
    browser
        .findElements(By.cssSelector("#versions button"))
        .forEach(b -> assertThat(b.isEnabled()).isFalse());

    WebElement form = browser.findElement(By.id("sign-in"));
    form.findElement(By.name("user")).sendKeys(RunningService.EDITOR);
    form.findElement(By.name("password")).sendKeys(RunningService.EDITOR_PASSWORD);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    WebElement candidate =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("candidate")));
    assertThat(browser.findElement(By.id("who")).getText()).contains(RunningService.EDITOR);

    // The README's example: officials ranked as low as social media.
    String ranks = Files.readString(Path.of("rules", "data", "ranks.csv"));
    assertThat(ranks).contains("official,*,4");
    WebElement text = candidate.findElement(By.name("text"));
    ((JavascriptExecutor) browser)
        .executeScript(
            "arguments[0].value = arguments[1];",
            text,
            ranks.replace("official,*,4", "official,*,1"));
    browser.findElement(By.id("dry-run")).click();
    WebElement changes =
        new WebDriverWait(browser, Duration.ofMinutes(3))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("dry-run-changes")));
    assertThat(changes.findElements(By.cssSelector(".change-row")))
        .anySatisfy(row -> assertThat(row.getText()).contains("attackers_killed"));
    screenshot("dry-run");
  }

  private static void screenshot(String name) throws Exception {
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
