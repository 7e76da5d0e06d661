package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;

/** The library at desk and phone width, the image viewer, the compare page and the generations, none sticking out sideways. */
class FinishedDetailsE2ETest extends E2ETest {

    @Test
    void libraryViewerCompareAndGenerationsFitAt1440And390Pixels() {
        signInAs("editor");
        browser.waitUntil(driver -> browser.deepText().contains("Marcus"));
        browser.screenshot("50-library-1440");

        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.driver().navigate().refresh();
        browser.waitUntil(driver -> browser.deepText().contains("Marcus"));
        assertThat(browser.deepText()).contains("Filters");
        browser.screenshot("51-library-390");
        browser.driver().manage().window().setSize(new Dimension(1440, 900));

        browser.driver().executeScript("Array.from(document.querySelectorAll('a.asset-card'))"
                + ".find(card => card.textContent.includes('Marcus')).click()");
        browser.waitUntil(driver -> browser.deepText().contains("Version history"));
        browser.waitFor("img.opens-viewer");
        browser.driver().executeScript("""
                const image = Array.from(document.querySelectorAll('img.opens-viewer')).find(candidate => candidate.offsetParent);
                image.scrollIntoView({block: 'center'});
                image.click();
                """);
        browser.waitUntil(driver -> browser.deepText().contains("Download original"));
        browser.screenshot("52-image-viewer");
        browser.driver().findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);

        String detail = browser.currentUrl().replaceAll("[?#].*$", "");
        browser.driver().get(detail + "/compare?from=1.0.0&to=1.1.0");
        browser.waitUntil(driver -> browser.deepText().contains("Compare versions of Marcus"));
        browser.screenshot("53-compare");

        browser.open("/generations");
        browser.waitUntil(driver -> browser.deepText().contains("Generations"));
        browser.screenshot("54-generations");
    }
}
