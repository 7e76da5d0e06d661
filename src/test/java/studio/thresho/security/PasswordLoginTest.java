package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import studio.thresho.testsupport.IntegrationTest;

/** The sign-in check on the real database: one hash check whatever the account, then the throttle. */
@IntegrationTest
class PasswordLoginTest {

    static final String PASSWORD = "amber falcon drifts west";

    @Autowired
    UserAccountRepository accounts;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    LoginThrottle throttle;

    private final AtomicInteger hashChecks = new AtomicInteger();

    private PasswordLogin login() {
        PasswordEncoder counting = new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwordEncoder.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                hashChecks.incrementAndGet();
                return passwordEncoder.matches(raw, encoded);
            }
        };
        return new PasswordLogin(accounts, counting, throttle);
    }

    private String account(boolean enabled) {
        String username = "login-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> provisioning.createIfMissing(username, "Lo Gin", PASSWORD, Role.EDITOR));
        if (!enabled) {
            UserAccount account = accounts.findByUsername(username).orElseThrow();
            account.setEnabled(false);
            accounts.saveAndFlush(account);
        }
        return username;
    }

    private static Authentication attempt(String username, String password, String address) {
        UsernamePasswordAuthenticationToken attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }

    private static String address() {
        return "192.0.2." + (1 + (int) (Math.random() * 250));
    }

    @Test
    void theRightPasswordOfAnEnabledAccountSignsInWithItsRoles() {
        String username = account(true);

        Authentication signedIn = login().authenticate(attempt(" " + username.toUpperCase() + " ", PASSWORD, address()));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getPrincipal()).isInstanceOf(AppUser.class);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_VIEWER");
    }

    @Test
    void unknownDisabledAndWrongAnswersAreRefusedAlikeAfterExactlyOneHashCheck() {
        String known = account(true);
        String disabled = account(false);
        PasswordLogin login = login();

        for (Authentication refused : new Authentication[] {
                attempt("nobody-" + UUID.randomUUID(), PASSWORD, address()),
                attempt(disabled, PASSWORD, address()),
                attempt(known, "not the password at all", address())}) {
            hashChecks.set(0);
            assertThatThrownBy(() -> login.authenticate(refused))
                    .isExactlyInstanceOf(BadCredentialsException.class).hasMessage(PasswordLogin.REFUSED);
            assertThat(hashChecks).hasValue(1);
        }
    }

    @Test
    void afterFiveFailuresTheNameIsTurnedAwayWithoutAnyHashCheckEvenWithTheRightPassword() {
        String username = account(true);
        PasswordLogin login = login();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt(username, "wrong guess " + UUID.randomUUID(), address())))
                    .isInstanceOf(BadCredentialsException.class);
        }
        hashChecks.set(0);

        assertThatThrownBy(() -> login.authenticate(attempt(username, PASSWORD, address())))
                .isInstanceOf(LoginThrottledException.class);
        assertThat(hashChecks).hasValue(0);
    }

    @Test
    void anUnknownNameIsThrottledExactlyLikeAnAccount() {
        String unknown = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        PasswordLogin login = login();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt(unknown, "guess " + UUID.randomUUID(), address())))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login.authenticate(attempt(unknown, PASSWORD, address())))
                .isInstanceOf(LoginThrottledException.class);
    }
}
