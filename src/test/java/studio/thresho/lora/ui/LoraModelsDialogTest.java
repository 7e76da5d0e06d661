package studio.thresho.lora.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.lora.LoraKind;
import studio.thresho.lora.LoraModel;
import studio.thresho.lora.LoraModelService;
import studio.thresho.provider.comfyui.ComfyUiProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;

class LoraModelsDialogTest extends KaribuTest {

    @Autowired
    AssetService assets;
    @Autowired
    LoraModelService loras;
    @Autowired
    ProviderSettingsService settings;
    @Autowired
    Workspace workspace;

    private WireMockServer comfy;

    @AfterEach
    void switchOff() {
        if (comfy != null) {
            logins.loginAs(TestLogins.ADMIN);
            ProviderSetup current = settings.all().stream().filter(setup -> setup.providerId().equals(ComfyUiProvider.ID)).findFirst().orElseThrow();
            settings.save(new ProviderSetup(ComfyUiProvider.ID, current.name(), false, null, null, "", current.concurrencyLimit(), false,
                    current.defaults(), current.lockVersion()));
            comfy.stop();
        }
    }

    @Test
    void anEditorAddsALoraFromComfyUisOwnListAndRemovesIt() {
        comfy = new WireMockServer(options().dynamicPort());
        comfy.start();
        comfy.stubFor(get("/models/loras").willReturn(okJson("[\"marcus_v1.safetensors\",\"dana.safetensors\"]")));
        workspace.editorInNewProject("LoRA models dialog");
        AssetDetail marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male")));
        logins.loginAs(TestLogins.ADMIN);
        ProviderSetup current = settings.all().stream().filter(setup -> setup.providerId().equals(ComfyUiProvider.ID)).findFirst().orElseThrow();
        settings.save(new ProviderSetup(ComfyUiProvider.ID, current.name(), true, comfy.baseUrl(), null, "", current.concurrencyLimit(), false,
                current.defaults(), current.lockVersion()));
        logins.loginAs(TestLogins.EDITOR);
        UI.getCurrent().navigate("asset/" + marcus.lineageId());

        _click(_get(Button.class, spec -> spec.withClasses("lora-models")));
        LoraModelsDialog panel = _get(LoraModelsDialog.class);
        assertThat(panel.rows.getElement().getTextRecursively()).contains("No LoRA yet");
        _click(panel.add);
        AddLoraDialog add = _get(AddLoraDialog.class);
        assertThat(add.kind.getValue()).isEqualTo(LoraKind.ENGINE);
        assertThat(add.engine.getValue().id()).isEqualTo(ComfyUiProvider.ID);
        assertThat(add.engineLora.getListDataView().getItems()).containsExactly("marcus_v1.safetensors", "dana.safetensors");
        add.engineLora.setValue("marcus_v1.safetensors");
        add.trigger.setValue("mrcsx");
        add.weight.setValue(new BigDecimal("0.8"));
        _click(add.primaryButton());

        assertThat(add.errorText()).isEmpty();
        assertThat(_find(AddLoraDialog.class)).isEmpty();
        assertThat(panel.rows.getElement().getTextRecursively()).contains("marcus_v1 (0.8)").contains("trigger mrcsx")
                .contains("marcus_v1.safetensors");
        LoraModel added = loras.ofTalent(marcus.lineageId()).getFirst();
        assertThat(added.provider()).isEqualTo(ComfyUiProvider.ID);

        _click(_get(panel, Button.class, spec -> spec.withClasses("lora-remove")));
        assertThat(loras.ofTalent(marcus.lineageId())).isEmpty();
        assertThat(panel.rows.getElement().getTextRecursively()).contains("No LoRA yet");
    }

    @Test
    void aViewerSeesTheLorasButCannotAdd() {
        workspace.editorInNewProject("LoRA models viewer");
        AssetDetail marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male")));
        loras.addWeightsUrl(marcus.lineageId(), "https://example.com/marcus.safetensors",
                new studio.thresho.lora.LoraSettings(null, "mrcsx", null, null, "0.5.0"));
        logins.loginAs(TestLogins.VIEWER);
        UI.getCurrent().navigate("asset/" + marcus.lineageId());

        Button open = _get(Button.class, spec -> spec.withClasses("lora-models"));
        assertThat(open.getText()).isEqualTo("LoRA models (1) ⚠");
        assertThat(open.getTooltip().getText()).isEqualTo("marcus was trained from v0.5.0; the talent is now v1.0.0");
        _click(open);
        LoraModelsDialog panel = _get(LoraModelsDialog.class);
        assertThat(panel.add.isVisible()).isFalse();
        assertThat(panel.rows.getElement().getTextRecursively()).contains("marcus (1)").contains("trained from v0.5.0; the talent is now v1.0.0");
        assertThat(_find(panel, Button.class, spec -> spec.withClasses("lora-remove"))).isEmpty();
    }
}
