package studio.thresho.lora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.VersionRequest;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaService;
import studio.thresho.media.TestImages;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class LoraExportServiceTest {

    @Autowired
    LoraExportService exports;
    @Autowired
    AssetService assets;
    @Autowired
    MediaService media;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LoraMediaReferences references;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void signIn() {
        workspace.editorInNewProject("LoRA export");
    }

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    private AssetDetail talent(String name, long seed) {
        return LoraTalents.withSheet(assets, media, workspace, name, seed);
    }

    private byte[] export(LoraExportRequest... requests) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(List.of(requests), out, () -> false);
        return out.toByteArray();
    }

    private static LoraExportRequest request(AssetDetail talent, LoraFormat format) {
        return new LoraExportRequest(talent.lineageId(), null, format, "mrcsx", null, 1024, Set.of(), Map.of());
    }

    @Test
    void kohyaHasTheRepeatsFolderSameNameCaptionsTheTomlAndMultiplyTxt() throws IOException {
        AssetDetail marcus = talent("Marcus Lora", 11);

        Map<String, byte[]> zip = LoraZips.read(export(request(marcus, LoraFormat.KOHYA)));

        String folder = "img/38_mrcsx man/";
        assertThat(zip.keySet()).containsExactly(folder + "marcus-lora-01-headshot.jpg", folder + "marcus-lora-01-headshot.txt",
                folder + "marcus-lora-02-front-face.jpg", folder + "marcus-lora-02-front-face.txt",
                folder + "marcus-lora-03-profile-left.jpg", folder + "marcus-lora-03-profile-left.txt",
                folder + "marcus-lora-04-back.jpg", folder + "marcus-lora-04-back.txt",
                folder + "multiply.txt", "kohya.toml", "metadata.json", "training-notes.md");
        assertThat(LoraZips.text(zip, folder + "marcus-lora-01-headshot.txt")).isEqualTo("mrcsx man, headshot");
        assertThat(LoraZips.text(zip, folder + "marcus-lora-03-profile-left.txt"))
                .isEqualTo("mrcsx man, profile left, black apron over a white t-shirt, grey background");
        assertThat(LoraZips.text(zip, folder + "multiply.txt")).isEqualTo("38");
        assertThat(LoraZips.text(zip, "kohya.toml")).contains("train_data_dir = \"img\"", "caption_extension = \".txt\"", "keep_tokens = 1",
                "network_dim = 16", "network_alpha = 8", "learning_rate = 1e-4", "max_train_steps = 1600", "resolution = \"1024,1024\"");
        assertThat(size(zip.get(folder + "marcus-lora-01-headshot.jpg"))).isEqualTo(new int[] {1024, 768});
        assertThat(size(zip.get(folder + "marcus-lora-02-front-face.jpg"))).as("never scaled up").isEqualTo(new int[] {300, 400});

        JsonNode metadata = json.readTree(LoraZips.text(zip, "metadata.json"));
        assertThat(metadata.path("version").path("number").asString()).isEqualTo("1.0.0");
        assertThat(metadata.path("talent").path("attributes").path("hair").asString()).isEqualTo("Short natural curls");
        assertThat(metadata.path("imageCount").asInt()).isEqualTo(4);
        assertThat(metadata.path("images").get(2).path("provenance").path("sheetView").asString()).isEqualTo("profile_left");
        assertThat(metadata.path("images").get(2).path("provenance").path("mediaSha256").asString())
                .isEqualTo(marcus.imagesOf(ImageType.CHARACTER_SHEET).stream().filter(i -> i.slot() == SheetSlot.PROFILE_LEFT).findFirst().orElseThrow().mediaKey());
        assertThat(LoraZips.text(zip, "training-notes.md")).contains("fewer than 10", "Do not mirror", "tattoo on right forearm");
    }

    @Test
    void aiToolkitIsOneFlatFolderWithThePlaceholderAndAYamlConfig() throws IOException {
        AssetDetail marcus = talent("Marcus Toolkit", 21);
        AssetImageView shop = marcus.imagesOf(ImageType.REFERENCE).getFirst();
        LoraExportRequest request = new LoraExportRequest(marcus.lineageId(), null, LoraFormat.AI_TOOLKIT, "mrcsx", SubjectClass.PERSON, null,
                Set.of(shop.id()), Map.of());

        Map<String, byte[]> zip = LoraZips.read(export(request));

        assertThat(zip.keySet()).allMatch(path -> !path.contains("/") || path.startsWith("dataset/") && path.indexOf('/') == path.lastIndexOf('/'))
                .contains("dataset/marcus-toolkit-05-reference-1.jpg", "dataset/marcus-toolkit-04-back.jpg", "config.yaml", "metadata.json");
        assertThat(LoraZips.text(zip, "dataset/marcus-toolkit-05-reference-1.txt")).isEqualTo("[trigger] person, at the shop window");
        assertThat(LoraZips.text(zip, "config.yaml")).contains("trigger_word: \"mrcsx\"", "folder_path: \"dataset\"", "steps: 2000",
                "lr: 1e-4", "linear: 16", "caption_dropout_rate: 0.05", "resolution: [512, 768, 1024]");
        assertThat(zip.get("dataset/marcus-toolkit-02-front-face.png")).as("kept original")
                .isEqualTo(originalOf(marcus, SheetSlot.FRONT_FACE));
        assertThat(zip.keySet()).as("ai-toolkit reads no GIF: encoded again").noneMatch(path -> path.endsWith(".gif"));
    }

    @Test
    void replicateAndCivitaiKeepEverythingAtTheRoot() throws IOException {
        AssetDetail marcus = talent("Marcus Cloud", 31);

        Map<String, byte[]> replicate = LoraZips.read(export(request(marcus, LoraFormat.REPLICATE)));
        Map<String, byte[]> civitai = LoraZips.read(export(request(marcus, LoraFormat.CIVITAI)));

        assertThat(replicate.keySet()).noneMatch(path -> path.contains("/")).contains("marcus-cloud-01-headshot.jpg",
                "marcus-cloud-01-headshot.txt", "replicate.json");
        JsonNode inputs = json.readTree(LoraZips.text(replicate, "replicate.json"));
        assertThat(inputs.path("flux").path("trainer").asString()).isEqualTo("ostris/flux-dev-lora-trainer");
        assertThat(inputs.path("flux").path("input").path("trigger_word").asString()).isEqualTo("mrcsx");
        assertThat(inputs.path("flux").path("input").path("steps").asInt()).isEqualTo(1000);
        assertThat(inputs.path("flux").path("input").path("learning_rate").asDouble()).isEqualTo(4e-4);
        assertThat(inputs.path("flux").path("input").path("lora_rank").asInt()).isEqualTo(16);
        assertThat(inputs.path("sdxl").path("input").path("token_string").asString()).isEqualTo("mrcsx");
        assertThat(inputs.path("sdxl").path("input").path("caption_prefix").asString()).contains("mrcsx");
        assertThat(inputs.path("sdxl").path("input").path("lora_rank").asInt()).isEqualTo(32);

        assertThat(civitai.keySet()).noneMatch(path -> path.contains("/"))
                .filteredOn(path -> !path.endsWith(".txt") && !path.endsWith(".json") && !path.endsWith(".md"))
                .hasSize(4).allMatch(path -> path.endsWith(".jpg") || path.endsWith(".png"));
        assertThat(LoraZips.text(civitai, "training-notes.md")).contains("4 images");
    }

    @Test
    void anEditedCaptionIsExportedAndKeptWithTheRecordedExport() throws IOException {
        AssetDetail marcus = talent("Marcus Edited", 41);
        LoraDataset planned = exports.plan(request(marcus, LoraFormat.KOHYA));
        DatasetImage back = planned.images().get(3);
        LoraExportRequest edited = request(marcus, LoraFormat.KOHYA).withCaptions(Map.of(back.imageId(), "mrcsx man, full body back, walking away"));

        Map<String, byte[]> zip = LoraZips.read(export(edited));

        assertThat(LoraZips.text(zip, "img/38_mrcsx man/marcus-edited-04-back.txt")).isEqualTo("mrcsx man, full body back, walking away");
        List<LoraExportSummary> history = exports.history(marcus.lineageId());
        assertThat(history).hasSize(1);
        LoraExportSummary row = history.getFirst();
        assertThat(row.format()).isEqualTo(LoraFormat.KOHYA);
        assertThat(row.imageCount()).isEqualTo(4);
        assertThat(row.version()).isEqualTo("1.0.0");
        assertThat(row.createdBy()).isNotNull();
        assertThat(row.editedCaptions()).isEqualTo(1);
        assertThat(row.captions().get(3).caption()).isEqualTo("mrcsx man, full body back, walking away");
        assertThat(row.captions().get(3).suggested()).isEqualTo("mrcsx man, full body back");
        assertThat(jdbc.queryForObject("SELECT asset_id FROM lora_exports WHERE id = ?", String.class, row.id().toString()))
                .isEqualTo(marcus.versionId().toString());
        assertThat(references.referenced(List.of(back.mediaKey(), "0".repeat(64)))).containsExactly(back.mediaKey());
    }

    @Test
    void badChoicesAreRefusedWithAMessageBeforeAnyByteIsWritten() {
        AssetDetail marcus = talent("Marcus Refused", 51);
        DatasetImage headshot = exports.plan(request(marcus, LoraFormat.KOHYA)).images().getFirst();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThatThrownBy(() -> exports.write(List.of(request(marcus, LoraFormat.KOHYA).withCaptions(Map.of(headshot.imageId(), "a man"))),
                out, () -> false)).isInstanceOf(UserFacingException.class).hasMessageContaining("must keep the trigger word");
        assertThatThrownBy(() -> exports.write(List.of(new LoraExportRequest(marcus.lineageId(), null, LoraFormat.KOHYA, "marcus lora", null,
                null, null, null)), out, () -> false)).hasMessageContaining("without spaces");
        assertThatThrownBy(() -> exports.write(List.of(new LoraExportRequest(marcus.lineageId(), null, LoraFormat.KOHYA, "mrcsx", null,
                null, Set.of(UUID.randomUUID()), null)), out, () -> false)).hasMessageContaining("ticked reference");
        assertThat(out.size()).isZero();
        assertThat(exports.history(marcus.lineageId())).isEmpty();
    }

    @Test
    void severalTalentsGoAsOneZipPerTalentAndARowEach() throws IOException {
        AssetDetail marcus = talent("Marcus Many", 61);
        AssetDetail sofia = talent("Sofia Many", 71);

        Map<String, byte[]> outer = LoraZips.read(export(request(marcus, LoraFormat.CIVITAI),
                new LoraExportRequest(sofia.lineageId(), null, LoraFormat.CIVITAI, "sfmx", SubjectClass.WOMAN, 1024, Set.of(), Map.of())));

        assertThat(outer.keySet()).containsExactly("marcus-many-lora-civitai.zip", "sofia-many-lora-civitai.zip");
        Map<String, byte[]> sofiaZip = LoraZips.read(outer.get("sofia-many-lora-civitai.zip"));
        assertThat(LoraZips.text(sofiaZip, "sofia-many-01-headshot.txt")).isEqualTo("sfmx woman, headshot");
        assertThat(exports.history(marcus.lineageId())).hasSize(1);
        assertThat(exports.history(sofia.lineageId())).singleElement()
                .satisfies(row -> assertThat(row.fileName()).isEqualTo("lora-civitai-2-talents.zip"));
    }

    @Test
    void aCancelStopsBeforeTheZipIsWholeAndRecordsNothing() {
        AssetDetail marcus = talent("Marcus Cancel", 81);

        assertThatThrownBy(() -> exports.write(List.of(request(marcus, LoraFormat.KOHYA)), new ByteArrayOutputStream(), () -> true))
                .isInstanceOf(IOException.class);
        assertThat(exports.history(marcus.lineageId())).isEmpty();
    }

    private byte[] originalOf(AssetDetail talent, SheetSlot slot) throws IOException {
        String key = talent.imagesOf(ImageType.CHARACTER_SHEET).stream().filter(image -> image.slot() == slot).findFirst().orElseThrow().mediaKey();
        try (var in = media.open(key, studio.thresho.media.MediaVariant.ORIGINAL).orElseThrow().bytes()) {
            return in.readAllBytes();
        }
    }

    private static int[] size(byte[] image) throws IOException {
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
        return new int[] {decoded.getWidth(), decoded.getHeight()};
    }
}
