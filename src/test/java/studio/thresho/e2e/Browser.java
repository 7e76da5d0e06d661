package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
            saveScreenshot("timeout");
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
    List<String> navigationLabels() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
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

    /**
     * Elements sticking out sideways of the element that holds them, at the window's 1440 px: a
     * button pushed out of its grid cell, a picture's button clipped by its frame, a long name
     * running off the page. Overlays and positioned elements (tooltips, badges) are left out; a
     * notification must stay inside the window.
     */
    @SuppressWarnings("unchecked")
    List<String> horizontalOverflow() {
        return (List<String>) ((JavascriptExecutor) driver).executeScript("""
                const found = [];
                const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (el.classList.length ? '.' + Array.from(el.classList).join('.') : '')
                    + ' "' + (el.textContent || '').trim().slice(0, 40) + '"';
                const visible = el => { const style = getComputedStyle(el); const box = el.getBoundingClientRect();
                    return style.display !== 'none' && style.visibility !== 'hidden' && box.width > 0 && box.height > 0; };
                const root = document.querySelector('vaadin-app-layout') || document.body;
                for (const el of root.querySelectorAll('*')) {
                  const parent = el.parentElement;
                  if (!parent || !visible(el) || !visible(parent)) continue;
                  // a grid wider than its place scrolls its own cells sideways: that is the grid's scrollbar, not an overflow
                  if (parent.tagName === 'VAADIN-GRID' && el.tagName === 'VAADIN-GRID-CELL-CONTENT') continue;
                  const position = getComputedStyle(el).position;
                  if (position === 'absolute' || position === 'fixed') continue;
                  const box = el.getBoundingClientRect(), container = parent.getBoundingClientRect();
                  if (box.right > container.right + 1 || box.left < container.left - 1) {
                    found.push(describe(el) + ' [' + Math.round(box.left) + '..' + Math.round(box.right) + '] sticks out of '
                        + describe(parent) + ' [' + Math.round(container.left) + '..' + Math.round(container.right) + ']');
                  }
                }
                for (const card of document.querySelectorAll('vaadin-notification-card')) {
                  const box = card.getBoundingClientRect();
                  if (box.left < 0 || box.right > window.innerWidth) found.push('notification wider than the window: ' + describe(card));
                }
                if (document.documentElement.scrollWidth > window.innerWidth) {
                  found.push('the page scrolls sideways: ' + document.documentElement.scrollWidth + ' px');
                }
                return found;
                """);
    }

    /** Saves the page as {@code name.png} after checking that nothing on it sticks out sideways. */
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
        saveScreenshot(name);
        assertThat(horizontalOverflow()).as("horizontal overflow on " + name).isEmpty();
    }

    private void saveScreenshot(String name) {
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
