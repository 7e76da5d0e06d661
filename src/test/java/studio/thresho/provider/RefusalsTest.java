package studio.thresho.provider;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Errors that look transient but are not" in ../shared/providers.md: the body decides, not the status alone. */
class RefusalsTest {

    private static ProviderHttpException http(int status, String body) {
        return new ProviderHttpException(status, body, null);
    }

    @Test
    void quotaBalanceAndAccountRefusalsAreNotTransient() {
        assertThat(http(429, "{\"error\":{\"message\":\"You exceeded your current quota\",\"type\":\"insufficient_quota\",\"code\":"
                + "\"insufficient_quota\"}}").transientFailure()).isFalse();
        assertThat(http(429, "{\"error\":{\"message\":\"x\",\"type\":\"billing\",\"code\":\"monthly_spend_limit_exceeded\"}}")
                .transientFailure()).isFalse();
        for (int code : new int[]{1100, 1101, 1102, 1304}) {
            assertThat(http(429, "{\"code\":" + code + ",\"message\":\"refused\"}").transientFailure()).as("Kling " + code).isFalse();
        }
        assertThat(http(429, "{\"error\":\"You have exceeded your daily task limit\"}").transientFailure()).as("Runway").isFalse();
        assertThat(http(402, "{\"detail\":\"Insufficient credits\"}").accountRefusal()).isTrue();
    }

    @Test
    void realRateLimitsAndServerTroubleAreTransient() {
        assertThat(http(429, "{\"error\":{\"message\":\"Rate limit reached for images per minute\",\"type\":\"requests\",\"code\":"
                + "\"rate_limit_exceeded\"}}").transientFailure()).isTrue();
        assertThat(http(429, "{\"code\":1302,\"message\":\"Too many requests\"}").transientFailure()).isTrue();
        assertThat(http(429, "{\"code\":1303,\"message\":\"Parallel task over resource pack limit\"}").transientFailure()).isTrue();
        assertThat(http(429, "{\"detail\":\"Request was throttled. Expected available in 3 seconds.\"}").transientFailure()).isTrue();
        assertThat(http(429, "").transientFailure()).isTrue();
        assertThat(http(503, "").transientFailure()).isTrue();
        assertThat(http(400, "").transientFailure()).isFalse();
    }
}
