package studio.thresho.e2e;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import studio.thresho.testsupport.TestDatabaseConfiguration;

/**
 * The running demo application with a real headless Chromium; every class of the suite shares one
 * application (same configuration, so Spring starts it once).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false",
                "thresho.media-dir=${java.io.tmpdir}/thresho-e2e-media/${random.uuid}",
                "thresho.index-dir=${java.io.tmpdir}/thresho-e2e-index/${random.uuid}",
                // journeys that set a provider up against a stub store its key, as an administrator would
                "thresho.secrets-key=e2e-secrets-key-of-at-least-32-characters"})
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("demo")
abstract class E2ETest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    void signIn(String username, String password) {
        WebElement user = browser.waitFor("vaadin-login-form vaadin-text-field[name='username'] input");
        user.clear();
        user.sendKeys(username);
        WebElement secret = browser.waitFor("vaadin-login-form vaadin-password-field[name='password'] input");
        secret.clear();
        secret.sendKeys(password, Keys.ENTER);
    }

    /** Opens the login page and signs in as one of the demo accounts, whose password is its name. */
    void signInAs(String demoUser) {
        browser.open("/login");
        browser.waitFor("vaadin-login-form");
        signIn(demoUser, demoUser);
        browser.waitFor("vaadin-app-layout");
    }

    /** Opens an asset's page from the library's card of that name. */
    void openAsset(String name) {
        browser.open("/");
        browser.waitUntil(driver -> browser.deepText().contains(name));
        browser.click(org.openqa.selenium.By.xpath("//a[contains(@class,'asset-card')][.//span[normalize-space()='" + name + "']]"));
    }

    /** Drops files on the page's upload together, as one selection, in the order given. */
    void dropOnUpload(List<Map.Entry<String, byte[]>> files) {
        List<List<String>> encoded = files.stream().map(file -> List.of(file.getKey(), Base64.getEncoder().encodeToString(file.getValue())))
                .toList();
        browser.driver().executeScript("""
                const upload = document.querySelector('vaadin-upload');
                const transfer = new DataTransfer();
                for (const [name, base64] of arguments[0]) {
                  const bytes = Uint8Array.from(atob(base64), c => c.charCodeAt(0));
                  transfer.items.add(new File([bytes], name, {type: 'image/png'}));
                }
                upload.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                """, encoded);
    }

    void dropOnUpload(String name, byte[] bytes) {
        dropOnUpload(List.of(Map.entry(name, bytes)));
    }
}
