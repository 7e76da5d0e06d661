package studio.thresho.provider.kling;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import studio.thresho.provider.ProviderRefusedException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bearer token Kling asks for. An API key (one value, no colon) is sent as it is: it works for
 * all models. Access key + secret key ({@code accessKey:secretKey}) become a JWT signed HS256 with
 * the secret key, issued by the access key, valid for 30 minutes and from 5 seconds ago (so a
 * slightly fast Kling clock accepts it); that works only for the legacy API design.
 */
final class KlingJwt {

    static final long VALID_SECONDS = 1800;
    static final long CLOCK_SKEW_SECONDS = 5;
    static final String HEADER = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final Clock clock;

    KlingJwt(Clock clock) {
        this.clock = clock;
    }

    /** Whether the credential is an API key rather than access key + secret key. */
    static boolean apiKey(String credential) {
        return credential != null && !credential.isBlank() && credential.indexOf(':') < 0;
    }

    String token(String credential) {
        if (apiKey(credential)) {
            return credential.strip();
        }
        int colon = credential == null ? -1 : credential.indexOf(':');
        String accessKey = colon < 0 ? "" : credential.substring(0, colon).strip();
        String secretKey = colon < 0 ? "" : credential.substring(colon + 1).strip();
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            throw new ProviderRefusedException(KlingProvider.NAME + "'s credential must be an API key, or the access key and the secret "
                    + "key joined by a colon (accessKey:secretKey); correct it under Admin > Providers.");
        }
        long now = clock.instant().getEpochSecond();
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", accessKey);
        payload.put("exp", now + VALID_SECONDS);
        payload.put("nbf", now - CLOCK_SKEW_SECONDS);
        String unsigned = encode(HEADER) + "." + encode(JsonMapper.shared().writeValueAsString(payload));
        return unsigned + "." + BASE64URL.encodeToString(hmacSha256(secretKey, unsigned));
    }

    static byte[] hmacSha256(String secretKey, String data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
