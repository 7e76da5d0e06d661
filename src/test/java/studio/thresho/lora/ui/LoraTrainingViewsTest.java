package studio.thresho.lora.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.lora.LoraFormat;
import studio.thresho.lora.LoraKind;
import studio.thresho.lora.LoraModelService;
import studio.thresho.lora.LoraTalents;
import studio.thresho.lora.LoraTraining;
import studio.thresho.lora.LoraTrainingService;
import studio.thresho.lora.Safetensors;
import studio.thresho.lora.TrainingStatus;
import studio.thresho.media.MediaService;
import studio.thresho.provider.replicate.ReplicateProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;

/** Uploading a LoRA file, switching it off, downloading it for an engine; training on Replicate from the export dialog. */
class LoraTrainingViewsTest extends KaribuTest {

    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    LoraModelService loras;
    @Autowired
    LoraTrainingService trainings;
    @Autowired
    ProviderSettingsService settings;
    @Autowired
    Workspace workspace;

    private WireMockServer replicate;

    @AfterEach
    void switchOff() {
        if (replicate != null) {
            logins.loginAs(TestLogins.ADMIN);
            settings.setCredential(ReplicateProvider.ID, "");
            ProviderSetup current = setup();
            settings.save(new ProviderSetup(ReplicateProvider.ID, current.name(), false, null, null, "", current.concurrencyLimit(), false,
                    current.defaults(), current.lockVersion()));
            replicate.stop();
            context.getBean("loraTrainingJobs", SmartLifecycle.class).start();
        }
    }

    private ProviderSetup setup() {
        return settings.all().stream().filter(candidate -> candidate.providerId().equals(ReplicateProvider.ID)).findFirst().orElseThrow();
    }

    private LoraModelsDialog openLoras(AssetDetail talent) {
        UI.getCurrent().navigate("asset/" + talent.lineageId());
        _click(_get(Button.class, spec -> spec.withClasses("lora-models")));
        return _get(LoraModelsDialog.class);
    }

    @Test
    void anEditorUploadsASafetensorsFileSwitchesItOffAndCanDownloadItForAnEngine() {
        workspace.editorInNewProject("LoRA upload");
        AssetDetail marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male")));
        LoraModelsDialog panel = openLoras(marcus);
        _click(panel.add);
        AddLoraDialog add = _get(AddLoraDialog.class);
        assertThat(add.kind.getValue()).as("no engine is set up").isEqualTo(LoraKind.UPLOAD);
        add.trigger.setValue("mrcsx");

        UploadKt._upload(add.upload, "not-a-lora.safetensors", new byte[] {1, 2, 3});
        MockVaadin.clientRoundtrip(false);
        assertThat(loras.ofTalent(marcus.lineageId())).isEmpty();

        UploadKt._upload(add.upload, "marcus-v2.safetensors", Safetensors.kohyaLora());
        MockVaadin.clientRoundtrip(false);

        assertThat(_find(AddLoraDialog.class)).isEmpty();
        assertThat(loras.ofTalent(marcus.lineageId())).singleElement().satisfies(lora -> assertThat(lora.kind()).isEqualTo(LoraKind.UPLOAD));
        assertThat(panel.rows.getElement().getTextRecursively()).contains("marcus-v2 (1)").contains("trigger mrcsx");
        Anchor download = _get(panel, Anchor.class, spec -> spec.withClasses("lora-download-file"));
        assertThat(download.getText()).isEqualTo("Download for ComfyUI / AUTOMATIC1111");

        _click(_get(panel, Button.class, spec -> spec.withClasses("lora-switch")));
        assertThat(panel.rows.getElement().getTextRecursively()).contains("switched off: not used in generations");
        assertThat(loras.ofTalent(marcus.lineageId()).getFirst().active()).isFalse();
        _click(_get(panel, Button.class, spec -> spec.withClasses("lora-switch")));
        assertThat(loras.ofTalent(marcus.lineageId()).getFirst().active()).isTrue();
    }

