package studio.thresho.lora;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.BlobStore;
import studio.thresho.media.MediaRejectedException;
import studio.thresho.media.MediaVariant;
import studio.thresho.provider.automatic.Automatic1111Provider;
import studio.thresho.provider.comfyui.ComfyUiProvider;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

@IntegrationTest
class LoraModelServiceTest {

    static final String REPLICATE_VERSION = "studio/marcus-flux:" + "a1b2c3d4".repeat(8);

    @Autowired
    LoraModelService loras;
    @Autowired
    AssetService assets;
    @Autowired
    BlobStore blobs;
    @Autowired
    Workspace workspace;
    @Autowired
    ProviderSettingsService settings;
    @Autowired
    TestLogins logins;
    @Autowired
    LoraModelMediaReferences references;
    @Value("${thresho.media-dir}")
    Path mediaDir;

    private WireMockServer engine;
    private String configured;
    private AssetDetail marcus;

    @BeforeEach
    void marcus() {
        engine = new WireMockServer(options().dynamicPort());
        engine.start();
        workspace.editorInNewProject("LoRA models");
        marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male, mid-30s")));
    }

    @AfterEach
    void switchOff() {
        if (configured != null) {
            logins.loginAs(TestLogins.ADMIN);
            ProviderSetup current = setup(configured);
            settings.save(new ProviderSetup(configured, current.name(), false, null, null, "", current.concurrencyLimit(), false,
                    current.defaults(), current.lockVersion()));
        }
        engine.stop();
        TestLogins.logout();
    }

    private ProviderSetup setup(String providerId) {
        return settings.all().stream().filter(candidate -> candidate.providerId().equals(providerId)).findFirst().orElseThrow();
    }

    /** Enables the engine against the stub, as an administrator would. */
    static void enableEngine(ProviderSettingsService settings, TestLogins logins, String providerId, String baseUrl) {
        logins.loginAs(TestLogins.ADMIN);
        ProviderSetup current = settings.all().stream().filter(candidate -> candidate.providerId().equals(providerId)).findFirst().orElseThrow();
        settings.save(new ProviderSetup(providerId, current.name(), true, baseUrl, null, "", current.concurrencyLimit(), false,
                current.defaults(), current.lockVersion()));
        logins.loginAs(TestLogins.EDITOR);
    }

    private void enable(String providerId) {
        configured = providerId;
        enableEngine(settings, logins, providerId, engine.baseUrl());
    }

    private static LoraSettings settings(String trigger, String weight, String trainedFrom) {
        return new LoraSettings(null, trigger, weight == null ? null : new BigDecimal(weight), "flux-dev", trainedFrom);
    }

    private static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    @Test
    void anUploadedLoraIsStoredUnderItsHashAndKeptFromTheSweep() throws IOException {
        LoraModel model = loras.upload(marcus.lineageId(), "marcus-v2.safetensors", stream(Safetensors.kohyaLora()),
                settings("mrcsx", "0.8", null));

        assertThat(model.kind()).isEqualTo(LoraKind.UPLOAD);
        assertThat(model.name()).isEqualTo("marcus-v2");
        assertThat(model.shortLabel()).isEqualTo("marcus-v2 (0.8)");
        assertThat(model.triggerWord()).isEqualTo("mrcsx");
        assertThat(model.trainedFromVersion()).isEqualTo(marcus.version());
        assertThat(model.fileSize()).isEqualTo(Safetensors.kohyaLora().length);
        try (InputStream stored = blobs.open(model.mediaKey(), MediaVariant.ORIGINAL)) {
            assertThat(stored.readAllBytes()).isEqualTo(Safetensors.kohyaLora());
        }
        assertThat(references.referenced(List.of(model.mediaKey(), "0".repeat(64)))).containsExactly(model.mediaKey());
        assertThat(loras.ofTalent(marcus.lineageId())).extracting(LoraModel::id).containsExactly(model.id());
        assertThat(loras.upload(marcus.lineageId(), "peft.safetensors", stream(Safetensors.peftLora()), settings(null, null, null)).name())
                .isEqualTo("peft");
    }

