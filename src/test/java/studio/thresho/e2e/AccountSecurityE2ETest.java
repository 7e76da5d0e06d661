package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import studio.thresho.security.Role;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.UserAdminService;
import studio.thresho.security.UserProvisioning;
import studio.thresho.security.UserSummary;
import studio.thresho.testsupport.TestDatabaseConfiguration;

/**
 * Rights follow the user at once, a forced password change comes first, repeated wrong passwords
 * pause signing in, and an oversized upload is stopped with the reason.
 */
// exactly E2ETest's configuration, so the suite runs on one application: a second one in the same JVM
// replaces Spring Security's global context holder under the first one's beans
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false",
                "thresho.media-dir=${java.io.tmpdir}/thresho-e2e-media/${random.uuid}",
                "thresho.index-dir=${java.io.tmpdir}/thresho-e2e-index/${random.uuid}",
                "thresho.secrets-key=e2e-secrets-key-of-at-least-32-characters"})
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("demo")
class AccountSecurityE2ETest {

    static final String FIRST = "amber falcon drifts west";
    static final String SECOND = "quiet orchard tide 7";

    @LocalServerPort
    int port;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    UserAdminService admin;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        // every test signs in from 127.0.0.1: failures of one test must not pause the next
        jdbc.update("DELETE FROM login_throttle");
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        jdbc.update("DELETE FROM login_throttle");
    }

    private String person(Role role, boolean mustChange) {
        String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> provisioning.createIfMissing(username, "Erin Endtoend", FIRST, role, mustChange));
        return username;
    }

    @Test
    void aDemotedEditorsNextClickLandsOnTheLoginPage() {
        String username = person(Role.EDITOR, false);
        browser.open("/login");
        browser.signIn(username, FIRST);
        browser.waitUntil(driver -> browser.navigationLabels().contains("Generate"));

        SystemAuthentication.runAsSystem(() -> {
            UserSummary user = admin.listUsers().stream().filter(candidate -> candidate.username().equals(username)).findFirst().orElseThrow();
            admin.changeRole(user.id(), Role.VIEWER);
        });
        browser.driver().findElement(By.xpath("//vaadin-side-nav-item[normalize-space()='Generate']")).click();

        browser.waitFor("vaadin-login-form");
        assertThat(browser.currentUrl()).contains("/login");
        browser.screenshot("22-demoted-back-to-login");
        browser.signIn(username, FIRST);
        browser.waitUntil(driver -> browser.deepText().contains("Erin Endtoend"));
        assertThat(browser.navigationLabels()).containsExactly("Library", "Generations", "Shot lists");
    }

    @Test
    void aForcedPasswordChangeComesFirstThenTheProfileChangesIt() {
        String username = person(Role.EDITOR, true);
        browser.open("/login");
        browser.signIn(username, FIRST);

        browser.waitUntil(driver -> browser.deepText().contains("Choose your own password before you continue"));
        assertThat(browser.currentUrl()).endsWith("/profile");
        assertThat(browser.deepText()).contains("Erin Endtoend", username, "Editor");
        browser.screenshot("23-profile-forced-change");

        passwordField("Current password").sendKeys(FIRST);
        passwordField("New password").sendKeys("password1234");
        passwordField("New password again").sendKeys("password1234");
        browser.click(By.xpath("//vaadin-button[normalize-space()='Change password']"));
        browser.waitUntil(driver -> browser.deepText().contains("too easy to guess"));
        browser.screenshot("24-profile-weak-password");

        passwordField("New password").sendKeys(Keys.chord(Keys.CONTROL, "a"), SECOND);
        passwordField("New password again").sendKeys(Keys.chord(Keys.CONTROL, "a"), SECOND);
        browser.click(By.xpath("//vaadin-button[normalize-space()='Change password']"));
        browser.waitUntil(driver -> !driver.getCurrentUrl().endsWith("/profile"));
        browser.waitUntil(driver -> browser.deepText().contains("Your password is changed"));

        // the success notification sits over the foot of the menu: click through it
        browser.driver().executeScript("arguments[0].click()", browser.waitFor("#sign-out"));
        browser.waitFor("vaadin-login-form");
        browser.signIn(username, SECOND);
        browser.waitFor("#profile").click();
        browser.waitUntil(driver -> browser.deepText().contains("Change password"));
        assertThat(browser.deepText()).doesNotContain("Choose your own password before you continue");
    }

    @Test
    void repeatedWrongPasswordsPauseSigningInWithoutSayingWhetherTheAccountExists() {
        browser.open("/login");
        // five free failures, then each try must wait longer: keep trying until the page says so
        for (int i = 0; i < 12 && !browser.currentUrl().contains("throttled="); i++) {
            WebElement form = browser.waitFor("vaadin-login-form");
            browser.signIn("nobody-" + i + "-e2e", "not the password " + i);
            browser.waitUntil(driver -> gone(form));
            browser.waitFor("vaadin-login-form[error]");
        }

        assertThat(browser.currentUrl()).contains("login?throttled=");
        browser.waitFor("vaadin-login-form[error]");
        assertThat(browser.deepText()).contains("Too many failed sign-ins", "Try again in")
                .doesNotContain("Wrong username or password");
        browser.screenshot("25-login-throttled");
    }

    @Test
    void aTwoHundredMegabyteUploadWithTheBrowsersLimitRemovedIsStoppedWithTheReason() {
        browser.open("/login");
        browser.signIn("editor", "editor");
        browser.waitUntil(driver -> browser.deepText().contains("Downtown Shop"));
        browser.click(By.xpath("//a[contains(@class,'asset-card')][.//span[normalize-space()='Marcus']]"));
        browser.waitUntil(driver -> browser.deepText().contains("Character reference sheet"));
        browser.click(By.xpath("//vaadin-button[normalize-space()='Edit']"));
        browser.waitUntil(driver -> browser.deepText().contains("Talent details"));
        browser.waitFor("vaadin-upload");

        browser.driver().executeScript("""
                const upload = document.querySelector('vaadin-upload');
                upload.maxFileSize = Infinity;
                const transfer = new DataTransfer();
                transfer.items.add(new File([new Uint8Array(200 * 1024 * 1024)], 'huge.png', {type: 'image/png'}));
                upload.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                """);

        browser.waitUntil(driver -> browser.deepText().contains("huge.png: The file is larger than 25 MB."));
        browser.driver().executeScript("document.querySelector('.asset-images-editor').scrollIntoView()");
        browser.screenshot("26-upload-too-large");
    }

    /** Whether the page the element was on has been replaced (the form was submitted and answered). */
    private static boolean gone(WebElement element) {
        try {
            element.isDisplayed();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return true;
        }
    }

    private WebElement passwordField(String label) {
        return browser.driver().findElement(By.xpath("//vaadin-password-field[label[normalize-space()='" + label + "']]//input"));
    }
}
