package studio.thresho.provider.settings;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;

/**
 * Encrypts provider credentials with AES-256-GCM under a key from the environment
 * ({@code SECRETS_KEY}); without that key no credential is stored at all.
 */
@Component
public class SecretsCipher {

    public static final int MIN_KEY_LENGTH = 32;
    static final String MISSING_KEY = "Credentials are stored encrypted and no key is set: set the environment variable SECRETS_KEY "
            + "to a random text of at least " + MIN_KEY_LENGTH + " characters (e.g. `openssl rand -base64 48`) and restart the application.";
    private static final String FORMAT = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    SecretsCipher(@Value("${thresho.secrets-key:}") String secret) {
        this.key = secret == null || secret.length() < MIN_KEY_LENGTH ? null : new SecretKeySpec(sha256(secret), "AES");
    }

    public boolean configured() {
        return key != null;
    }

    String encrypt(String plain) {
        if (key == null) {
            throw new UserFacingException(MISSING_KEY);
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return FORMAT + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    String decrypt(String stored) {
        if (key == null) {
            throw new UserFacingException(MISSING_KEY);
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UserFacingException("A stored credential cannot be read with the current SECRETS_KEY (was the key changed?); "
                    + "enter the credential again.");
        }
    }

    private static byte[] sha256(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
