package studio.thresho.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import studio.thresho.base.UserFacingException;
import studio.thresho.testsupport.IntegrationTest;

/** URL import against a stub server: the image arrives through the ingest; every refusal says what was wrong. */
@IntegrationTest
@WithMockUser(roles = {"EDITOR", "VIEWER"})
class UrlImporterTest {

    @Autowired
    MediaService media;

    private WireMockServer server;
    private UrlImporter importer;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
        HostResolver resolver = host -> switch (host) {
            case "intranet.example" -> List.of(InetAddress.getByName("192.168.1.20"));
            case "localhost" -> List.of(InetAddress.getLoopbackAddress());
            default -> throw new UnknownHostException(host);
        };
        // loopback allowed for the stub only; the private-network refusal is checked on another name
        importer = new UrlImporter(new UrlFetcher(resolver, Duration.ofSeconds(2), Duration.ofSeconds(20), true), media);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void anImageAtAnAddressIsIngestedUnderItsFileName() {
        byte[] png = TestImages.png(64, 48, 31);
        server.stubFor(get("/pictures/marcus.png").willReturn(aResponse().withHeader("Content-Type", "image/png").withBody(png)));

        StoredMedia stored = importer.importImage(server.baseUrl() + "/pictures/marcus.png");

        assertThat(stored.width()).isEqualTo(64);
        assertThat(stored.mimeType()).isEqualTo("image/png");
        assertThat(stored.originalFilename()).isEqualTo("marcus.png");
    }

    @Test
    void aWebPageIsRefusedAsHtml() {
        server.stubFor(get("/gallery").willReturn(aResponse().withHeader("Content-Type", "text/html")
                .withBody("\n<!DOCTYPE html><html><body><img src=a.png></body></html>")));

        assertThatThrownBy(() -> importer.importImage(server.baseUrl() + "/gallery"))
                .isInstanceOf(MediaRejectedException.class).hasMessageContaining("That page is HTML, not an image");
    }

    @Test
    void anOversizedFileIsRefusedWithItsSizeAndTheLimit() {
        byte[] big = new byte[(int) MediaLimits.MAX_FILE_BYTES + 6 * 1024 * 1024];
        server.stubFor(get("/huge.jpg").willReturn(aResponse().withHeader("Content-Length", String.valueOf(big.length)).withBody(big)));
        server.stubFor(get("/streamed.jpg").willReturn(aResponse().withBody(big)));

        assertThatThrownBy(() -> importer.importImage(server.baseUrl() + "/huge.jpg"))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("is 31 MB, the limit is 25 MB");
        // without a declared size the download stops one byte past the limit
        assertThatThrownBy(() -> importer.importImage(server.baseUrl() + "/streamed.jpg"))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("larger than 25 MB");
    }

    @Test
    void anAddressOnThePrivateNetworkIsRefusedBeforeAnyConnection() {
        assertThatThrownBy(() -> importer.importImage("http://intranet.example/a.png"))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("that address is on a private network");
        assertThatThrownBy(() -> importer.importImage("file:///etc/passwd"))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("Only http and https");
    }

    @Test
    void errorsAndBrokenFilesSayWhatWasWrong() {
        server.stubFor(get("/gone.png").willReturn(aResponse().withStatus(404)));
        server.stubFor(get("/broken.png").willReturn(aResponse().withBody(TestImages.text("not really a png"))));

        assertThatThrownBy(() -> importer.importImage(server.baseUrl() + "/gone.png"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("answered 404 (not found)");
        assertThatThrownBy(() -> importer.importImage(server.baseUrl() + "/broken.png")).isInstanceOf(MediaRejectedException.class);
        assertThat(UrlImporter.looksLikeUrl(" https://cdn.example/a.png ")).isTrue();
        assertThat(UrlImporter.looksLikeUrl("Marcus in the shop")).isFalse();
    }
}
