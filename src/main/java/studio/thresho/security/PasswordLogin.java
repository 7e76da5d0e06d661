package studio.thresho.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * The sign-in check. Throttled names and addresses are turned away before any password is
 * checked; otherwise exactly one password hash check runs whether the account exists, is disabled
 * or is fine (a made-up hash stands in for a missing account), so neither the answer nor its timing
 * tells them apart. Only a correct password of an enabled account signs in. It is the login
 * form's whole authentication manager ({@link SecurityConfig}): no other check can be asked after it.
 */
@Component
class PasswordLogin implements AuthenticationManager {

    static final String REFUSED = "Wrong username or password";

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;
    /** Compared against when no such user exists, so the answer takes as long; made at the first login, not at start-up. */
    private final Supplier<String> standInHash;

    PasswordLogin(UserAccountRepository users, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.standInHash = SingletonSupplier.of(() -> passwordEncoder.encode(UUID.randomUUID().toString()));
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String typed = attempt.getName();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
        List<String> subjects = LoginThrottle.subjects(typed, address);
        throttle.waitFor(subjects).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        Optional<UserAccount> account = users.findByUsername(typed == null ? "" : typed.trim().toLowerCase(Locale.ROOT));
        boolean matches = passwordEncoder.matches(password, account.map(UserAccount::getPasswordHash).orElseGet(standInHash));
        if (!matches || account.isEmpty() || !account.get().isEnabled()) {
            throttle.failed(subjects);
            throw new BadCredentialsException(REFUSED);
        }
        throttle.succeeded(typed);
        AppUser user = new AppUser(account.get());
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }
}
