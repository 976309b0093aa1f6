package dev.reconciler.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.reconciler.claim.Attribute;
import dev.reconciler.launch.ReconcilerService;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.File;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
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
    // In the schema's order (the gold's), whatever order the stored document's keys come in.
    assertThat(rows.stream().map(r -> r.getAttribute("data-attribute")).toList())
        .isEqualTo(Arrays.stream(Attribute.values()).map(Attribute::key).toList());
    for (WebElement row : rows) {
      String name = row.getAttribute("data-attribute");
      String status = (String) attributes.get(name).get("status");
      assertThat(row.getText()).as(name).contains(status);
      Object best = attributes.get(name).get("best");
      if (best instanceof Boolean yes) {
        // A yes/no attribute reads as one, never "true".
        assertThat(cell(row, "Best")).as(name).isEqualTo(yes ? "yes" : "no");
      }
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
  void theScenarioBehindADecidingRuleIsOneClickAway() throws Exception {
    long incident = Seeds.incident(service);
    JsonPath doc = api().get("/api/incidents/" + incident).then().extract().jsonPath();
    String hash = doc.getString("resolution.ruleset.hash");
    JsonPath coverage =
        api().get("/api/rulesets/" + hash + "/coverage").then().extract().jsonPath();

    WebElement row = openRecord(incident, "attackers_killed");
    String rule = doc.getString("resolution.attributes.attackers_killed.decidedBy");
    WebElement link = row.findElement(By.cssSelector("a.scenario-link"));
    link.click();
    WebElement hit =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#source .hit")));
    // The page opened a scenario the service says fired the rule, at the line it gives.
    String opened = URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
    List<Map<String, Object>> covering = coverage.getList("rules.'" + rule + "'.scenarios");
    Map<String, Object> shown =
        covering.stream()
            .filter(c -> opened.contains("/files/" + c.get("file") + "?line=" + c.get("line")))
            .findFirst()
            .orElseThrow(() -> new AssertionError(opened + " is none of " + covering));
    assertThat(hit.getAttribute("id")).isEqualTo("L" + shown.get("line"));
    String text = Files.readString(Path.of("rules").resolve((String) shown.get("file")));
    assertThat(hit.getText().strip())
        .isEqualTo(text.split("\n", -1)[(Integer) shown.get("line") - 1].strip());
    screenshot("scenario");
  }

  @Test
  void theAuditEventThatLastSetAPublishedValueIsOneClickAway() throws Exception {
    long incident = Seeds.incident(service);
    WebElement row = openRecord(incident, "victims_killed");
    row.findElement(By.cssSelector("a.audit-link")).click();
    WebElement event = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("event")));

    // The last attribute_changed event of that attribute in the trail the API serves.
    List<Map<String, Object>> events =
        api()
            .get("/api/incidents/" + incident + "/audit")
            .then()
            .extract()
            .jsonPath()
            .getList("events");
    Map<String, Object> last = null;
    for (Map<String, Object> e : events) {
      Object detail = e.get("detail");
      if ("attribute_changed".equals(e.get("kind"))
          && detail instanceof Map<?, ?> d
          && "victims_killed".equals(d.get("attribute"))) {
        last = e;
      }
    }
    assertThat(last).isNotNull();
    assertThat(event.getAttribute("data-event")).isEqualTo(String.valueOf(last.get("id")));
    assertThat(event.getAttribute("data-kind")).isEqualTo("attribute_changed");
    assertThat(browser.findElement(By.id("event-json")).getText()).contains("\"victims_killed\"");
    assertThat(browser.findElement(By.id("event-" + last.get("id"))).getAttribute("class"))
        .contains("hit");
    screenshot("audit-event");
  }

  @Test
  void aDisputedAttributeShowsBothSides() throws Exception {
    // An incident of its own, made disputed as a client would: a report, then two officials of
    // equal rank, after the operation, in undated reports, who disagree on the number injured
    // (EDITORIAL-POLICY 8; rules/tests/dispute-two-officials.yaml is the same case).
    Response report =
        api()
            .contentType("application/json")
            .body(
                "{\"text\": \"Mombasa: A bomb went off near the ferry terminal in Mombasa on"
                    + " Monday morning, witnesses said.\", \"publishedAt\": \"2024-06-10\"}")
            .post("/api/reports");
    assertThat(report.statusCode()).as(report.asString()).isIn(200, 201);
    long incident = ((Number) report.path("incident.id")).longValue();
    api()
        .contentType("application/json")
        .body(
            "{\"claims\": ["
                + "{\"id\": \"desk-commander\", \"report\": \"desk-it-a\", \"attribute\":"
                + " \"injured\", \"value\": 12, \"speaker\": \"County police commander\","
                + " \"role\": \"official\", \"phase\": \"concluded\"},"
                + "{\"id\": \"desk-minister\", \"report\": \"desk-it-b\", \"attribute\":"
                + " \"injured\", \"value\": 15, \"speaker\": \"Health minister\","
                + " \"role\": \"official\", \"phase\": \"concluded\"}]}")
        .post("/api/incidents/" + incident + "/claims")
        .then()
        .statusCode(200);
    JsonPath doc = api().get("/api/incidents/" + incident).then().extract().jsonPath();
    assertThat(doc.getString("resolution.attributes.injured.status")).isEqualTo("disputed");

    browser.get(service.baseUri().resolve("/#/incidents/" + incident).toString());
    WebElement dispute =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#disputes .dispute[data-attribute='injured']")));
    List<WebElement> sides = dispute.findElements(By.cssSelector(".dispute-side"));
    assertThat(sides.stream().map(e -> e.getAttribute("data-value")).toList())
        .containsExactlyInAnyOrder("12", "15");
    assertThat(dispute.getText()).contains("County police commander", "Health minister");
    assertThat(
            browser
                .findElement(By.cssSelector(".attribute-row[data-attribute='injured']"))
                .getText())
        .contains("disputed");
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView()", dispute);
    screenshot("disputed");
  }

  @Test
  void theKeyboardReachesAnIncidentAndEnterOpensIt() throws Exception {
    long incident = Seeds.incident(service);
    browser.get(service.baseUri().resolve("/#/incidents").toString());
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("incidents")));
    String target = "#/incidents/" + incident;
    boolean reached = false;
    for (int i = 0; i < 60 && !reached; i++) {
      new Actions(browser).sendKeys(Keys.TAB).perform();
      Object focused =
          ((JavascriptExecutor) browser)
              .executeScript("return document.activeElement.getAttribute('href')");
      reached = target.equals(focused);
    }
    assertThat(reached).as("tabbing reaches the link to incident " + incident).isTrue();
    new Actions(browser).sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attributes")));
    assertThat(browser.getCurrentUrl()).endsWith(target);
  }

  @Test
  void everyControlHasALabel() throws Exception {
    long incident = Seeds.incident(service);
    for (String view :
        List.of(
            "#/incidents",
            "#/incidents/" + incident,
            "#/incidents/" + incident + "/history",
            "#/rulesets")) {
      browser.get(service.baseUri().resolve("/" + view).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h2")));
      assertThat(unlabelledControls()).as(view).isEmpty();
    }
    signIn();
    assertThat(unlabelledControls()).as("the candidate form").isEmpty();
  }

  @Test
  void onAPhoneTheRecordStacksAndNothingScrollsSideways() throws Exception {
    long incident = Seeds.incident(service);
    // A phone's viewport, 390 CSS pixels wide (the window itself may not get that narrow).
    ChromeDriver chrome = (ChromeDriver) browser;
    chrome.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 1800, "deviceScaleFactor", 1, "mobile", true));
    try {
      browser.get(service.baseUri().resolve("/#/incidents/" + incident).toString());
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attributes")));
      JavascriptExecutor js = (JavascriptExecutor) browser;
      assertThat((Long) js.executeScript("return window.innerWidth")).isLessThanOrEqualTo(390L);
      assertThat((Long) js.executeScript("return document.documentElement.scrollWidth"))
          .as(
              "elements past the right edge: %s",
              js.executeScript(
                  "return [...document.querySelectorAll('body *')]"
                      + ".filter(e => e.getBoundingClientRect().right > window.innerWidth"
                      + " && !e.closest('.table-wrap'))"
                      + ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' '"
                      + " + Math.round(e.getBoundingClientRect().right))"))
          .isLessThanOrEqualTo((Long) js.executeScript("return window.innerWidth"));
      // Each attribute is a card: its cells one under the other, each with its column's name.
      WebElement row = browser.findElement(By.cssSelector(".attribute-row"));
      assertThat(row.findElement(By.cssSelector("td")).getCssValue("display")).isEqualTo("block");
      assertThat(
              (String)
                  js.executeScript(
                      "return getComputedStyle(arguments[0].querySelector('td'), '::before')"
                          + ".content",
                      row))
          .contains("Status");
      screenshot("incident-phone");
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
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
    // Nor does the page's own origin get past the API without an editor's credentials.
    String activeBefore = api().get("/api/rulesets/active").path("hash");
    Object status =
        ((JavascriptExecutor) browser)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch('api/rulesets/activate',"
                    + " {method: 'POST', credentials: 'omit'}).then(r => done(r.status), e =>"
                    + " done(String(e)));");
    assertThat(status).isEqualTo(401L);
    assertThat((String) api().get("/api/rulesets/active").path("hash")).isEqualTo(activeBefore);

    WebElement candidate = signIn();

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

  private static RequestSpecification api() {
    return given().baseUri(service.baseUri().toString());
  }

  /** The incident's record opened in the page, and the row of {@code attribute}. */
  private static WebElement openRecord(long incident, String attribute) {
    browser.get(service.baseUri().resolve("/#/incidents/" + incident).toString());
    return wait.until(
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector(".attribute-row[data-attribute='" + attribute + "']")));
  }

  private static String cell(WebElement row, String column) {
    return row.findElement(By.cssSelector("td[data-label='" + column + "']")).getText().strip();
  }

  /** Signs in on the rule-set view with the test editor's account; the candidate form. */
  private static WebElement signIn() {
    if (browser.findElements(By.id("sign-in")).isEmpty()) {
      // a fresh page: a hash change keeps the page, an earlier view's answers still arriving
      // and an earlier test's sign-in with it
      browser.get(service.baseUri().resolve("/#/rulesets").toString());
      browser.navigate().refresh();
    }
    wait.until(
        ExpectedConditions.or(
            ExpectedConditions.presenceOfElementLocated(By.id("sign-in")),
            ExpectedConditions.presenceOfElementLocated(By.id("candidate"))));
    if (browser.findElements(By.id("sign-in")).isEmpty()) {
      assertThat(browser.findElement(By.id("who")).getText()).contains(RunningService.EDITOR);
      return browser.findElement(By.id("candidate"));
    }
    WebElement form = browser.findElement(By.id("sign-in"));
    form.findElement(By.name("user")).sendKeys(RunningService.EDITOR);
    form.findElement(By.name("password")).sendKeys(RunningService.EDITOR_PASSWORD);
    form.findElement(By.cssSelector("button[type='submit']")).click();
    WebElement candidate =
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("candidate")));
    assertThat(browser.findElement(By.id("who")).getText()).contains(RunningService.EDITOR);
    return candidate;
  }

  /**
   * Inputs, selects, text areas and buttons of the view without an accessible name: no label, no
   * aria-label, no text.
   */
  @SuppressWarnings("unchecked")
  private static List<String> unlabelledControls() {
    return (List<String>)
        ((JavascriptExecutor) browser)
            .executeScript(
                "return [...document.querySelectorAll('input, select, textarea, button')]"
                    + ".filter(e => e.type !== 'hidden')"
                    + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                    + " && !(e.tagName === 'BUTTON' && e.textContent.trim()))"
                    + ".map(e => e.outerHTML);");
  }

  private static void screenshot(String name) throws Exception {
    File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
    Files.copy(shot.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
