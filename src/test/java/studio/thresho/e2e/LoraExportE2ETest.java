package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** A creative director exports Marcus for kohya after rewriting one caption, downloads the ZIP and finds the caption inside. */
class LoraExportE2ETest extends E2ETest {

    private static final String EDITED = "mrcsx man, full body back, black apron tied at the back, walking to the chair";

    @Test
    void marcusExportedForKohyaCarriesTheEditedCaption() throws Exception {
        signInAs("editor");
        openAsset("Marcus");
        browser.waitFor("vaadin-button.lora-export");
        browser.click(By.cssSelector("vaadin-button.lora-export"));
        browser.waitFor("vaadin-text-area.lora-caption textarea");
        browser.waitUntil(driver -> browser.deepText().contains("of the recommended 10-20"));

        WebElement back = browser.driver().findElement(By.xpath(
                "//div[contains(@class,'lora-caption-row')][.//span[contains(normalize-space(),'-back ·')]]//textarea"));
        back.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        back.sendKeys(EDITED, Keys.TAB);
        browser.waitUntil(driver -> EDITED.equals(back.getDomProperty("value")));
        Thread.sleep(500);
        browser.screenshot("60-lora-export-dialog");

        String href = browser.waitFor("a.lora-download").getDomAttribute("href");
        Map<String, String> zip = download(href);

        String caption = zip.entrySet().stream().filter(entry -> entry.getKey().endsWith("-back.txt")).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("no back view caption in " + zip.keySet()));
        assertThat(caption).isEqualTo(EDITED);
        assertThat(zip.keySet()).anyMatch(path -> path.matches("img/\\d+_mrcsx man/marcus-\\d\\d-back\\.txt"))
                .contains("kohya.toml", "metadata.json");
        assertThat(zip.get("kohya.toml")).contains("keep_tokens = 1");
    }

    /** Fetches the download link with the browser's session, as the browser would, and reads the ZIP's text entries. */
    private Map<String, String> download(String href) throws IOException, InterruptedException {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        // Vaadin's link is relative to the application's root, not to the page's path (/asset/<id>)
        URI base = URI.create("http://localhost:" + port + "/");
        HttpRequest request = HttpRequest.newBuilder(base.resolve(href)).header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/zip");
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(response.body()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (!entry.getName().matches(".*\\.(jpg|png|webp)$")) {
                    entries.put(entry.getName(), new String(bytes, StandardCharsets.UTF_8));
                } else {
                    entries.put(entry.getName(), "");
                }
            }
        }
        return entries;
    }
}
