package uk.hearth.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    // Selenium looks for a DevTools binding matching Chromium's version; these journeys use none, so say nothing.
    // Held in fields: java.util.logging forgets the level of a logger nobody references.
    private static final java.util.logging.Logger DEVTOOLS_LOG = quiet("org.openqa.selenium.devtools");
    private static final java.util.logging.Logger CHROMIUM_LOG = quiet("org.openqa.selenium.chromium");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.OFF);
        return logger;
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

    /** Signs in as a demo user (password "demo") through the real Keycloak form. */
    void signInAs(String username) {
        signInAs(username, "demo");
    }

    /** Signs in through the real Keycloak form, starting from the public home page. */
    void signInAs(String username, String password) {
        open("");
        driver.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.urlContains("/realms/hearth/"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        // Council staff are asked for a one-time code next; the demo users' authenticators are in OneTimeCode.
        wait.until(d -> d.getCurrentUrl().startsWith(PORTAL) || !d.findElements(By.id("otp")).isEmpty());
        if (!driver.getCurrentUrl().startsWith(PORTAL)) {
            driver.findElement(By.id("otp")).sendKeys(OneTimeCode.unused(username));
            driver.findElement(By.id("kc-login")).click();
            wait.until(ExpectedConditions.urlContains(PORTAL));
        }
    }

    void signOut() {
        driver.findElement(By.id("sign-out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-in")));
    }

    WebElement waitFor(By locator) {
        try {
            return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        } catch (org.openqa.selenium.TimeoutException e) {
            // Keep what the browser showed, so a failure in CI can be understood afterwards.
            screenshot("timeout-" + System.currentTimeMillis());
            throw e;
        }
    }

    /** Clicks a button that re-renders {@code region} by ajax, and waits until the old rendering is gone. */
    void clickAndAwaitUpdate(By button, By region) {
        WebElement before = wait.until(ExpectedConditions.presenceOfElementLocated(region));
        waitFor(button).click();
        wait.until(d -> isGone(before));
        wait.until(ExpectedConditions.presenceOfElementLocated(region));
        awaitPageSettled();
    }

    /**
     * Whether the page has replaced {@code element}. Chromedriver says so as a stale reference, or, when the whole
     * document was replaced, sometimes as an "inspector error" that Selenium does not count as stale.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /**
     * Until the page has loaded and PrimeFaces has nothing in flight: its widgets (date pickers among them) rebuild
     * their inputs as the page starts, and an input found before that may belong to no document by the time it is used.
     */
    void awaitPageSettled() {
        wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    /**
     * Waits for the page's message area to say something, and fails with its words unless it is a success. Call it
     * after {@link #clickAndAwaitUpdate}, so the words read are the answer to this click, not the last one.
     */
    String expectSuccessMessage() {
        String text = textOf(By.cssSelector("#page-messages li, #page-messages span"));
        if (!driver.findElements(By.cssSelector("#page-messages .message--error")).isEmpty()) {
            screenshot("refused-" + System.currentTimeMillis());
            throw new AssertionError("The page refused: " + textOf(By.id("page-messages")));
        }
        return text;
    }

    /** The text of an element, read again if the page replaced it meanwhile (redirects, ajax updates). */
    String textOf(By locator) {
        return wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    WebElement element = d.findElement(locator);
                    return element.isDisplayed() ? element.getText() : null;
                });
    }

    void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
    }

    String heading() {
        return waitFor(By.tagName("h1")).getText();
    }

    /**
     * From now on every page this browser opens keeps the Content-Security-Policy violations it meets, from before its
     * first script runs, for {@link #cspViolations()}.
     */
    void recordCspViolations() {
        ((ChromeDriver) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source",
                "window.hearthCspViolations = [];"
                        + "document.addEventListener('securitypolicyviolation', e => window.hearthCspViolations.push("
                        + "e.effectiveDirective + ' refused ' + (e.blockedURI || 'inline code')"
                        + " + ' at ' + e.sourceFile + ':' + e.lineNumber));"));
    }

    /** The violations the current page met since it loaded, ajax updates included. */
    @SuppressWarnings("unchecked")
    java.util.List<String> cspViolations() {
        return (java.util.List<String>) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return window.hearthCspViolations || [];");
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

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its visible label, through the widget (as a click would,
     * including its ajax behaviours) rather than racing the animation of its drop-down panel.
     */
    void choose(String menuId, String label) {
        waitFor(By.id(menuId));
        Object chosen = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var select = document.getElementById(arguments[0] + '_input');"
                        + "var option = Array.from(select.options).find(o => o.textContent.trim() === arguments[1]);"
                        + "if (!option) { return false; }"
                        + "PrimeFaces.getWidgetById(arguments[0]).selectValue(option.value); return true;",
                menuId, label);
        if (!Boolean.TRUE.equals(chosen)) {
            throw new AssertionError("No option ‘" + label + "’ in " + menuId + "; options: " + options(menuId));
        }
    }

    /** Visible labels of a PrimeFaces selectOneMenu, without its "Choose…" placeholder. */
    java.util.List<String> options(String menuId) {
        return driver.findElements(By.cssSelector("[id='" + menuId + "_input'] option")).stream()
                .filter(o -> !o.getAttribute("value").isEmpty()).map(o -> o.getAttribute("textContent").strip()).toList();
    }

    /** Clicks the label of a PrimeFaces radio or checkbox inside {@code container}. */
    void tick(WebElement container, String label) {
        container.findElement(By.xpath(".//label[normalize-space()=\"" + label + "\"]")).click();
    }

    void type(By field, String text) {
        WebElement input = waitFor(field);
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Sets a PrimeFaces datePicker through its own widget: typing races the picker's popup, which steals or
     * doubles keystrokes.
     */
    void setDate(WebElement input, java.time.LocalDate date) {
        String widgetId = input.getAttribute("id").replaceFirst("_input$", "");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]));",
                widgetId, date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** Sets a PrimeFaces inputNumber through its widget; its formatting swallows cleared-and-typed digits. */
    void setNumber(String inputNumberId, long value) {
        setNumber(inputNumberId, String.valueOf(value));
    }

    /** The same for an amount with pence or a percentage with decimals, given as "12.71". */
    void setNumber(String inputNumberId, String value) {
        waitFor(By.id(inputNumberId + "_input"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);", inputNumberId, value);
    }

    /** Fetches a link's target with this browser's session, as a download would. */
    byte[] download(String href) {
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).GET(), "GET " + href);
    }

    /** Posts to {@code href} with this browser's session, as a form with no fields would. */
    byte[] post(String href) {
        return send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()), "POST " + href);
    }

    /** Fetches {@code href} with this browser's session, whatever it answers; redirects are not followed. */
    java.net.http.HttpResponse<byte[]> fetch(String href) {
        return exchange(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).GET());
    }

    private byte[] send(java.net.http.HttpRequest.Builder request, String what) {
        java.net.http.HttpResponse<byte[]> response = exchange(request);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(what + " answered " + response.statusCode());
        }
        return response.body();
    }

    private java.net.http.HttpResponse<byte[]> exchange(java.net.http.HttpRequest.Builder request) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        try {
            return java.net.http.HttpClient.newHttpClient().send(
                    request.header("Cookie", cookies).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
