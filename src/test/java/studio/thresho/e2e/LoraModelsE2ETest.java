package studio.thresho.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.provider.replicate.ReplicateProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.security.SystemAuthentication;

/**
 * A producer opens Marcus's LoRA models, switches his LoRA off and on again, and finds that training on
 * Replicate waits for the studio's Replicate token (the demo has none).
 */
class LoraModelsE2ETest extends E2ETest {

    static final String TRAINER_VERSION = "26dce37af90b9d997eeb970d92e47de3064d46c300504ae376c75bef6a9022d2";
    static final String START = "/v1/models/ostris/flux-dev-lora-trainer/versions/" + TRAINER_VERSION + "/trainings";

    @Autowired
    ProviderSettingsService settings;

    @Test
    void marcusLoraIsListedSwitchableAndTrainingWaitsForReplicate() {
        signInAs("editor");
        openAsset("Marcus");
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

        trainOnReplicate();
        browser.waitUntil(driver -> browser.deepText().contains("Replicate is not set up: an administrator adds its API token under Providers."));
        browser.screenshot("63-lora-train-waits-for-replicate");
    }

    /** A 40 MB LoRA file, beyond the 25 MB image limit, is uploaded in the browser, listed with its download, and removed again. */
    @Test
    void aLargeSafetensorsFileIsUploadedForSofia() {
        signInAs("editor");
        openAsset("Sofia");
        browser.waitFor("vaadin-button.lora-models");
        browser.click(By.cssSelector("vaadin-button.lora-models"));
        browser.waitFor("vaadin-button.lora-add");
        browser.click(By.cssSelector("vaadin-button.lora-add"));
        browser.waitUntil(driver -> browser.deepText().contains("Add a LoRA to Sofia"));
        browser.driver().executeScript("""
                const data = 40 * 1024 * 1024;
                const json = new TextEncoder().encode('{"lora_unet_sofia.lora_down.weight":{"dtype":"U8","shape":[' + data
                    + '],"data_offsets":[0,' + data + ']}}');
                const bytes = new Uint8Array(8 + json.length + data);
                new DataView(bytes.buffer).setBigUint64(0, BigInt(json.length), true);
                bytes.set(json, 8);
                const upload = Array.from(document.querySelectorAll('vaadin-upload')).pop();
                const transfer = new DataTransfer();
                transfer.items.add(new File([bytes], 'sofia-v1.safetensors', {type: 'application/octet-stream'}));
                upload.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
                """);
        browser.waitUntil(driver -> browser.deepText().contains("LoRA added.") && browser.deepText().contains("sofia-v1 (1)"));
        assertThat(browser.deepText()).contains("Uploaded file", "Download for ComfyUI / AUTOMATIC1111");
        browser.screenshot("66-lora-uploaded-40-mb");
        browser.click(By.cssSelector("vaadin-button.lora-remove"));
        browser.waitUntil(driver -> browser.deepText().contains("No LoRA yet"));
    }

    /** With Replicate set up (a stub of its API here): the training dialog, consent to create the model, the training followed. */
    @Test
    void marcusIsTrainedOnReplicateAndTheTrainingCanBeFollowedAndCancelled() {
        WireMockServer replicate = new WireMockServer(options().dynamicPort());
        replicate.start();
        try {
            stubReplicate(replicate);
            replicate(true, replicate.baseUrl() + "/v1");
            signInAs("editor");
            openAsset("Marcus");
            trainOnReplicate();
            browser.waitUntil(driver -> browser.deepText().contains("does not exist on Replicate yet."));
            browser.click(By.cssSelector("vaadin-checkbox.create-model"));
            browser.screenshot("64-lora-train-on-replicate");
            browser.click(By.xpath("//vaadin-button[normalize-space()='Start paid training']"));
            browser.waitUntil(driver -> browser.deepText().contains("Training started"));

            browser.click(By.cssSelector("vaadin-button.lora-models"));
            browser.waitUntil(driver -> browser.deepText().contains("Trainings on Replicate") && browser.deepText().contains("450/1000"));
            browser.screenshot("65-lora-training-followed");
            replicate.verify(1, postRequestedFor(urlEqualTo(START)));
            browser.click(By.cssSelector("vaadin-button.training-cancel"));
            browser.waitUntil(driver -> browser.deepText().contains("Cancelled at Replicate"));
        } finally {
            replicate(false, null);
            replicate.stop();
        }
    }

    /** Export for LoRA training, the Replicate format, Train on Replicate. */
    private void trainOnReplicate() {
        browser.waitFor("vaadin-button.lora-export");
        browser.click(By.cssSelector("vaadin-button.lora-export"));
        browser.waitFor("vaadin-select.lora-format");
        browser.driver().executeScript("document.querySelector('vaadin-select.lora-format').opened = true");
        browser.waitUntil(driver -> !driver.findElements(By.xpath("//vaadin-select-item[contains(., 'Replicate')]")).isEmpty());
        browser.driver().findElement(By.xpath("//vaadin-select-item[contains(., 'Replicate')]")).click();
        browser.waitFor("vaadin-button.lora-train");
        browser.click(By.cssSelector("vaadin-button.lora-train"));
    }

    private static void stubReplicate(WireMockServer replicate) {
        replicate.stubFor(get("/v1/account").willReturn(okJson("{\"type\":\"organization\",\"username\":\"thresho-studio\"}")));
        replicate.stubFor(get(urlMatching("/v1/models/thresho-studio/.*")).willReturn(aResponse().withStatus(404)
                .withBody("{\"detail\":\"Not found.\",\"status\":404}")));
        replicate.stubFor(post("/v1/models").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"owner\":\"thresho-studio\",\"name\":\"marcus-lora\"}")));
        replicate.stubFor(get("/v1/models/ostris/flux-dev-lora-trainer").willReturn(okJson("{\"owner\":\"ostris\","
                + "\"name\":\"flux-dev-lora-trainer\",\"latest_version\":{\"id\":\"" + TRAINER_VERSION + "\"}}")));
        replicate.stubFor(post("/v1/files").willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":\"f1\",\"urls\":{\"get\":\"https://api.replicate.com/v1/files/f1/download\"}}")));
        String training = "{\"id\":\"t1e2e\",\"status\":\"processing\",\"destination\":\"thresho-studio/marcus-lora\","
                + "\"logs\":\"loading FLUX.1-dev\\nflux_train_replicate:  45%|####5     | 450/1000 [10:02<12:16,  1.34s/it]\"}";
        replicate.stubFor(post(START).willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(training)));
        replicate.stubFor(get("/v1/trainings/t1e2e").willReturn(okJson(training)));
        replicate.stubFor(post("/v1/trainings/t1e2e/cancel").willReturn(okJson(training.replace("processing", "canceled"))));
    }

    private void replicate(boolean on, String baseUrl) {
        SystemAuthentication.runAsSystem(() -> {
            if (!on) {
                settings.setCredential(ReplicateProvider.ID, "");
            }
            ProviderSetup current = settings.all().stream().filter(setup -> setup.providerId().equals(ReplicateProvider.ID)).findFirst()
                    .orElseThrow();
            ProviderSetup next = new ProviderSetup(ReplicateProvider.ID, current.name(), on, baseUrl, null, "", current.concurrencyLimit(),
                    false, current.defaults(), current.lockVersion());
            if (on) {
                settings.save(next, "r8-e2e");
            } else {
                settings.save(next);
            }
        });
    }
}
