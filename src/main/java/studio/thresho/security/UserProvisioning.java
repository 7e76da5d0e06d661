package studio.thresho.security;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts that come from configuration or the demo rather than from a person: the first
 * administrator and the demo users. Runs as the system ({@link SystemAuthentication}); the
 * password length policy does not apply because the operator chose the password.
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
        String username = UserRules.normaliseUsername(rawUsername);
        if (users.existsByUsername(username)) {
            return false;
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("A provisioned account needs a password");
        }
        users.save(new UserAccount(username, UserRules.normaliseDisplayName(displayName), passwordEncoder.encode(password), role));
        return true;
    }
}
