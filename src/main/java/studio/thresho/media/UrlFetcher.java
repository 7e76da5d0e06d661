package studio.thresho.media;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one door for bytes from elsewhere (provider results now, URL imports later), safe against
 * server-side request forgery: only http and https; every address the host resolves to is checked
 * ({@link AddressRules}) and the connection goes to exactly those checked addresses, so a second
 * DNS answer cannot swap in another; redirects are followed only after the same checks, at most
 * {@value #MAX_REDIRECTS} times; the whole fetch has a time limit and the body a size cap while it
 * streams. Hosts an administrator configured as a provider's base URL are trusted (local ComfyUI
 * and AUTOMATIC1111 live on loopback or the LAN); callers name them. No credentials are ever sent.
 */
@Component
public class UrlFetcher {

    static final int MAX_REDIRECTS = 3;
    /** What an import is told when a URL leads into a local network (issue 23's wording). */
    public static final String PRIVATE_NETWORK = "that address is on a private network";
    private static final int BUFFER_BYTES = 64 * 1024;
    private static final int ERROR_BODY_BYTES = 4 * 1024;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "url-fetch-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    private final HostResolver resolver;
    private final Duration connectTimeout;
    private final Duration totalTimeout;
    private final boolean loopbackAllowed;

    /**
     * @param loopbackAllowed a setting for tests only ({@code thresho.fetch.allow-loopback}): stub servers run on 127.0.0.1
     */
    @Autowired
    public UrlFetcher(HostResolver resolver, @Value("${thresho.fetch.connect-timeout:10s}") Duration connectTimeout,
                      @Value("${thresho.fetch.total-timeout:2m}") Duration totalTimeout,
                      @Value("${thresho.fetch.allow-loopback:false}") boolean loopbackAllowed) {
        this.resolver = resolver;
        this.connectTimeout = connectTimeout;
        this.totalTimeout = totalTimeout;
        this.loopbackAllowed = loopbackAllowed;
    }

    /**
     * The body of the URL.
     *
     * @param maxBytes    the largest body accepted; reading stops one byte past it
     * @param trustedUrls base URLs whose hosts (with their ports) may be inside the studio's network
     * @throws FetchRefusedException  when the URL, an address, a redirect, the size or the time is not acceptable
     * @throws FetchStatusException   when the server answered with an error status
     * @throws UncheckedIOException   on network trouble (its cause says which: refused connection, unknown host...)
     */
    public byte[] fetch(String url, long maxBytes, Collection<String> trustedUrls) {
        Set<String> trusted = trustedUrls.stream().filter(base -> base != null && !base.isBlank()).map(UrlFetcher::origin)
                .collect(Collectors.toSet());
        Instant deadline = Instant.now().plus(totalTimeout);
        URI current = parse(url);
        for (int hop = 0; ; hop++) {
            Hop answer = get(current, checkedAddresses(current, trusted), maxBytes, deadline);
            if (answer.location() == null) {
                return answer.body();
            }
            if (hop >= MAX_REDIRECTS) {
                throw new FetchRefusedException("The download from " + current.getHost() + " was redirected more than " + MAX_REDIRECTS
                        + " times; it was stopped.");
            }
            current = parse(redirected(current, answer.location()));
        }
    }

    private record Hop(byte[] body, String location) {
    }

    private static String redirected(URI from, String location) {
        try {
            return from.resolve(new URI(location.trim())).toString();
        } catch (URISyntaxException | IllegalArgumentException garbled) {
            throw new FetchRefusedException("The download from " + from.getHost() + " was redirected to an address that is not valid.");
        }
    }

