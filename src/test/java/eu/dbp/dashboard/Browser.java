package eu.dbp.dashboard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium from the machine's packages, driven by the machine's chromedriver, so
 * that Selenium never downloads a browser or a driver.
 */
final class Browser {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {}

    static ChromeDriver start(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("dbp-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--lang=en-GB",
                    "--user-data-dir=" + profile.toAbsolutePath());
            ChromeDriverService service =
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                            .usingAnyFreePort()
                            .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().window().setSize(new Dimension(width, height));
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            return driver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void screenshot(ChromeDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(
                    shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
