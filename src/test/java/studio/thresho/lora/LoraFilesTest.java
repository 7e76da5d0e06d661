package studio.thresho.lora;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetService;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaReferences;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;
import studio.thresho.testsupport.Workspace;

/** An uploaded LoRA's file: streamed whatever its size, downloadable, switched off and on, and left to the sweep once removed. */
@IntegrationTest
class LoraFilesTest {

    static final long BIG_FILE_BYTES = 300L * 1024 * 1024;
    /** What streaming a 300 MB file may allocate: buffers and a header, never the file. */
    static final long STREAMING_ALLOCATION_BYTES = 32L * 1024 * 1024;

    @Autowired
    LoraModelService loras;
    @Autowired
    AssetService assets;
    @Autowired
    Workspace workspace;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    List<MediaReferences> references;

    private AssetDetail marcus;

    @BeforeEach
    void marcus() {
        workspace.editorInNewProject("LoRA files");
        marcus = assets.save(AssetDraft.create(workspace.category("talent"), "Marcus", Map.of("physical_description", "Black male, mid-30s")));
    }

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    private static LoraSettings settings() {
        return new LoraSettings(null, "mrcsx", new BigDecimal("0.8"), "sdxl", null);
    }

    @Test
    void a300MegabyteLoraIsStreamedToTheStoreWithoutHoldingItInMemory() throws IOException {
        long dataBytes = BIG_FILE_BYTES - 1024;
        byte[] header = Safetensors.withLength(headerJson(dataBytes).length, headerJson(dataBytes), 0);
        InputStream file = new SequenceInputStream(new ByteArrayInputStream(header), new Zeros(dataBytes));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        LoraModel model = loras.upload(marcus.lineageId(), "marcus-big.safetensors", file, settings());

        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        assertThat(model.fileSize()).isEqualTo(header.length + dataBytes);
        assertThat(allocated).as("bytes allocated while streaming %d bytes", model.fileSize()).isLessThan(STREAMING_ALLOCATION_BYTES);
        MediaContent stored = loras.file(model).orElseThrow();
        stored.bytes().close();
        assertThat(stored.sizeBytes()).isEqualTo(model.fileSize());
    }

    private static byte[] headerJson(long dataBytes) {
        String json = "{\"lora_unet_big.lora_down.weight\":{\"dtype\":\"U8\",\"shape\":[" + dataBytes + "],\"data_offsets\":[0," + dataBytes + "]}}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void anUploadIsDownloadableAndOnceRemovedNothingKeepsItsFileFromTheSweep() throws IOException {
        byte[] lora = Safetensors.kohyaLora(String.valueOf(System.nanoTime()));
        LoraModel model = loras.upload(marcus.lineageId(), "marcus-v2.safetensors", new ByteArrayInputStream(lora), settings());
        try (InputStream bytes = loras.file(model).orElseThrow().bytes()) {
            assertThat(bytes.readAllBytes()).isEqualTo(lora);
        }
        assertThat(jdbc.queryForObject("SELECT media_kind FROM media_files WHERE sha256 = ?", String.class, model.mediaKey())).isEqualTo("file");
        assertThat(referenced(model.mediaKey())).isTrue();

        loras.remove(model.id());

        assertThat(referenced(model.mediaKey())).as("what the media sweep asks before it removes a file").isFalse();
        assertThatThrownBy(() -> loras.remove(model.id())).isInstanceOf(UserFacingException.class).hasMessage("This LoRA was removed meanwhile.");
        LoraModel replicate = loras.addReplicateVersion(marcus.lineageId(), LoraModelServiceTest.REPLICATE_VERSION, settings());
        assertThat(loras.file(replicate)).isEmpty();
    }

    private boolean referenced(String key) {
        return references.stream().anyMatch(source -> source.referenced(List.of(key)).contains(key));
    }

    @Test
    void aLoraSwitchedOffStaysListedAndComesBackWhenSwitchedOn() {
        LoraModel model = loras.addReplicateVersion(marcus.lineageId(), LoraModelServiceTest.REPLICATE_VERSION, settings());

        assertThat(loras.switchOn(model.id(), false).active()).isFalse();
        assertThat(loras.ofTalent(marcus.lineageId())).singleElement().satisfies(listed -> assertThat(listed.status()).isEqualTo("disabled"));
        assertThat(loras.switchOn(model.id(), true).active()).isTrue();
        loras.remove(model.id());
        assertThatThrownBy(() -> loras.switchOn(model.id(), true)).hasMessage("This LoRA was removed meanwhile.");
    }

    /** A stream of zero bytes that allocates nothing per read. */
    private static final class Zeros extends InputStream {

        private long left;

        Zeros(long bytes) {
            this.left = bytes;
        }

        @Override
        public int read() {
            return left-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 0);
            left -= count;
            return count;
        }
    }
}
