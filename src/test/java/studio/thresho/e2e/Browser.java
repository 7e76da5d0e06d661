package studio.thresho.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through chromedriver, both from Debian's packages: nothing is
 * downloaded at run time. Paths can be overridden with CHROME_BIN and CHROMEDRIVER.
 */
final class Browser implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

    private final ChromeDriver driver;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(setting("CHROME_BIN", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,900");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(setting("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Waits for the condition; on a timeout the page is saved as {@code timeout.png} to show what it was waiting on.
     * An element Vaadin replaced while the condition read it only means "not yet".
     */
    void waitUntil(java.util.function.Function<ChromeDriver, Boolean> condition) {
        try {
            new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> condition.apply(driver));
        } catch (org.openqa.selenium.TimeoutException timeout) {
            screenshot("timeout");
            throw timeout;
        }
    }

    /** Text of the page including the shadow roots of web components, where Vaadin renders much of it. */
    String deepText() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                const parts = [];
                const walk = node => {
                  if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); }
                  if (node.shadowRoot) { walk(node.shadowRoot); }
                  node.childNodes.forEach(walk);
                };
                walk(document.body);
                return parts.join(' ').replace(/\\s+/g, ' ');
                """);
    }

    /** The labels of the side navigation's entries, in order. */
    @SuppressWarnings("unchecked")
    java.util.List<String> navigationLabels() {
        return (java.util.List<String>) ((JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('vaadin-side-nav-item')).map(item => item.textContent.trim());");
    }

    /** Scrolls the element to the middle of the window first, so that a sticky bar cannot cover it. */
    void click(org.openqa.selenium.By locator) {
        WebElement element = driver.findElement(locator);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Types the name and password into the login form and sends it. */
    void signIn(String username, String password) {
        WebElement user = waitFor("vaadin-login-form vaadin-text-field[name='username'] input");
        user.clear();
        user.sendKeys(username);
        WebElement secret = waitFor("vaadin-login-form vaadin-password-field[name='password'] input");
        secret.clear();
        secret.sendKeys(password, org.openqa.selenium.Keys.ENTER);
    }

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