    private static URI parse(String url) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.trim());
        } catch (URISyntaxException e) {
            throw new FetchRefusedException("\"" + url + "\" is not a valid web address.");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchRefusedException("Only http and https addresses are fetched, not \"" + (scheme.isEmpty() ? url : scheme + ":") + "\".");
        }
        if (uri.getHost() == null && uri.getRawAuthority() != null) {
            // java.net.URI leaves numbers it cannot read as a host name (127.1, 0x7f.1) without a host: read them as inet_aton does
            String host = uri.getRawAuthority().replaceFirst("^.*@", "").replaceFirst(":[0-9]*$", "");
            AddressRules.literal(host).flatMap(address -> AddressRules.refusal(address, false)).ifPresent(kind -> {
                throw new FetchRefusedException("Not downloaded: " + host + " is " + kind + ".");
            });
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            throw new FetchRefusedException("\"" + url + "\" is not a web address that can be fetched.");
        }
        return uri;
    }

    /** Every address of the host, each one allowed, unless the host is trusted; the connection goes to these only. */
    private InetAddress[] checkedAddresses(URI uri, Set<String> trusted) {
        String host = uri.getHost();
        List<InetAddress> addresses;
        try {
            addresses = AddressRules.literal(host).map(List::of).orElse(null);
            if (addresses == null) {
                addresses = resolver.resolve(host);
            }
        } catch (UnknownHostException unknown) {
            throw new UncheckedIOException("Unknown host " + host, unknown);
        }
        if (addresses.isEmpty()) {
            throw new UncheckedIOException("Unknown host " + host, new UnknownHostException(host));
        }
        if (!trusted.contains(origin(uri))) {
            for (InetAddress address : addresses) {
                AddressRules.refusal(address, loopbackAllowed).ifPresent(kind -> {
                    String where = host + " leads to " + kind + ", " + address.getHostAddress();
                    throw new FetchRefusedException(AddressRules.onPrivateNetwork(kind)
                            ? "Not downloaded: " + PRIVATE_NETWORK + " (" + where + "); only a provider's configured base URL may be reached there."
                            : "Not downloaded: " + host + " leads to " + kind + " (" + address.getHostAddress()
                            + "), which may only be reached as a provider's configured base URL.");
                });
            }
        }
        return addresses.toArray(InetAddress[]::new);
    }

    private Hop get(URI uri, InetAddress[] addresses, long maxBytes, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw slow(uri);
        }
        AtomicBoolean timedOut = new AtomicBoolean();
        HttpGet request = new HttpGet(uri);
        ScheduledFuture<?> alarm = DEADLINES.schedule(() -> {
            timedOut.set(true);
            request.cancel();
        }, left.toMillis(), TimeUnit.MILLISECONDS);
        try (CloseableHttpClient client = PinnedClients.create(uri.getHost(), addresses, connectTimeout, left)) {
            ClassicHttpResponse response = client.executeOpen(null, request, null);
            try {
                return answer(uri, response, maxBytes, deadline);
            } finally {
                // never read what is left of a body (an endless one would never end): drop the connection instead
                request.cancel();
                closeQuietly(response);
            }
        } catch (IOException failure) {
            if (timedOut.get()) {
                throw slow(uri);
            }
            throw new UncheckedIOException("The download from " + uri.getHost() + " failed: " + failure.getMessage(), failure);
        } finally {
            alarm.cancel(false);
        }
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException dropped) {
            // the connection was cut on purpose
        }
    }

    private Hop answer(URI uri, ClassicHttpResponse response, long maxBytes, Instant deadline) throws IOException {
        int status = response.getCode();
        if (REDIRECTS.contains(status)) {
            Header location = response.getFirstHeader("Location");
            if (location == null) {
                throw new FetchStatusException(status, "a redirect without a Location", null);
            }
            return new Hop(null, location.getValue());
        }
        HttpEntity entity = response.getEntity();
        if (status < 200 || status >= 300) {
            Header retryAfter = response.getFirstHeader("Retry-After");
            throw new FetchStatusException(status, errorBody(entity), retryAfter == null ? null : retryAfter.getValue());
        }
        if (entity == null) {
            return new Hop(new byte[0], null);
        }
        if (entity.getContentLength() > maxBytes) {
            throw tooLarge(uri, maxBytes, entity.getContentLength());
        }
        // not closed here: closing reads the rest of the body; the caller cuts the connection instead
        return new Hop(readAtMost(uri, entity.getContent(), maxBytes, deadline), null);
    }

    private byte[] readAtMost(URI uri, InputStream in, long maxBytes, Instant deadline) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) >= 0) {
            total += read;
            if (total > maxBytes) {
                throw tooLarge(uri, maxBytes, -1);
            }
            if (Instant.now().isAfter(deadline)) {
                throw slow(uri);
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static String errorBody(HttpEntity entity) {
        if (entity == null) {
            return "";
        }
        try {
            return new String(entity.getContent().readNBytes(ERROR_BODY_BYTES), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }

    private FetchRefusedException slow(URI uri) {
        return new FetchRefusedException("The download from " + uri.getHost() + " took longer than " + describe(totalTimeout)
                + "; it was stopped.");
    }

    /** @param announcedBytes the size the server announced, or -1 when it did not say (the body ran past the cap) */
    private static FetchRefusedException tooLarge(URI uri, long maxBytes, long announcedBytes) {
        String limit = maxBytes / (1024 * 1024) + " MB";
        String size = announcedBytes > 0 ? "is " + Math.ceilDiv(announcedBytes, 1024 * 1024) + " MB, the limit is " + limit : "is larger than " + limit;
        return new FetchRefusedException("The file at " + uri.getHost() + " " + size + "; it was not downloaded.");
    }

    private static String describe(Duration duration) {
        return duration.toSeconds() >= 120 && duration.toSeconds() % 60 == 0 ? duration.toMinutes() + " minutes" : duration.toSeconds() + " s";
    }

    /** Host and port, the unit a configured base URL trusts. */
    static String origin(String url) {
        try {
            return origin(new URI(url.trim()));
        } catch (URISyntaxException | NullPointerException notAUrl) {
            return "";
        }
    }

    private static String origin(URI uri) {
        String host = uri.getHost() == null ? "" : PinnedClients.bare(uri.getHost()).toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return host + ":" + port;
    }
}
