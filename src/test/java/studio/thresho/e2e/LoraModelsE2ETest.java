package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A producer opens Marcus's LoRA models, switches his LoRA off and on again, and finds that training on
 * Replicate waits for the studio's Replicate token (the demo has none).
 */
class LoraModelsE2ETest extends E2ETest {

    @Test
    void marcusLoraIsListedSwitchableAndTrainingWaitsForReplicate() {
        signInAs("editor");
        browser.open("/");
        browser.waitUntil(driver -> browser.deepText().contains("Marcus"));
        browser.click(By.xpath("//a[contains(@class,'asset-card')][.//span[normalize-space()='Marcus']]"));
        browser.waitFor("vaadin-button.lora-models");
        assertThat(browser.waitFor("vaadin-button.lora-models").getText()).contains("LoRA models (1)");
        browser.click(By.cssSelector("vaadin-button.lora-models"));
        browser.waitUntil(driver -> browser.deepText().contains("marcus-lora (0.9)"));
        assertThat(browser.deepText()).contains("Replicate trained version", "trigger mrcsx");

        browser.click(By.cssSelector("vaadin-button.lora-switch"));
        browser.waitUntil(driver -> browser.deepText().contains("switched off: not used in generations"));
        browser.screenshot("62-lora-models-switched-off");
        browser.click(By.cssSelector("vaadin-button.lora-switch"));
        browser.waitUntil(driver -> !browser.deepText().contains("switched off: not used in generations"));
        browser.click(By.xpath("//vaadin-button[normalize-space()='Close']"));

        browser.click(By.cssSelector("vaadin-button.lora-export"));
        browser.waitFor("vaadin-select.lora-format");
        browser.driver().executeScript("document.querySelector('vaadin-select.lora-format').opened = true");
        browser.waitUntil(driver -> !driver.findElements(By.xpath("//vaadin-select-item[contains(., 'Replicate')]")).isEmpty());
        browser.driver().findElement(By.xpath("//vaadin-select-item[contains(., 'Replicate')]")).click();
        browser.waitFor("vaadin-button.lora-train");
        browser.click(By.cssSelector("vaadin-button.lora-train"));
        browser.waitUntil(driver -> browser.deepText().contains("Replicate is not set up: an administrator adds its API token under Providers."));
        browser.screenshot("63-lora-train-waits-for-replicate");
    }
}
