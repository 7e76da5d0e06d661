package studio.thresho.media;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fetcher's refusals. Every refused address is refused before a connection is made; the
 * only servers contacted are the stubs on this machine's loopback.
 */
class UrlFetcherTest {

    static final long ONE_MB = 1024 * 1024;

    private WireMockServer server;
    private HttpServer streaming;
    private final AtomicLong streamed = new AtomicLong();
    /** Names the tests make resolve somewhere; anything else is unknown (no real DNS). */
    private final Map<String, List<InetAddress>> names = Map.of(
            "internal.example", List.of(address("10.0.0.1")),
            "mixed.example", List.of(address("93.184.216.34"), address("10.0.0.1")),
            "metadata.example", List.of(address("169.254.169.254")),
            "localhost", List.of(address("127.0.0.1")));
    private final HostResolver resolver = host -> {
        List<InetAddress> found = names.get(host);
        if (found == null) {
            throw new UnknownHostException(host);
        }
        return found;
    };

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
        if (streaming != null) {
            streaming.stop(0);
        }
    }

    private UrlFetcher fetcher(Duration total) {
        return new UrlFetcher(resolver, Duration.ofSeconds(2), total, false);
    }

    private UrlFetcher fetcher() {
        return fetcher(Duration.ofSeconds(10));
    }

    private String port() {
        return String.valueOf(server.port());
    }

    @Test
    void aConfiguredBaseUrlOnLoopbackIsTrustedAndNoCredentialsAreSent() {
        server.stubFor(get("/view?filename=a.png").willReturn(aResponse().withBody(new byte[] {1, 2, 3})));

        byte[] body = fetcher().fetch(server.baseUrl() + "/view?filename=a.png", ONE_MB, List.of(server.baseUrl()));

        assertThat(body).containsExactly(1, 2, 3);
        server.verify(getRequestedFor(urlEqualTo("/view?filename=a.png")).withoutHeader("Authorization").withoutHeader("x-key"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"http://127.0.0.1:PORT/x", "http://0177.0.0.1:PORT/x", "http://2130706433:PORT/x", "http://0x7f.1:PORT/x",
            "http://[::ffff:127.0.0.1]:PORT/x", "http://[::1]:PORT/x", "http://localhost:PORT/x", "https://127.1:PORT/x"})
    void loopbackInEveryNotationIsRefusedUntrusted(String url) {
        assertThatThrownBy(() -> fetcher().fetch(url.replace("PORT", port()), ONE_MB, List.of()))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("a loopback address");
        server.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void theTestOnlySettingLetsStubsOnLoopbackAnswerWithoutBeingABaseUrl() {
        server.stubFor(get("/stub.png").willReturn(aResponse().withBody(new byte[] {7})));
        UrlFetcher forTests = new UrlFetcher(resolver, Duration.ofSeconds(2), Duration.ofSeconds(10), true);

        assertThat(forTests.fetch("http://127.0.0.1:" + port() + "/stub.png", ONE_MB, List.of())).containsExactly(7);
        assertThatThrownBy(() -> forTests.fetch("http://internal.example/x", ONE_MB, List.of())).hasMessageContaining("that address is on a private network");
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefusedBeforeConnecting() {
        assertThatThrownBy(() -> fetcher().fetch("http://internal.example/admin", ONE_MB, List.of()))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("that address is on a private network (internal.example leads to a private address, 10.0.0.1)");
        assertThatThrownBy(() -> fetcher().fetch("http://mixed.example/a.png", ONE_MB, List.of()))
                .as("every address of the name is checked, not only the first").hasMessageContaining("10.0.0.1");
        assertThatThrownBy(() -> fetcher().fetch("http://metadata.example/latest/meta-data", ONE_MB, List.of()))
                .hasMessageContaining("that address is on a private network").hasMessageContaining("a link-local address");
    }

    @Test
    void trustIsForTheConfiguredHostAndPortOnly() {
        assertThatThrownBy(() -> fetcher().fetch("http://internal.example/x", ONE_MB, List.of("http://internal.example:8188")))
                .hasMessageContaining("that address is on a private network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://example.com/a.png", "gopher://example.com/", "jar:file:/x!/y", "//example.com/a.png",
            "http://user:secret@example.com/a.png"})
    void onlyPlainHttpAndHttpsAddressesAreFetched(String url) {
        assertThatThrownBy(() -> fetcher().fetch(url, ONE_MB, List.of())).isInstanceOf(FetchRefusedException.class);
    }

    @Test
    void aRedirectTo127001IsCheckedLikeTheFirstAddressAndRefused() {
        server.stubFor(get("/result.png").willReturn(aResponse().withStatus(302).withHeader("Location",
                "http://127.0.0.1:" + port() + "/secret")));
        server.stubFor(get("/secret").willReturn(aResponse().withBody("internal")));

        assertThatThrownBy(() -> fetcher().fetch(server.baseUrl() + "/result.png", ONE_MB, List.of(server.baseUrl())))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("a loopback address");
        server.verify(0, getRequestedFor(urlEqualTo("/secret")));
    }

    @Test
    void redirectsWithinTheTrustedHostAreFollowedAFewTimesOnly() {
        server.stubFor(get("/a").willReturn(aResponse().withStatus(301).withHeader("Location", "/b")));
        server.stubFor(get("/b").willReturn(aResponse().withStatus(307).withHeader("Location", server.baseUrl() + "/c")));
        server.stubFor(get("/c").willReturn(aResponse().withBody("done")));
        server.stubFor(get("/loop").willReturn(aResponse().withStatus(302).withHeader("Location", "/loop")));

        assertThat(new String(fetcher().fetch(server.baseUrl() + "/a", ONE_MB, List.of(server.baseUrl())))).isEqualTo("done");
        assertThatThrownBy(() -> fetcher().fetch(server.baseUrl() + "/loop", ONE_MB, List.of(server.baseUrl())))
                .hasMessageContaining("redirected more than " + UrlFetcher.MAX_REDIRECTS + " times");
    }

    @Test
    void aBodyAnnouncedLargerThanTheCapIsNotRead() {
        server.stubFor(get("/big").willReturn(aResponse().withBody(new byte[(int) (2 * ONE_MB)])));

        assertThatThrownBy(() -> fetcher().fetch(server.baseUrl() + "/big", ONE_MB, List.of(server.baseUrl())))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("larger than 1 MB");
    }

    @Test
    void anEndlessBodyIsCutOffAtTheCap() throws IOException {
        String url = streamingServer(0);

        Instant started = Instant.now();
        assertThatThrownBy(() -> fetcher().fetch(url, ONE_MB, List.of(url)))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("larger than 1 MB");
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(streamed.get()).isLessThan(64 * ONE_MB);
    }

    @Test
    void aSlowBodyIsStoppedAtTheTotalTimeLimit() throws IOException {
        String url = streamingServer(200);

        Instant started = Instant.now();
        assertThatThrownBy(() -> fetcher(Duration.ofSeconds(1)).fetch(url, ONE_MB, List.of(url)))
                .isInstanceOf(FetchRefusedException.class).hasMessageContaining("took longer than 1 s");
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(4));
    }

    @Test
    void errorStatusesCarryTheStatusAndRetryAfter() {
        server.stubFor(get("/busy").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7").withBody("slow down")));
        server.stubFor(get("/gone").willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> fetcher().fetch(server.baseUrl() + "/busy", ONE_MB, List.of(server.baseUrl())))
                .isInstanceOfSatisfying(FetchStatusException.class, status -> {
                    assertThat(status.status()).isEqualTo(429);
                    assertThat(status.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                    assertThat(status.body()).isEqualTo("slow down");
                });
        assertThatThrownBy(() -> fetcher().fetch(server.baseUrl() + "/gone", ONE_MB, List.of(server.baseUrl())))
                .isInstanceOfSatisfying(FetchStatusException.class, status -> assertThat(status.status()).isEqualTo(404));
    }

    @Test
    void anUnknownHostIsNetworkTroubleNamingTheCause() {
        assertThatThrownBy(() -> fetcher().fetch("https://nowhere.example/a.png", ONE_MB, List.of()))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(UnknownHostException.class);
    }

    /**
     * A server on loopback whose body never ends: chunks of 64 KiB without a pause, or one byte
     * every {@code pauseMillis}. It gives up by itself after 60 s or when the client hangs up.
     */
    private String streamingServer(int pauseMillis) throws IOException {
        streaming = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        streaming.createContext("/endless", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[pauseMillis > 0 ? 1 : 64 * 1024];
            Instant until = Instant.now().plusSeconds(60);
            try (OutputStream out = exchange.getResponseBody()) {
                while (Instant.now().isBefore(until)) {
                    out.write(chunk);
                    out.flush();
                    streamed.addAndGet(chunk.length);
                    if (pauseMillis > 0) {
                        Thread.sleep(pauseMillis);
                    }
                }
            } catch (IOException | InterruptedException hungUp) {
                // the client stopped reading: what the test expects
            }
        });
        streaming.start();
        return "http://127.0.0.1:" + streaming.getAddress().getPort() + "/endless";
    }
}
