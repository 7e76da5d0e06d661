package studio.thresho.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts that come from configuration or the demo rather than from a person: the first
 * administrator, the demo users (demo profile only) and the test users. Runs as the system
 * ({@link SystemAuthentication}) and is reached from no page: the password policy does not apply
 * here because the operator chose the password; a person choosing one always meets it.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
public class UserProvisioning {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    UserProvisioning(UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Transactional(readOnly = true)
    public boolean enabledAdminExists() {
        return users.existsByRoleAndEnabledTrue(Role.ADMIN);
    }

    /** Creates the account unless the username exists; returns whether it was created. */
    @Transactional
    public boolean createIfMissing(String rawUsername, String displayName, String password, Role role) {
        return createIfMissing(rawUsername, displayName, password, role, false);
    }

    /**
     * Creates the account unless the username exists; with {@code mustChangePassword} its owner
     * chooses a new password at the first sign-in. Returns whether it was created.
     */
    @Transactional
    public boolean createIfMissing(String rawUsername, String displayName, String password, Role role, boolean mustChangePassword) {
        String username = UserRules.normaliseUsername(rawUsername);
        if (users.existsByUsername(username)) {
            return false;
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A provisioned account needs a password");
        }
        UserAccount account = new UserAccount(username, UserRules.normaliseDisplayName(displayName), passwordEncoder.encode(password), role);
        account.setPasswordChangeRequired(mustChangePassword);
        users.save(account);
        return true;
    }
}
