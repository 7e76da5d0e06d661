package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.web.session.HttpSessionCreatedEvent;
import studio.thresho.testsupport.IntegrationTest;

/**
 * Demoting, disabling or resetting the password of a user ends that user's open sessions once the
 * change is committed (not in a test transaction: the sessions end after the commit).
 */
@IntegrationTest
@WithMockUser(roles = "ADMIN")
class SessionsFollowRightsTest {

    @Autowired
    UserAdminService admin;
    @Autowired
    SessionRegistry registry;
    @Autowired
    OpenSessions openSessions;

    private UserSummary someone(Role role) {
        return admin.createUser(new NewUser("s-" + UUID.randomUUID().toString().substring(0, 8), "Sam Session", role,
                UserAdminServiceTest.GOOD_PASSWORD));
    }

    /** A browser signed in as the user: a live HTTP session the registry knows. */
    private MockHttpSession signedIn(UserSummary user) {
        MockHttpSession session = new MockHttpSession();
        openSessions.created(new HttpSessionCreatedEvent(session));
        registry.registerNewSession(session.getId(), User.withUsername(user.username()).password("unused").roles(user.role().name()).build());
        return session;
    }

    @Test
    void demotingEndsEverySessionOfThatUserAndNoOtherAtOnce() {
        UserSummary demoted = someone(Role.EDITOR);
        UserSummary bystander = someone(Role.EDITOR);
        MockHttpSession laptop = signedIn(demoted);
        MockHttpSession phone = signedIn(demoted);
        MockHttpSession other = signedIn(bystander);

        admin.changeRole(demoted.id(), Role.VIEWER);

        assertThat(laptop.isInvalid()).isTrue();
        assertThat(phone.isInvalid()).isTrue();
        assertThat(registry.getSessionInformation(laptop.getId()).isExpired()).isTrue();
        assertThat(other.isInvalid()).isFalse();
        assertThat(registry.getSessionInformation(other.getId()).isExpired()).isFalse();
    }

    @Test
    void disablingAndResettingThePasswordEndTheSessionsToo() {
        UserSummary user = someone(Role.EDITOR);
        MockHttpSession first = signedIn(user);
        admin.setEnabled(user.id(), false);
        assertThat(first.isInvalid()).isTrue();

        admin.setEnabled(user.id(), true);
        MockHttpSession second = signedIn(user);
        admin.resetPassword(user.id(), "quiet orchard tide 7");
        assertThat(second.isInvalid()).isTrue();
    }

    @Test
    void aSessionThisNodeDoesNotHoldIsMarkedExpiredForSpringsSessionFilter() {
        UserSummary user = someone(Role.EDITOR);
        String elsewhere = "session-on-another-node-" + UUID.randomUUID();
        registry.registerNewSession(elsewhere, User.withUsername(user.username()).password("unused").roles("EDITOR").build());

        admin.changeRole(user.id(), Role.ADMIN);

        assertThat(registry.getSessionInformation(elsewhere).isExpired()).isTrue();
    }

    @Test
    void choosingTheSameRoleOrEnablingEndsNothing() {
        UserSummary user = someone(Role.EDITOR);
        MockHttpSession session = signedIn(user);

        admin.changeRole(user.id(), Role.EDITOR);
        admin.setEnabled(user.id(), true);

        assertThat(session.isInvalid()).isFalse();
    }
}
