package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The library's cards in a browser: a card is one link whose content is HTML, so what the server
 * no longer sees as components (the hover preview's target, a tag chip, the version badge) is checked here.
 */
class LibraryCardsE2ETest extends E2ETest {

    private WebElement card(String name) {
        return browser.driver().findElement(By.xpath("//a[contains(@class,'asset-card')][.//span[normalize-space()='" + name + "']]"));
    }

    private long previewsDownloaded() {
        return (Long) browser.driver().executeScript(
                "return performance.getEntriesByType('resource').filter(entry => entry.name.includes('/preview')).length");
    }

    @Test
    void theGridsOnePreviewFollowsTheHoveredCardAndTagAndHistoryClicksDoNotFollowTheLink() {
        signInAs("editor");
        browser.open("/");
        browser.waitUntil(driver -> browser.deepText().contains("Marcus") && browser.deepText().contains("Sofia"));
        assertThat(browser.driver().findElements(By.cssSelector("vaadin-popover.asset-preview"))).as("one preview for the grid").hasSize(1);
        assertThat(previewsDownloaded()).as("no preview downloaded before a hover").isZero();

        new Actions(browser.driver()).moveToElement(card("Marcus")).perform();
        browser.waitUntil(driver -> browser.deepText().contains("Build: Athletic"));
        assertThat((Boolean) browser.driver().executeScript(
                "return document.querySelector('vaadin-popover.asset-preview').target.textContent.includes('Marcus')")).isTrue();
        new Actions(browser.driver()).moveToElement(card("Sofia")).perform();
        browser.waitUntil(driver -> browser.deepText().contains("Build: Slim") && !browser.deepText().contains("Build: Athletic"));
        browser.screenshot("52-library-card-preview");

        browser.click(By.xpath("//a[contains(@class,'asset-card')][.//span[normalize-space()='Marcus']]"
                + "//span[contains(@class,'tag-chip') and normalize-space()='#barber']"));
        browser.waitUntil(driver -> browser.currentUrl().contains("tags=barber"));
        assertThat(browser.currentUrl()).doesNotContain("/asset/");

        browser.click(By.xpath("//a[contains(@class,'asset-card')][.//span[normalize-space()='Marcus']]"
                + "//span[contains(@class,'opens-history')]"));
        browser.waitUntil(driver -> browser.currentUrl().contains("show=history"));
        browser.waitUntil(driver -> browser.deepText().contains("Version history"));

        browser.open("/");
        browser.waitUntil(driver -> browser.deepText().contains("Sofia"));
        browser.click(By.xpath("//a[contains(@class,'asset-card')][.//span[normalize-space()='Sofia']]//span[contains(@class,'asset-card-name')]"));
        browser.waitUntil(driver -> browser.currentUrl().contains("/asset/") && !browser.currentUrl().contains("show="));
    }
}