    @Test
    void eachBadHeaderIsRefusedWithItsReasonAndNothingIsStored() throws IOException {
        byte[] json = "{\"a.lora_up.weight\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}".getBytes(StandardCharsets.UTF_8);
        Map<byte[], String> bad = Map.of(
                new byte[] {1, 2, 3}, "shorter than the 8-byte header length",
                Safetensors.withLength(1L << 40, json, 4), "header length",
                Safetensors.withLength(json.length, "{not json at all, really}xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
                        .substring(0, json.length).getBytes(StandardCharsets.UTF_8), 4), "not valid JSON",
                Safetensors.file("[1,2]", 0), "not a JSON object",
                Safetensors.file("{\"a.lora_up.weight\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,400]}}", 4), "outside the file",
                Safetensors.file("{\"a.lora_up.weight\":{\"dtype\":\"F32\",\"shape\":[1]}}", 4), "no data offsets",
                Safetensors.file("{\"model.diffusion.conv_in.weight\":{\"dtype\":\"F32\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4),
                "is not a LoRA weight",
                Safetensors.file("{\"lora_unet_x.alpha\":{\"dtype\":\"F32\",\"shape\":[],\"data_offsets\":[0,4]}}", 4), "no LoRA weights");
        long before = storedFiles();
        for (Map.Entry<byte[], String> file : bad.entrySet()) {
            assertThatThrownBy(() -> loras.upload(marcus.lineageId(), "bad.safetensors", stream(file.getKey()), settings(null, null, null)))
                    .isInstanceOf(MediaRejectedException.class).hasMessageContaining(file.getValue());
        }
        assertThatThrownBy(() -> loras.upload(marcus.lineageId(), "marcus.ckpt", stream(Safetensors.kohyaLora()), settings(null, null, null)))
                .isInstanceOf(UserFacingException.class).hasMessage("Upload a .safetensors file.");
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(loras.ofTalent(marcus.lineageId())).isEmpty();
    }

    private long storedFiles() throws IOException {
        Path originals = mediaDir.resolve("originals");
        if (!Files.isDirectory(originals)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(originals)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void aReplicateVersionAndAWeightsUrlAreCheckedAndRecorded() {
        LoraModel trained = loras.addReplicateVersion(marcus.lineageId(), REPLICATE_VERSION, settings("mrcsx", "0.9", null));
        assertThat(trained.kind()).isEqualTo(LoraKind.REPLICATE);
        assertThat(trained.name()).isEqualTo("marcus-flux");
        assertThat(trained.source()).isEqualTo(REPLICATE_VERSION);
        LoraModel url = loras.addWeightsUrl(marcus.lineageId(), "https://huggingface.co/studio/marcus/resolve/main/marcus.safetensors",
                settings(null, "1.2", null));
        assertThat(url.kind()).isEqualTo(LoraKind.URL);
        assertThat(url.name()).isEqualTo("marcus");

        assertThatThrownBy(() -> loras.addReplicateVersion(marcus.lineageId(), "studio/marcus", settings(null, null, null)))
                .hasMessageContaining("owner/name:version");
        assertThatThrownBy(() -> loras.addWeightsUrl(marcus.lineageId(), "http://example.com/x.safetensors", settings(null, null, null)))
                .hasMessageContaining("https://");
        assertThatThrownBy(() -> loras.addReplicateVersion(marcus.lineageId(), REPLICATE_VERSION, settings("woman", null, null)))
                .hasMessageContaining("common word");
        assertThatThrownBy(() -> loras.addReplicateVersion(marcus.lineageId(), REPLICATE_VERSION, settings(null, "2.5", null)))
                .hasMessageContaining("between -2 and 2");
        assertThat(loras.ofTalent(marcus.lineageId())).hasSize(2);
        loras.remove(trained.id());
        assertThat(loras.ofTalent(marcus.lineageId())).extracting(LoraModel::id).containsExactly(url.id());
    }

    @Test
    void anEngineLoraIsPickedFromTheEnginesOwnList() {
        engine.stubFor(get("/models/loras").willReturn(okJson("[\"marcus_v1.safetensors\",\"people/dana.safetensors\"]")));
        enable(ComfyUiProvider.ID);

        assertThat(loras.engines()).extracting(InstalledLorasId::of).contains(ComfyUiProvider.ID);
        assertThat(loras.engineLoras(ComfyUiProvider.ID)).containsExactly("marcus_v1.safetensors", "people/dana.safetensors");
        LoraModel picked = loras.addEngineLora(marcus.lineageId(), ComfyUiProvider.ID, "people/dana.safetensors", settings(null, "0.7", null));
        assertThat(picked.kind()).isEqualTo(LoraKind.ENGINE);
        assertThat(picked.provider()).isEqualTo(ComfyUiProvider.ID);
        assertThat(picked.source()).isEqualTo("people/dana.safetensors");
        assertThat(picked.name()).isEqualTo("dana");
        assertThatThrownBy(() -> loras.addEngineLora(marcus.lineageId(), ComfyUiProvider.ID, "other.safetensors", settings(null, null, null)))
                .hasMessageContaining("has no LoRA named other.safetensors");
    }

    @Test
    void automatic1111ListsItsLorasByName() {
        engine.stubFor(get("/sdapi/v1/loras").willReturn(okJson("[{\"name\":\"marcus_v1\",\"alias\":\"marcus_v1\",\"path\":\"/m/marcus_v1.safetensors\"}]")));
        enable(Automatic1111Provider.ID);
        assertThat(loras.engineLoras(Automatic1111Provider.ID)).containsExactly("marcus_v1");
    }

    @Test
    void aLoraFromAnOlderMajorVersionIsFlagged() {
        LoraModel model = loras.addReplicateVersion(marcus.lineageId(), REPLICATE_VERSION, settings(null, null, "v0.9.0"));
        assertThat(model.trainedFromVersion()).isEqualTo("0.9.0");
        assertThat(LoraModelService.outdated("1.1.0", "2.0.0")).contains("trained from v1.1.0; the talent is now v2.0.0");
        assertThat(LoraModelService.outdated("2.0.0", "2.3.1")).isEmpty();
        assertThat(model.outdated()).contains("trained from v0.9.0; the talent is now v1.0.0");
        assertThat(loras.ofTalent(marcus.lineageId()).getFirst().outdated()).contains("trained from v0.9.0; the talent is now v1.0.0");
        assertThat(loras.addReplicateVersion(marcus.lineageId(), REPLICATE_VERSION, settings(null, null, null)).outdated()).isEmpty();
    }

    /** The provider id of an engine, for the assertion above. */
    private interface InstalledLorasId {
        static String of(studio.thresho.provider.InstalledLoras engine) {
            return engine.id();
        }
    }

    @Autowired
    studio.thresho.asset.AssetLifecycleService lifecycle;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void deletingTheTalentDeletesItsLoras() {
        loras.addReplicateVersion(marcus.lineageId(), REPLICATE_VERSION, settings("mrcsx", "0.9", null));

        lifecycle.delete(marcus.lineageId());

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM lora_models WHERE lineage_id = ?", Long.class, marcus.lineageId().toString()))
                .isZero();
    }
}
