package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Marcus exported from his page, the ZIP downloaded with the session, imported into "Summer Launch" as a copy and found there. */
class ExportImportE2ETest extends E2ETest {

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path temp;

    /** The editor's current project is remembered across sign-ins: the journeys after this one start in the demo project again. */
    @org.junit.jupiter.api.AfterEach
    void backToTheDemoProject() {
        jdbc.update("""
                UPDATE user_preferences SET current_project_id = (SELECT id FROM projects WHERE name = 'Q1 Campaign')
                WHERE user_id = (SELECT id FROM users WHERE username = 'editor')""");
    }

    @Test
    void marcusExportedAndImportedIntoSummerLaunchAsACopy() throws Exception {
        String marcus = jdbc.queryForObject("SELECT l.id FROM asset_lineages l JOIN projects p ON p.id = l.project_id "
                + "WHERE l.slug = 'marcus' AND p.name = 'Q1 Campaign'", String.class);
        signInAs("editor");
        browser.open("/asset/" + marcus);
        browser.waitFor("vaadin-button.asset-export").click();
        browser.waitUntil(driver -> browser.deepText().contains("Every version"));
        browser.screenshot("60-export-marcus");
        String href = browser.waitFor("a.export-download").getDomAttribute("href");

        byte[] zip = download(href);
        assertThat(entries(zip)).contains("README.txt", "categories.json", "talent/marcus/asset.json")
                .anyMatch(entry -> entry.startsWith("talent/marcus/headshot."));
        Path file = Files.write(temp.resolve("marcus.zip"), zip);
        browser.open("/library"); // a new page: the export dialog is gone
        browser.waitFor("vaadin-button.library-import");

        chooseProject("Summer Launch");
        importZip(file);
        // the first import into an empty project creates Marcus; the second one meets him and is imported as a copy
        importZip(file);
        browser.waitUntil(driver -> browser.deepText().contains("Assets already in the library"));
        browser.click(By.xpath("//vaadin-radio-button[.//label[contains(normalize-space(), 'as a copy')]]"));
        browser.waitUntil(driver -> browser.deepText().contains("Import 1 asset"));
        browser.screenshot("61-import-preview-conflict");
        browser.click(By.xpath("//vaadin-button[normalize-space()='Import 1 asset']"));
        browser.waitUntil(driver -> browser.deepText().contains("as Marcus (copy"));
        browser.screenshot("62-import-report-copy");

        browser.open("/library");
        browser.waitUntil(driver -> browser.deepText().contains("Marcus (copy"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM asset_lineages l JOIN projects p ON p.id = l.project_id "
                + "WHERE p.name = 'Summer Launch' AND l.slug LIKE 'marcus-copy%'", Integer.class)).isGreaterThanOrEqualTo(1);
    }

    private byte[] download(String href) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        URI uri = URI.create("http://localhost:" + port + "/").resolve(href);
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("zip"));
        return response.body();
    }

    private void chooseProject(String name) {
        WebElement selector = browser.waitFor(".project-selector input");
        selector.click();
        selector.sendKeys(Keys.chord(Keys.CONTROL, "a"), name);
        browser.waitUntil(driver -> browser.deepText().contains(name));
        selector.sendKeys(Keys.ENTER);
        browser.waitUntil(driver -> name.equals(browser.waitFor(".project-selector input").getDomProperty("value")));
    }

    private void importZip(Path file) throws Exception {
        browser.open("/library");
        browser.waitFor("vaadin-button.library-import").click();
        browser.waitUntil(driver -> browser.deepText().contains("Drop a ZIP here"));
        browser.driver().executeScript("""
                const upload = Array.from(document.querySelectorAll('vaadin-upload'))
                    .find(candidate => candidate.textContent.includes('Drop a ZIP here'));
                const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], 'marcus.zip', {type: 'application/zip'}));
                upload.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                """, Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
        browser.waitUntil(driver -> browser.deepText().contains("to create,"));
        if (!browser.deepText().contains("Assets already in the library")) {
            browser.click(By.xpath("//vaadin-button[normalize-space()='Import 1 asset']"));
            browser.waitUntil(driver -> browser.deepText().contains("1 created"));
            browser.driver().findElement(By.xpath("//vaadin-button[normalize-space()='Close']")).click();
        }
    }

    private static List<String> entries(byte[] zip) throws Exception {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                names.add(entry.getName());
            }
        }
        return names;
    }
}
