package studio.thresho.provider.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;

/**
 * Reads a stored key for use: never throws, so a key that cannot be read (SECRETS_KEY changed or
 * missing) or was saved for another base URL only marks its provider, and pages that list providers
 * keep working.
 */
@Component
class StoredKeys {

    /** A stored key as far as it can be used. */
    record Key(Optional<String> value, KeyState state) {
    }

    private final SecretsCipher cipher;

    StoredKeys(SecretsCipher cipher) {
        this.cipher = cipher;
    }

    Key read(ProviderSettings row, String effectiveBaseUrl) {
        if (row.getCredentialCipher() == null) {
            return new Key(Optional.empty(), KeyState.NONE);
        }
        if (!cipher.configured()) {
            return new Key(Optional.empty(), KeyState.NO_SECRETS_KEY);
        }
        if (row.getCredentialOrigin() != null && !row.getCredentialOrigin().equals(ProviderHosts.origin(effectiveBaseUrl))) {
            return new Key(Optional.empty(), KeyState.OTHER_ADDRESS);
        }
        try {
            return new Key(Optional.of(cipher.decrypt(row.getCredentialCipher())), KeyState.STORED);
        } catch (UserFacingException unreadable) {
            return new Key(Optional.empty(), KeyState.UNREADABLE);
        }
    }

    static List<String> keyHosts(ProviderSettings row, ProviderDefaults defaults) {
        return row.getKeyHosts() == null ? defaults.keyHosts() : ProviderHosts.parse(row.getKeyHosts());
    }

    static String effectiveBaseUrl(ProviderSettings row, ProviderDefaults defaults) {
        return row.getBaseUrl() == null || row.getBaseUrl().isBlank() ? defaults.baseUrl() : row.getBaseUrl();
    }
}
