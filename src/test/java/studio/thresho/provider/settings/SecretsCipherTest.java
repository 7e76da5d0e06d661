package studio.thresho.provider.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretsCipherTest {

    private static final String KEY = "a-secrets-key-that-is-long-enough-0123456789";

    @Test
    void aCredentialRoundTripsAndIsNeverStoredOrPrintedInPlain() {
        SecretsCipher cipher = new SecretsCipher(KEY);

        String sealed = cipher.encrypt("sk-live-1234");

        assertThat(sealed).startsWith("v1:").doesNotContain("sk-live-1234");
        assertThat(cipher.encrypt("sk-live-1234")).as("a fresh IV each time").isNotEqualTo(sealed);
        assertThat(cipher.decrypt(sealed)).isEqualTo("sk-live-1234");
        ProviderConfig config = new ProviderConfig("bfl", true, "https://api.bfl.ai", "flux", Map.of(), 24, Optional.of("sk-live-1234"));
        assertThat(config.toString()).doesNotContain("sk-live-1234").contains("credential=(set)");
    }

    @Test
    void withoutAKeyNothingIsStoredAndTheMessageSaysHowToSetOne() {
        SecretsCipher none = new SecretsCipher("");
        SecretsCipher shortKey = new SecretsCipher("too-short");

        assertThat(none.configured()).isFalse();
        assertThat(shortKey.configured()).isFalse();
        assertThatThrownBy(() -> none.encrypt("x")).hasMessageContaining("set the environment variable SECRETS_KEY")
                .hasMessageContaining("at least 32 characters");
    }

    @Test
    void aCredentialSealedUnderAnotherKeyIsNotReadButExplained() {
        String sealed = new SecretsCipher(KEY).encrypt("sk-live-1234");

        assertThatThrownBy(() -> new SecretsCipher(KEY + "-changed").decrypt(sealed)).hasMessageContaining("was the key changed");
    }
}
