package uk.hearth.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver, both named explicitly so Selenium never tries to
 * download a browser or driver. Each browser has a fresh profile, so no test inherits another's session.
 */
final class Browser implements AutoCloseable {

    static final String PORTAL = System.getProperty("hearth.url", "http://localhost:8080/hearth/");
    static final String KEYCLOAK_AUTH = "http://localhost:8180/realms/hearth/protocol/openid-connect/auth";

    static {
        // Selenium looks for a DevTools binding matching Chromium's version; these journeys use none, so say nothing.
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(java.util.logging.Level.OFF);
        java.util.logging.Logger.getLogger("org.openqa.selenium.chromium").setLevel(java.util.logging.Level.OFF);
    }

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    Browser() {
        try {
            profile = Files.createTempDirectory("hearth-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary("/usr/bin/chromium")
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String pathInPortal) {
        driver.get(PORTAL + pathInPortal);
    }

    /** Signs in through the real Keycloak form, starting from the public home page. */
    void signInAs(String username) {
        open("");
        driver.findElement(By.id("sign-in")).click();
        fillKeycloakLogin(username);
    }

    void fillKeycloakLogin(String username) {
        wait.until(ExpectedConditions.urlContains("/realms/hearth/"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains(PORTAL));
    }

    void signOut() {
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    /** Keeps a picture of the page for people to look at; not an assertion. */
    void screenshot(String name) {
        Path folder = Path.of(System.getProperty("hearth.screenshots", "target/screenshots"));
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
