package studio.thresho.provider.http;

import studio.thresho.provider.ProviderHttpException;
import feign.Feign;
import feign.Request;
import feign.RequestTemplate;
import feign.Retryer;
import feign.codec.Encoder;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import studio.thresho.media.FetchStatusException;
import studio.thresho.media.HostResolver;
import studio.thresho.media.UrlFetcher;

/**
 * Builds Feign clients for provider APIs: JSON both ways, timeouts on every call, errors as
 * {@link ProviderHttpException}. A {@code byte[]} body (a multipart form the client built) is sent as it is.
 */
@Component
public class ProviderHttp {

    private static final Duration DOWNLOAD_TIME_LIMIT = Duration.ofMinutes(2);

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final UrlFetcher fetcher;

    @Autowired
    public ProviderHttp(@Value("${thresho.providers.connect-timeout:10s}") Duration connectTimeout,
                 @Value("${thresho.providers.read-timeout:60s}") Duration readTimeout, UrlFetcher fetcher) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.fetcher = fetcher;
    }

    /** With the default fetcher (system DNS, nothing inside the studio's network but a provider's own base URL). */
    public ProviderHttp(Duration connectTimeout, Duration readTimeout) {
        this(connectTimeout, readTimeout, new UrlFetcher(HostResolver.SYSTEM, connectTimeout, DOWNLOAD_TIME_LIMIT, false));
    }

    public <T> T client(Class<T> api, String baseUrl) {
        return client(api, baseUrl, readTimeout);
    }

    /** A client that waits longer for answers, for APIs that answer only when the work is done. */
    public <T> T client(Class<T> api, String baseUrl, Duration readTimeout) {
        return builder(readTimeout).encoder(new JsonOrRawEncoder()).decoder(new JacksonDecoder()).target(api, baseUrl);
    }

    /**
     * Fetches a result file from the URL the provider gave (it may expire within minutes) through
     * media's SSRF-safe {@link UrlFetcher}: no key is ever sent with it, and only the provider's own
     * base URL may lie inside the studio's network (a local engine's {@code /view} links).
     */
    public byte[] download(String url, String providerBaseUrl, long maxBytes) {
        try {
            return fetcher.fetch(url, maxBytes, providerBaseUrl == null ? List.of() : List.of(providerBaseUrl));
        } catch (FetchStatusException status) {
            throw new ProviderHttpException(status.status(), status.body(), status.retryAfter());
        }
    }

    private Feign.Builder builder(Duration readTimeout) {
        return Feign.builder()
                .errorDecoder(new ProviderHttpErrors())
                .retryer(Retryer.NEVER_RETRY)
                .options(new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS, readTimeout.toMillis(), TimeUnit.MILLISECONDS, false));
    }

    /** Feign core has no multipart encoder, and Jackson would send a byte[] as a base64 string. */
    private static final class JsonOrRawEncoder implements Encoder {

        private final Encoder json = new JacksonEncoder();

        @Override
        public void encode(Object body, Type bodyType, RequestTemplate template) {
            if (body instanceof byte[] raw) {
                template.body(raw, null);
            } else {
                json.encode(body, bodyType, template);
            }
        }
    }
}
