package fi.verme.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver, against the application on a port:
 * signs in as a user would, waits for screens, fills forms, saves screenshots and runs axe-core.
 * Without Chromium the browser tests are skipped locally; in CI (where {@code .ci/run} installs it)
 * they fail instead, so a missing browser never passes silently.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Dimension PHONE = new Dimension(390, 844);

    private final ChromeDriver driver;
    private final String base;
    private final WebDriverWait wait;
    private final List<String> accessibilityFailures = new ArrayList<>();

    private Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.base = "http://localhost:" + port;
        this.wait = waiting();
    }

    /**
     * A wait of up to 20 s that looks again every 20 ms: Selenium's own default looks every 500 ms, so each
     * screen that is not drawn at the first look would cost half a second of doing nothing.
     */
    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofMillis(20));
    }

    static Browser open(int port) throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("Chromium and chromedriver are missing: .ci/run installs them");
        }
        Assumptions.assumeTrue(installed, "Debian's chromium and chromium-driver are not installed");
        var profile = Files.createTempDirectory("verme-chromium");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=fi-FI", "--user-data-dir=" + profile);
        // A browser in Finland: its day turns at midnight in Helsinki, as the tests' and the application's do, not
        // at the machine's (UTC here, where two hours a day the dates would differ).
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().withEnvironment(Map.of("TZ", "Europe/Helsinki")).build();
        var driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(DESKTOP);
        Files.createDirectories(SCREENSHOTS);
        return new Browser(driver, port);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Opens a route of the UI ({@code #/…}) and waits for its screen. */
    Browser go(String route) {
        var url = base + "/" + route;
        if (url.equals(driver.getCurrentUrl())) {
            driver.navigate().refresh();
        } else {
            driver.get(url);
        }
        return ready();
    }

    /** Waits until the app has drawn a screen: it is started, not busy, and has its heading. */
    Browser ready() {
        wait.until(d -> "true".equals(((JavascriptExecutor) d).executeScript(
                "return document.body.dataset.ready === 'true' && !document.getElementById('main')"
                        + ".hasAttribute('aria-busy') && document.querySelector('main h1') !== null ? 'true' : 'false'")));
        return this;
    }

    /** Waits until the screen's heading contains the text (after a navigation or a change). */
    Browser heading(String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("main h1"), text));
        return ready();
    }


    Browser login(String user, String password) {
        go("#/login");
        driver.findElement(By.name("username")).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".site-header .user")));
        return ready();
    }

    /** Signs out; the header may be redrawn (after a save, say) between finding its button and clicking it. */
    Browser logout() {
        var signedOut = By.cssSelector(".site-header a.button-link");
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            if (d.findElements(signedOut).isEmpty()) {
                d.findElement(By.xpath("//header//button")).click();
            }
            return !d.findElements(signedOut).isEmpty();
        });
        return ready();
    }

    /** Clicks what the selector finds, finding it again if the page redrew it between finding and clicking. */
    Browser clickRedrawn(String css) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
        return this;
    }

    Browser language(String lang) {
        new Select(driver.findElement(By.id("language"))).selectByValue(lang);
        wait.until(d -> lang.equals(((JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
        return ready();
    }

    WebElement find(String css) {
        return until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /** Waits for a condition; when it never comes, saves what the screen showed before failing. */
    private <T> T until(java.util.function.Function<? super org.openqa.selenium.WebDriver, T> condition) {
        try {
            return wait.until(condition);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("failure-" + System.currentTimeMillis());
            } catch (IOException | RuntimeException ignored) {
                // The failure itself matters more than its picture.
            }
            throw new AssertionError("The screen never showed what was expected; it said: " + mainText(), e);
        }
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }



    String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** Waits for a message in the live region that screen readers hear (it is visually hidden). */
    void announced(String text) {
        until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "return document.getElementById('status').textContent")).contains(text));
    }

    /** Waits until nothing in the main content is busy (a list asking the server for a page). */
    Browser settled() {
        until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.querySelector('main [aria-busy]') === null"));
        return this;
    }

    /** Whether the page is wider than the window (something makes the reader scroll sideways). */
    boolean widerThanTheScreen() {
        return (Boolean) driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
    }

    void waitForText(String text) {
        until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    /** Clicks a link or button by its visible text, within the main content. */
    Browser click(String visibleText) {
        var element = until(ExpectedConditions.elementToBeClickable(By.xpath(
                "(//main|//nav)//*[self::a or self::button or self::summary][normalize-space(.)=" + quote(visibleText) + "]")));
        scrollTo(element);
        element.click();
        return this;
    }

    void scrollTo(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    /** Types into a field of a form; dates and times are set as values, as a date picker would. */
    void fill(WebElement form, String name, String value) {
        var control = form.findElement(By.name(name));
        var type = control.getAttribute("type");
        if ("date".equals(type) || "time".equals(type) || "number".equals(type)) {
            driver.executeScript("arguments[0].value = arguments[1]", control, value);
        } else {
            control.clear();
            control.sendKeys(value);
        }
    }

    void choose(WebElement form, String name, String value) {
        new Select(form.findElement(By.name(name))).selectByValue(value);
    }

    void chooseNth(WebElement form, String name, int index, String value) {
        new Select(form.findElements(By.name(name)).get(index)).selectByValue(value);
    }

    void check(WebElement form, String name, String value) {
        var box = form.findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"));
        if (!box.isSelected()) {
            scrollTo(box);
            box.click();
        }
    }

    void submit(WebElement form) {
        var button = form.findElement(By.cssSelector("button[type=submit]"));
        scrollTo(button);
        button.click();
    }

    /** Fetches a URL with the browser's own session, as a download link would; returns status and text. */
    String fetch(String path) {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => done(r.status + '\\n' + t)))"
                + ".catch(e => done('error ' + e));", path);
    }

    /** {@link #fetch(String)} asking for a language, as the UI asks in the language chosen on its screen. */
    String fetch(String path, String language) {
        return (String) driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin', headers: {'Accept-Language': arguments[1]}})"
                + ".then(r => r.text().then(t => done(r.status + '\\n' + t))).catch(e => done('error ' + e));",
                path, language);
    }

    void screenshot(String name) throws IOException {
        var file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** A full-page screenshot (the window grows to the page's height for the picture). */
    void fullScreenshot(String name) throws IOException {
        var size = driver.manage().window().getSize();
        long height = (Long) driver.executeScript("return Math.max(document.body.scrollHeight, 600)");
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 140, 6000)));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(size);
        }
    }

    void phone() {
        driver.manage().window().setSize(PHONE);
    }

    void desktop() {
        driver.manage().window().setSize(DESKTOP);
    }

    /**
     * Runs axe-core's WCAG 2.1 A and AA rules on the page; remembers serious and critical violations. The UI is one
     * page without frames, so axe runs in it directly (its legacy mode, rather than finishing in a window of its
     * own) and is put into the page once, not again for every screen the page then draws: over the 23 screens of
     * the Swedish test, 21 s of axe instead of 35 s.
     */
    void checkAccessibility(String screen) {
        var axe = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).setLegacyMode(true)
                .disableIframeTesting();
        axe.setInjectAxe(page -> {
            var js = (JavascriptExecutor) page;
            if (!(Boolean) js.executeScript("return typeof window.axe !== 'undefined'")) {
                js.executeScript(axeScript(axe));
            }
        });
        var results = axe.analyze(driver);
        List<Rule> violations = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        for (var violation : violations) {
            accessibilityFailures.add(screen + ": " + violation.getId() + " (" + violation.getImpact() + ") "
                    + violation.getHelp() + " at " + violation.getNodes().stream()
                    .map(node -> String.valueOf(node.getTarget())).limit(3).collect(Collectors.joining(", ")));
        }
    }

    private static String axeSource;

    private static synchronized String axeScript(AxeBuilder axe) {
        if (axeSource == null) {
            try {
                axeSource = axe.getAxeScriptProvider().getScript();
            } catch (Exception e) {
                throw new IllegalStateException("axe-core's script could not be read", e);
            }
        }
        return axeSource;
    }

    void assertAccessible() {
        assertThat(accessibilityFailures).as("serious or critical axe-core violations, or pages wider than the screen")
                .isEmpty();
    }

    /** Remembers a page that is wider than the window (so that a phone would scroll it sideways). */
    void checkWidth(String screen) {
        long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0) {
            accessibilityFailures.add(screen + ": the page is " + overflow + " px wider than the window ("
                    + driver.manage().window().getSize().getWidth() + " px)");
        }
    }

    /** Makes every request of the page wait this long (Chromium's network emulation); zero for none. */
    void latency(java.time.Duration delay) {
        driver.executeCdpCommand("Network.enable", java.util.Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", java.util.Map.of("offline", false,
                "latency", delay.toMillis(), "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Shows the page as it prints (CSS print media), or as the screen again. */
    void printMedia(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", print ? "print" : ""));
    }

    /** Every screen both ways: a screenshot saved and the accessibility rules run. */
    void record(String name) throws IOException {
        ready();
        checkWidth(name);
        fullScreenshot(name);
        checkAccessibility(name);
    }

    private static String quote(String text) {
        if (!text.contains("'")) {
            return "'" + text + "'";
        }
        return "concat('" + text.replace("'", "', \"'\", '") + "')";
    }

    @Override
    public void close() {
        driver.quit();
    }

}
