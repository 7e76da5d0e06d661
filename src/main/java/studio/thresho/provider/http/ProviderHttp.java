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
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Builds Feign clients for provider APIs: JSON both ways, timeouts on every call, errors as
 * {@link ProviderHttpException}. A {@code byte[]} body (a multipart form the client built) is sent as it is.
 */
@Component
public class ProviderHttp {

    private final Duration connectTimeout;
    private final Duration readTimeout;

    public ProviderHttp(@Value("${thresho.providers.connect-timeout:10s}") Duration connectTimeout,
                 @Value("${thresho.providers.read-timeout:60s}") Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
    }

    public <T> T client(Class<T> api, String baseUrl) {
        return client(api, baseUrl, readTimeout);
    }

    /** A client that waits longer for answers, for APIs that answer only when the work is done. */
    public <T> T client(Class<T> api, String baseUrl, Duration readTimeout) {
        return builder(readTimeout).encoder(new JsonOrRawEncoder()).decoder(new JacksonDecoder()).target(api, baseUrl);
    }

    /** Fetches a result file from the URL the provider gave (it may expire within minutes). */
    public byte[] download(String url) {
        return builder(readTimeout).decoder(new feign.codec.Decoder.Default()).target(Downloads.class, "http://download.invalid")
                .get(java.net.URI.create(url));
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

    interface Downloads {
        @feign.RequestLine("GET")
        byte[] get(java.net.URI url);
    }
}