    @Test
    void trainOnReplicateAsksToCreateTheDestinationSpellsOutThePaidRequestAndListsTheTraining() {
        context.getBean("loraTrainingJobs", SmartLifecycle.class).stop();
        replicate = new WireMockServer(options().dynamicPort());
        replicate.start();
        replicate.stubFor(get("/v1/account").willReturn(okJson("{\"type\":\"organization\",\"username\":\"thresho-studio\"}")));
        replicate.stubFor(get(urlMatching("/v1/models/thresho-studio/.*")).willReturn(aResponse().withStatus(404)
                .withBody("{\"detail\":\"Not found.\",\"status\":404}")));
        workspace.editorInNewProject("LoRA training dialog");
        AssetDetail marcus = LoraTalents.withSheet(assets, media, workspace, "Marcus Trainee", 41);
        logins.loginAs(TestLogins.ADMIN);
        ProviderSetup current = setup();
        settings.save(new ProviderSetup(ReplicateProvider.ID, current.name(), true, replicate.baseUrl() + "/v1", null, "",
                current.concurrencyLimit(), false, current.defaults(), current.lockVersion()), "r8-dialog");
        logins.loginAs(TestLogins.EDITOR);

        UI.getCurrent().navigate("asset/" + marcus.lineageId());
        _click(_get(Button.class, spec -> spec.withClasses("lora-export")));
        LoraExportDialog export = _get(LoraExportDialog.class);
        assertThat(export.train.isVisible()).isFalse();
        export.format.setValue(LoraFormat.REPLICATE);
        assertThat(export.train.isVisible()).isTrue();
        _click(export.train);

        TrainOnReplicateDialog train = _get(TrainOnReplicateDialog.class);
        assertThat(train.destination.getValue()).isEqualTo("thresho-studio/" + marcus.slug() + "-lora");
        assertThat(train.destinationState.getText()).endsWith("does not exist on Replicate yet.");
        assertThat(train.createModel.isVisible()).isTrue();
        assertThat(train.createModel.getLabel()).isEqualTo("Create thresho-studio/" + marcus.slug() + "-lora as a private model");
        assertThat(train.paid.getText()).contains("one paid request to Replicate").contains("sent once");
        _click(train.primaryButton());
        assertThat(train.errorText()).contains("does not exist on Replicate yet: confirm that it is created (private)");

        train.createModel.setValue(true);
        _click(train.primaryButton());

        assertThat(_find(TrainOnReplicateDialog.class)).isEmpty();
        LoraTraining training = trainings.ofTalent(marcus.lineageId()).getFirst();
        assertThat(training.status()).isEqualTo(TrainingStatus.QUEUED);
        assertThat(training.createModel()).isTrue();
        replicate.verify(0, postRequestedFor(urlMatching("/v1/.*")));

        export.close();
        LoraModelsDialog panel = openLoras(marcus);
        assertThat(panel.trainings.getElement().getTextRecursively()).contains("Queued").contains("thresho-studio/" + marcus.slug()
                + "-lora on Replicate").contains("from v" + marcus.version());
        _click(_get(panel.trainings, Button.class, spec -> spec.withClasses("training-cancel")));
        assertThat(_find(panel.trainings, Button.class, spec -> spec.withClasses("training-cancel"))).isEmpty();
        assertThat(trainings.ofTalent(marcus.lineageId()).getFirst().cancelRequested()).isTrue();
    }

    @Test
    void withoutAReplicateTokenTrainingSaysWhatIsMissingInsteadOfOpening() {
        workspace.editorInNewProject("LoRA training without Replicate");
        AssetDetail marcus = LoraTalents.withSheet(assets, media, workspace, "Marcus Untrained", 51);
        UI.getCurrent().navigate("asset/" + marcus.lineageId());
        _click(_get(Button.class, spec -> spec.withClasses("lora-export")));
        LoraExportDialog export = _get(LoraExportDialog.class);
        export.format.setValue(LoraFormat.REPLICATE);

        _click(export.train);

        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications(LoraTrainingService.NOT_SET_UP);
        assertThat(_find(TrainOnReplicateDialog.class)).isEmpty();
    }
}
