package studio.thresho.generation.provider.http;

import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.jackson.JacksonDecoder;
import feign.jackson.JacksonEncoder;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Builds Feign clients for provider APIs: JSON both ways, timeouts on every call, errors as {@link ProviderHttpException}. */
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
        return builder().encoder(new JacksonEncoder()).decoder(new JacksonDecoder()).target(api, baseUrl);
    }

    /** Fetches a result file from the URL the provider gave (it may expire within minutes). */
    public byte[] download(String url) {
        return builder().decoder(new feign.codec.Decoder.Default()).target(Downloads.class, "http://download.invalid")
                .get(java.net.URI.create(url));
    }

    private Feign.Builder builder() {
        return Feign.builder()
                .errorDecoder(new ProviderHttpErrors())
                .retryer(Retryer.NEVER_RETRY)
                .options(new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS, readTimeout.toMillis(), TimeUnit.MILLISECONDS, false));
    }

    interface Downloads {
        @feign.RequestLine("GET")
        byte[] get(java.net.URI url);
    }
}
