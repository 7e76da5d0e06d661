package studio.thresho.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Test accounts and a login for tests: it sets Spring's security context, which services read and
 * which Karibu's fake request ({@code SpringSecurityFakeRequest}) passes on to Vaadin's route access control.
 */
@Component
public class TestLogins {

    public static final String ADMIN = "kt-admin";
    public static final String EDITOR = "kt-editor";
    public static final String VIEWER = "kt-viewer";
    public static final String PASSWORD = "test-password";

    private final UserProvisioning provisioning;
    private final DatabaseUserDetailsService userDetails;
    private final PasswordEncoder passwordEncoder;

    TestLogins(UserProvisioning provisioning, DatabaseUserDetailsService userDetails,
               PasswordEncoder passwordEncoder) {
        this.provisioning = provisioning;
        this.userDetails = userDetails;
        this.passwordEncoder = passwordEncoder;
    }

    public void ensureTestUsers() {
        SystemAuthentication.runAsSystem(() -> {
            provisioning.createIfMissing(ADMIN, "Kay Admin", PASSWORD, Role.ADMIN);
            provisioning.createIfMissing(EDITOR, "Ed Itor", PASSWORD, Role.EDITOR);
            provisioning.createIfMissing(VIEWER, "Vi Ewer", PASSWORD, Role.VIEWER);
        });
    }

    /** A new account with no history (no remembered project, no preferences); returns its username. */
    public String freshUser(Role role) {
        String username = "fresh-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> provisioning.createIfMissing(username, "Fresh " + role.label(), PASSWORD, role));
        return username;
    }

    /** Signs in as an existing user, in Karibu's UI and for service calls. */
    public void loginAs(String username) {
        AppUser user = (AppUser) userDetails.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    /** Whether the stored hash of the user matches the given password. */
    public boolean passwordMatches(String username, String rawPassword) {
        return passwordEncoder.matches(rawPassword, userDetails.loadUserByUsername(username).getPassword());
    }

    public boolean isEnabled(String username) {
        return userDetails.loadUserByUsername(username).isEnabled();
    }

    public static void logout() {
        SecurityContextHolder.clearContext();
    }
}
