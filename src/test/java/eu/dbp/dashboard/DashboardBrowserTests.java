package eu.dbp.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dbp.IntegrationTest;
import eu.dbp.bench.DisassemblyRuns;
import eu.dbp.bench.RunView;
import eu.dbp.telemetry.SoxReading;
import eu.dbp.telemetry.TelemetryService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboard in a real headless Chromium against the running application: sign-in, intake, the
 * passport view with its SoH chart drawn from the telemetry series, the procedure with its lock-out
 * checklist, the public page for anonymous visitors, errors and the Dutch language.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTests {

    static final String LEAF = "DEMO-LEAF-24-0001";

    @LocalServerPort int port;

    @Autowired TelemetryService telemetry;

    @Autowired DisassemblyRuns runs;

    ChromeDriver browser;

    @BeforeAll
    void startBrowser() {
        ensureSoxHistory(LEAF);
        browser = Browser.start(1280, 900);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void operatorOpensScannedPackAndSeesSohChartDrawnWithData() {
        signIn("recycler");
        browser.findElement(By.id("code")).sendKeys("https://passport.example/p/" + LEAF);
        browser.findElement(By.id("open")).click();

        wait(20).until(ExpectedConditions.urlContains("/batteries/" + LEAF));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(LEAF);
        assertThat(sohPointsDrawn()).isGreaterThan(10);
        assertThat(browser.findElements(By.cssSelector("#pack-tree > li"))).isNotEmpty();
        assertThat(browser.findElement(By.id("joining-sequence")).getText()).isNotBlank();
        Browser.screenshot(browser, "passport");

        browser.findElement(By.cssSelector("button[data-range='30d']")).click();
        wait(20).until(
                        d ->
                                "true"
                                        .equals(
                                                d.findElement(
                                                                By.cssSelector(
                                                                        "button[data-range='30d']"))
                                                        .getAttribute("aria-pressed")));
        assertThat(sohPointsDrawn()).isGreaterThan(0);
    }

    @Test
    void procedureShowsHazardsAndKeepsDestructiveStepsLockedUntilLockout() {
        signIn("recycler");
        open("/batteries/" + LEAF + "/procedure");

        assertThat(browser.findElement(By.id("risk-level")).getText()).isNotBlank();
        assertThat(browser.findElements(By.cssSelector("#findings tbody tr"))).isNotEmpty();
        List<WebElement> items = browser.findElements(By.cssSelector(".lockout-item"));
        assertThat(items).isNotEmpty();
        assertThat(browser.findElement(By.id("confirm-lockout")).isEnabled()).isFalse();
        assertThat(browser.findElements(By.cssSelector("button.record")))
                .allMatch(button -> !button.isEnabled());
        Browser.screenshot(browser, "procedure");

        browser.findElement(By.id("start-run")).click();
        wait(20).until(d -> d.findElement(By.id("run-status")).getText().contains("Run started"));
        items.forEach(WebElement::click);
        browser.findElement(By.id("confirm-lockout")).click();
        wait(20).until(d -> !d.findElement(By.id("lockout-status")).getText().isBlank());
        WebElement first = browser.findElement(By.cssSelector("li.step"));
        first.findElement(By.cssSelector("input[name='durationMinutes']")).sendKeys("3.5");
        first.findElement(By.cssSelector("button.record")).click();
        wait(20).until(d -> "DONE".equals(first.getAttribute("data-state")));
        assertThat(browser.findElements(By.cssSelector("li.step.locked"))).isEmpty();
        Browser.screenshot(browser, "procedure-run");

        String runId = (String) browser.executeScript("return window.dbpRun.id;");
        RunView stored = runs.run(UUID.fromString(runId));
        assertThat(stored.battery()).isEqualTo(LEAF);
        assertThat(stored.lockout().confirmed()).isTrue();
        RunView.Attempt attempt = stored.steps().get(0).attempts().get(0);
        assertThat(attempt.result().name()).isEqualTo("DONE");
        assertThat(attempt.durationMinutes()).isEqualByComparingTo("3.5");
        assertThat(attempt.operator()).isEqualTo("recycler");
    }

    @Test
    void userWithoutInterestSeesPublicPartOnly() {
        signIn("oem2");
        open("/batteries/" + LEAF);

        assertThat(browser.getPageSource()).contains("public part of this passport only");
        assertThat(browser.findElements(By.id("telemetry"))).isEmpty();
        assertThat(browser.findElements(By.id("status-badge"))).isEmpty();
    }

    @Test
    void unknownBatteryGetsFriendlyNotFoundPage() {
        signIn("recycler");
        open("/batteries/NO-SUCH-PACK");

        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("404");
        assertThat(browser.findElement(By.linkText("Back to the battery list")).isDisplayed())
                .isTrue();
        Browser.screenshot(browser, "not-found");
    }

    @Test
    void dutchIsChosenBySwitchAndRemembered() {
        signOut();
        open("/login?lang=nl");
        assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Aanmelden");

        open("/login");
        assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Aanmelden");
        open("/login?lang=en");
        assertThat(browser.findElement(By.id("sign-in")).getText()).isEqualTo("Sign in");
    }

    @Test
    void anonymousVisitorOfPublicPageSeesPublicFieldsOnly() throws Exception {
        signOut();
        assertThat(status("/p/" + LEAF)).isEqualTo(200);
        open("/p/" + LEAF);

        String page = browser.getPageSource();
        assertThat(page).contains(LEAF).contains("Leaf");
        assertThat(page)
                .doesNotContain("batteryStatus")
                .doesNotContain("events")
                .doesNotContain("materialBatches");
        Browser.screenshot(browser, "public-page");
    }

    @Test
    void tabletLayoutKeepsTouchTargetsAtLeast44Pixels() {
        ChromeDriver tablet = Browser.start(800, 1280);
        try {
            tablet.get(url("/login"));
            tablet.findElement(By.id("username")).sendKeys("recycler");
            tablet.findElement(By.id("password")).sendKeys("demo");
            tablet.findElement(By.id("sign-in")).click();
            new WebDriverWait(tablet, Duration.ofSeconds(20))
                    .until(ExpectedConditions.urlContains("/batteries"));
            tablet.get(url("/batteries/" + LEAF + "/procedure"));

            Number smallest =
                    (Number)
                            tablet.executeScript(
                                    """
                    return Math.min(...Array.from(document.querySelectorAll(
                        'main button, main input[type=checkbox], main select, .tabs a'))
                      .filter(e => e.offsetParent !== null)
                      .map(e => { const r = e.getBoundingClientRect();
                        return e.type === 'checkbox' ? e.closest('label')
                          .getBoundingClientRect().height : Math.min(r.height, r.width); }));
                    """);
            Number overflow =
                    (Number)
                            tablet.executeScript(
                                    "return document.documentElement.scrollWidth - window.innerWidth;");
            Browser.screenshot(tablet, "procedure-tablet");
            assertThat(smallest.doubleValue()).isGreaterThanOrEqualTo(44);
            assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
        } finally {
            tablet.quit();
        }
    }

    @Test
    void listAndOverviewRender() {
        signIn("recycler");
        open("/batteries");
        assertThat(browser.findElements(By.cssSelector("#battery-table tbody tr")))
                .hasSizeGreaterThanOrEqualTo(5);
        Browser.screenshot(browser, "batteries");

        open("/batteries?risk=HIGH");
        assertThat(browser.findElements(By.cssSelector("#battery-table tbody tr .badge")))
                .allMatch(badge -> badge.getText().equals("High"));

        open("/overview");
        assertThat(browser.findElements(By.cssSelector("#by-risk .badge"))).isNotEmpty();
        Browser.screenshot(browser, "overview");

        open("/batteries/" + LEAF + "/decision");
        assertThat(browser.findElements(By.cssSelector("section.card h2"))).isNotEmpty();
        Browser.screenshot(browser, "decision");
    }

    // --- helpers -------------------------------------------------------------------------------

    private long sohPointsDrawn() {
        return wait(20).until(
                        d -> {
                            Object n =
                                    browser.executeScript(
                                            """
                    const c = window.Chart && Chart.getChart(document.getElementById('chart-soh'));
                    return c ? c.data.datasets[0].data.filter(v => v !== null).length : null;""");
                            return n == null ? null : ((Number) n).longValue();
                        });
    }

    private void signIn(String user) {
        signOut();
        open("/login");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("sign-in")).click();
        wait(20).until(ExpectedConditions.urlContains("/batteries"));
        assertThat(browser.findElement(By.cssSelector("[data-testid=user]")).getText())
                .isEqualTo(user);
    }

    private void signOut() {
        open("/login");
        browser.manage().deleteAllCookies();
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    private int status(String path) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        return client.send(
                        HttpRequest.newBuilder(URI.create(url(path)))
                                .header("Accept", "text/html")
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A year of daily readings, unless the pack already has a history (demo data or a rerun). */
    private void ensureSoxHistory(String identifier) {
        if (telemetry.summary(identifier).readings() > 0) {
            return;
        }
        Instant start = Instant.now().minus(365, ChronoUnit.DAYS).truncatedTo(ChronoUnit.DAYS);
        List<SoxReading> readings = new ArrayList<>();
        for (int day = 0; day < 365; day++) {
            double soh = 92.0 - day * 0.02;
            double soc = 30 + (day * 37 % 60);
            double temperature = 12 + 10 * Math.sin(day / 58.0) + (day % 7);
            readings.add(
                    new SoxReading(
                            start.plus(day, ChronoUnit.DAYS),
                            soh,
                            soc,
                            null,
                            null,
                            temperature,
                            370.0,
                            3.85,
                            3.88,
                            null,
                            400 + day,
                            9000.0 + day * 20,
                            null,
                            SoxReading.Origin.BMS));
        }
        telemetry.append(identifier, readings);
    }
}
