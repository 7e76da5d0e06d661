package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The demo list generated with the offline storyboard renderer: confirmed, followed on the
 * storyboard until every frame is done, a frame picked, and the PDF downloaded naming every shot.
 */
class StoryboardE2ETest extends E2ETest {

    private static final String DEMO_LIST = "Q1 Barbershop Spot";
    private static final List<String> DEMO_SHOTS = List.of("1A · Opening up", "1B · The chair", "2 · Sofia arrives", "3 · The cut",
            "4 · Mirror reveal", "5 · Sign-off");

    /** The machine running the suite is shared: the first generation round trips can take longer than the usual wait. */
    private static final java.time.Duration SLOW_WAIT = java.time.Duration.ofSeconds(180);

    private void waitLong(java.util.function.Function<org.openqa.selenium.WebDriver, Boolean> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), SLOW_WAIT)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    @Test
    void theDemoListIsGeneratedTheStoryboardFillsInAndItsPdfNamesEveryShot() throws Exception {
        signInAs("editor");
        browser.open("/shot-lists");
        browser.driver().executeScript("arguments[0].click()", browser.waitFor("vaadin-button[aria-label='Open " + DEMO_LIST + "']"));
        browser.waitFor("#generate-shots");
        browser.waitUntil(driver -> browser.driver().findElement(By.id("generate-shots")).getDomAttribute("disabled") == null);
        browser.click(By.id("generate-shots"));
        waitLong(driver -> browser.deepText().contains("Generate 6 shots: 6 free requests to Storyboard (offline)."));
        browser.click(By.xpath("//vaadin-button[normalize-space()='Generate']"));
        waitLong(driver -> browser.deepText().contains("Sent 6 generations."));

        browser.click(By.id("open-storyboard"));
        browser.waitFor(".storyboard-frame");
        waitLong(driver -> browser.deepText().contains("6 done · 0 running · 0 queued · 0 failed"));
        assertThat(browser.driver().findElements(By.cssSelector(".storyboard-status"))).hasSize(6)
                .allSatisfy(status -> assertThat(status.getText()).startsWith("Done"));
        String page = browser.deepText();
        DEMO_SHOTS.forEach(shot -> assertThat(page).contains(shot));
        browser.screenshot("41-storyboard-generated");

        browser.driver().executeScript("arguments[0].click()", browser.waitFor(".storyboard-frame .storyboard-picture"));
        browser.waitUntil(driver -> browser.deepText().contains("Set as frame"));
        browser.screenshot("42-storyboard-shot-results");
        browser.click(By.xpath("//vaadin-button[normalize-space()='Set as frame']"));
        browser.waitUntil(driver -> browser.deepText().contains("Shot 1A has its frame."));
        browser.waitUntil(driver -> browser.driver().findElements(By.cssSelector(".storyboard-picture:not(.storyboard-sketch)")).size() == 1);

        String href = browser.waitFor("#export-pdf").getDomAttribute("href");
        String base64 = (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'}).then(response => response.arrayBuffer()).then(buffer => {
                  let binary = '';
                  new Uint8Array(buffer).forEach(byte => binary += String.fromCharCode(byte));
                  done(btoa(binary));
                }).catch(error => done('failed: ' + error));
                """, href);
        assertThat(base64).doesNotStartWith("failed");
        try (PDDocument pdf = Loader.loadPDF(Base64.getDecoder().decode(base64))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains(DEMO_LIST, "Marcus", "Sofia");
            DEMO_SHOTS.forEach(shot -> assertThat(text).contains(shot));
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
        }
    }
}
