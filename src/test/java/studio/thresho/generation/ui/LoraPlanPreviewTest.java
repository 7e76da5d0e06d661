package studio.thresho.generation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.generation.Slot;
import studio.thresho.lora.LoraModelService;
import studio.thresho.lora.LoraSettings;
import studio.thresho.provider.comfyui.ComfyUiProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;
import studio.thresho.testsupport.Workspace;

/** FR-10.3 on the Generate page: the talent's LoRA is listed in the plan preview with a switch. */
class LoraPlanPreviewTest extends KaribuTest {

    @Autowired
    AssetService assets;
    @Autowired
    LoraModelService loras;
    @Autowired
    ProviderSettingsService settings;
    @Autowired
    Workspace workspace;

    private final String token = "lp" + UUID.randomUUID().toString().replace("-", "").substring(0, 6);
    private final WireMockServer comfy = new WireMockServer(options().dynamicPort());

    private void enableComfyUi(boolean on) {
        logins.loginAs(TestLogins.ADMIN);
        ProviderSetup current = settings.all().stream().filter(setup -> setup.providerId().equals(ComfyUiProvider.ID)).findFirst().orElseThrow();
        settings.save(new ProviderSetup(ComfyUiProvider.ID, current.name(), on, on ? comfy.baseUrl() : null, null, "", current.concurrencyLimit(),
                false, current.defaults(), current.lockVersion()));
        logins.loginAs(TestLogins.EDITOR);
    }

    @AfterEach
    void switchOff() {
        enableComfyUi(false);
        comfy.stop();
    }

    @Test
    void thePlanPreviewListsTheTalentsLoraWithASwitch() {
        comfy.start();
        comfy.stubFor(get("/models/loras").willReturn(okJson("[\"marcus-v2.safetensors\"]")));
        workspace.editorInNewProject("LoRA preview");
        AssetDetail marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus " + token, Map.of("physical_description", "Black male")));
        enableComfyUi(true);
        loras.addEngineLora(marcus.lineageId(), ComfyUiProvider.ID, "marcus-v2.safetensors",
                new LoraSettings("marcus-v2", "mrcsx", new BigDecimal("0.8"), null, null));

        UI.getCurrent().navigate("generate");
        GenerateView view = _get(GenerateView.class);
        view.provider.setValue(view.provider.getListDataView().getItems().filter(p -> p.id().equals(ComfyUiProvider.ID)).findFirst().orElseThrow());
        view.openSelector(Slot.TALENT);
        AssetSelectorDialog dialog = _get(AssetSelectorDialog.class);
        dialog.search.setValue(token);
        _find(Checkbox.class).stream().filter(box -> box.getAriaLabel().orElse("").equals("Select Marcus " + token)).findFirst().orElseThrow()
                .setValue(true);
        dialog.confirm();

        Checkbox lora = _get(Checkbox.class, spec -> spec.withClasses("plan-addition"));
        assertThat(lora.getLabel()).isEqualTo("LoRA marcus-v2 (0.8)");
        assertThat(lora.getValue()).isTrue();
        assertThat(view.prompt.getValue()).contains("Marcus " + token + " (mrcsx)");

        lora.setValue(false);
        assertThat(view.prompt.getValue()).doesNotContain("mrcsx");
        assertThat(_get(Checkbox.class, spec -> spec.withClasses("plan-addition")).getValue()).isFalse();
    }
}
