package studio.thresho.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure an installation can be administered: when no enabled administrator exists, creates
 * one from ADMIN_USERNAME / ADMIN_PASSWORD, or with a random password printed once in the log,
 * which must be changed at the first sign-in. The demo run has its own accounts instead.
 */
@Component
@Profile("!demo")
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    static final String DEFAULT_ADMIN_USERNAME = "admin";
    private static final int GENERATED_PASSWORD_BYTES = 18;
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final UserProvisioning provisioning;
    private final String username;
    private final String password;

    AdminBootstrap(UserProvisioning provisioning,
                   @Value("${thresho.admin.username:}") String username,
                   @Value("${thresho.admin.password:}") String password) {
        this.provisioning = provisioning;
        this.username = username.isBlank() ? DEFAULT_ADMIN_USERNAME : username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemAuthentication.runAsSystem(this::ensureAdmin);
    }

    void ensureAdmin() {
        if (provisioning.enabledAdminExists()) {
            return;
        }
        boolean generated = password.isBlank();
        String chosen = generated ? randomPassword() : password;
        // a password printed in the log, or one too weak for the policy, is replaced at the first sign-in
        boolean weak = !generated && PasswordPolicy.problem(chosen, username).isPresent();
        if (!provisioning.createIfMissing(username, "Administrator", chosen, Role.ADMIN, generated || weak)) {
            log.warn("No enabled administrator exists and the account '{}' exists already but is not an enabled admin. "
                    + "Set ADMIN_USERNAME to a new name to create one.", username);
            return;
        }
        if (generated) {
            log.warn("""

                    ==========================================================================
                    Created the first administrator '{}' with the password: {}
                    It is shown only this once. Sign in with it: you are asked to choose
                    your own password at once. (Or set ADMIN_USERNAME and ADMIN_PASSWORD
                    before the first start.)
                    ==========================================================================""", username, chosen);
        } else if (weak) {
            log.warn("Created the first administrator '{}' from ADMIN_USERNAME/ADMIN_PASSWORD; the password is too weak for the "
                    + "password policy, so a new one must be chosen at the first sign-in.", username);
        } else {
            log.info("Created the first administrator '{}' from ADMIN_USERNAME/ADMIN_PASSWORD.", username);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[GENERATED_PASSWORD_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
