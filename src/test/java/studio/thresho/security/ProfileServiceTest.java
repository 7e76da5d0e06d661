package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import studio.thresho.base.UserFacingException;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
class ProfileServiceTest {

    static final String FIRST = "amber falcon drifts west";
    static final String SECOND = "quiet orchard tide 7";

    @Autowired
    ProfileService profiles;
    @Autowired
    UserProvisioning provisioning;
    @Autowired
    TestLogins logins;
    @Autowired
    SessionRegistry registry;
    @Autowired
    OpenSessions openSessions;

    @AfterEach
    void signOut() {
        TestLogins.logout();
        RequestContextHolder.resetRequestAttributes();
    }

    private String signedInAs(boolean mustChange) {
        String username = "me-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> provisioning.createIfMissing(username, "Mo Profile", FIRST, Role.EDITOR, mustChange));
        logins.loginAs(username);
        return username;
    }

    private MockHttpSession browser(String username) {
        MockHttpSession session = new MockHttpSession();
        openSessions.created(new HttpSessionCreatedEvent(session));
        registry.registerNewSession(session.getId(), User.withUsername(username).password("unused").roles("EDITOR").build());
        return session;
    }

    @Test
    void showsWhoIAmAndWhetherIMustChooseANewPassword() {
        String username = signedInAs(true);

        assertThat(profiles.mine()).isEqualTo(new Profile(username, "Mo Profile", Role.EDITOR, true));
        assertThat(profiles.passwordChangeRequired()).isTrue();
    }

    @Test
    void theCurrentPasswordIsRequiredAndTheNewOneMustMeetThePolicy() {
        String username = signedInAs(false);

        assertThatThrownBy(() -> profiles.changePassword("not it", SECOND)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("current password is not correct");
        assertThatThrownBy(() -> profiles.changePassword(FIRST, "password1234")).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("too easy to guess");
        assertThatThrownBy(() -> profiles.changePassword(FIRST, FIRST)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("different");
        assertThat(logins.passwordMatches(username, FIRST)).isTrue();
    }

    @Test
    void changingEndsTheOtherSessionsKeepsThisOneAndLiftsTheForcedChange() {
        String username = signedInAs(true);
        MockHttpSession other = browser(username);
        MockHttpSession mine = browser(username);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setSession(mine);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));

        profiles.changePassword(FIRST, SECOND);

        assertThat(logins.passwordMatches(username, SECOND)).isTrue();
        assertThat(profiles.passwordChangeRequired()).isFalse();
        assertThat(other.isInvalid()).isTrue();
        assertThat(mine.isInvalid()).isFalse();
    }

    @Test
    void wrongCurrentPasswordsCountTowardsTheSignInThrottle() {
        signedInAs(false);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> profiles.changePassword("guess " + UUID.randomUUID(), SECOND))
                    .hasMessageContaining("not correct");
        }
        assertThatThrownBy(() -> profiles.changePassword(FIRST, SECOND)).hasMessageContaining("Too many wrong passwords");
    }
}
