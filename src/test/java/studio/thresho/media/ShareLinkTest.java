package studio.thresho.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.IntegrationTest;

/** Public share links: unguessable, kept only hashed, served without metadata while valid, gone when revoked or expired. */
@IntegrationTest
class ShareLinkTest {

    @Autowired
    ShareLinkService links;
    @Autowired
    ShareController controller;
    @Autowired
    MediaService media;
    @Autowired
    TestLogins logins;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestLogins.logout();
    }

    @Test
    void aLinkServesTheImageToAnyoneUntilRevokedOrExpired() throws Exception {
        logins.ensureTestUsers();
        logins.loginAs(TestLogins.EDITOR);
        String key = media.ingest("marcus.png", TestImages.png(120, 90, 77)).key();

        ShareLink link = links.create(key, Duration.ofDays(7));

        assertThat(link.url()).startsWith("https://studio.thresho.example/share/").endsWith(link.token());
        assertThat(link.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        TestLogins.logout();
        var served = controller.serve(link.token());
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(served.getHeaders().getContentType().toString()).isEqualTo("image/jpeg");
        assertThat(controller.serve("x".repeat(43)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        logins.loginAs(TestLogins.EDITOR);
        links.revoke(link.id());
        assertThat(controller.serve(link.token()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ShareLink old = links.create(key, Duration.ofDays(1));
        jdbc.update("UPDATE share_links SET expires_at = '2020-01-01 00:00:00' WHERE token_hash = ?", old.id());
        assertThat(controller.serve(old.token()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThatThrownBy(() -> links.create(key, Duration.ofDays(365))).hasMessageContaining("up to 90 days");
        logins.loginAs(TestLogins.VIEWER);
        assertThatThrownBy(() -> links.create(key, Duration.ofDays(1))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDatabaseKeepsOnlyTheTokensHashAndTheLastAccess() throws Exception {
        logins.ensureTestUsers();
        logins.loginAs(TestLogins.EDITOR);
        String key = media.ingest("eileen.png", TestImages.png(100, 80, 78)).key();
        ShareLink link = links.create(key, Duration.ofDays(2));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM share_links WHERE token_hash = SHA2(?, 256)", Integer.class, link.token()))
                .isOne();
        assertThat(jdbc.queryForList("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() "
                + "AND TABLE_NAME = 'share_links'", String.class)).doesNotContain("token");
        assertThat(jdbc.queryForObject("SELECT last_accessed_at FROM share_links WHERE token_hash = ?", java.sql.Timestamp.class, link.id()))
                .isNull();
        TestLogins.logout();
        controller.serve(link.token());
        assertThat(jdbc.queryForObject("SELECT last_accessed_at FROM share_links WHERE token_hash = ?", java.sql.Timestamp.class, link.id()))
                .isNotNull();
        assertThat(controller.serve(link.id()).getStatusCode()).as("the stored hash opens nothing").isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aSharedPhotoLeavesWithoutItsExifAndGpsData() throws Exception {
        logins.ensureTestUsers();
        logins.loginAs(TestLogins.EDITOR);
        byte[] photo = withExif(TestImages.jpeg(160, 120, 79));
        assertThat(contains(photo, "Exif")).isTrue();
        String key = media.ingest("holiday.jpg", photo).key();
        ShareLink link = links.create(key, Duration.ofDays(1));
        TestLogins.logout();

        var served = controller.serve(link.token());

        byte[] sent = ((InputStreamResource) served.getBody()).getInputStream().readAllBytes();
        assertThat(sent.length).isGreaterThan(100);
        assertThat(contains(sent, "Exif")).isFalse();
        assertThat(contains(sent, "GPS-SECRET")).isFalse();
    }

    /** A JPEG with an APP1 Exif segment (an empty TIFF directory and a marker text) right after its SOI. */
    static byte[] withExif(byte[] jpeg) {
        ByteArrayOutputStream tiff = new ByteArrayOutputStream();
        tiff.writeBytes(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0});
        tiff.writeBytes("GPS-SECRET 51.5007N 0.1246W".getBytes(StandardCharsets.US_ASCII));
        byte[] body = tiff.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + 6 + body.length;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    @Autowired
    FileIngest files;

    @Test
    void aFileLinkServesTheStoredBytesAsTheyAreUnderTheirNameUntilItsGenerationEnds() throws Exception {
        logins.ensureTestUsers();
        logins.loginAs(TestLogins.EDITOR);
        byte[] lora = "not an image, a LoRA's bytes".getBytes(StandardCharsets.UTF_8);
        String key = files.ingest("marcus.safetensors", "application/octet-stream", new java.io.ByteArrayInputStream(lora), 1024,
                (channel, size) -> {
                }).key();
        java.util.UUID generation = java.util.UUID.randomUUID();
        jdbc.update("INSERT INTO generation_records (id, provider_id, status, prompt) VALUES (?, 'replicate', 'queued', 'p')", generation.toString());
        TestLogins.logout();

        ShareLink link = links.createFileForGeneration(key, "marcus-v2.safetensors", generation, ShareLinkService.DEFAULT_VALIDITY);

        assertThat(link.url()).startsWith("https://studio.thresho.example/share/file/");
        var served = controller.serveFile(link.token());
        assertThat(served.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(served.getHeaders().getContentType().toString()).isEqualTo("application/octet-stream");
        assertThat(served.getHeaders().getContentDisposition().getFilename()).isEqualTo("marcus-v2.safetensors");
        assertThat(((InputStreamResource) served.getBody()).getInputStream().readAllBytes()).isEqualTo(lora);
        assertThat(controller.serve(link.token()).getStatusCode()).as("not an image link").isEqualTo(HttpStatus.NOT_FOUND);

        links.endWithGeneration(generation);
        assertThat(controller.serveFile(link.token()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }
}
