package studio.thresho.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.testsupport.IntegrationTest;

@IntegrationTest
@Transactional
class UserAdminServiceTest {

    @Autowired
    UserAdminService admin;
    @Autowired
    UserAccountRepository accounts;
    @Autowired
    DatabaseUserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;

    static final String GOOD_PASSWORD = "amber falcon drifts west";

    private static String uniqueName() {
        return "u-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    @WithMockUser(roles = "VIEWER")
    void viewerIsRefusedEveryAdministrationCall() {
        UUID someone = UUID.randomUUID();
        assertThatThrownBy(() -> admin.listUsers()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.createUser(new NewUser(uniqueName(), "X", Role.EDITOR, GOOD_PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.changeRole(someone, Role.ADMIN)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.resetPassword(someone, GOOD_PASSWORD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.setEnabled(someone, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"EDITOR", "VIEWER"})
    void editorIsRefusedToo() {
        assertThatThrownBy(() -> admin.createUser(new NewUser(uniqueName(), "X", Role.ADMIN, GOOD_PASSWORD)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.listUsers()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anonymousCallIsRefused() {
        assertThatThrownBy(() -> admin.listUsers()).isInstanceOf(
                org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminCreatesAUserWhoCanSignInWithAHashedPassword() {
        String username = uniqueName();

        UserSummary created = admin.createUser(new NewUser("  " + username.toUpperCase() + " ", " Maya Producer ", Role.EDITOR, "velvet harbour lantern"));

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.displayName()).isEqualTo("Maya Producer");
        assertThat(admin.listUsers()).extracting(UserSummary::username).contains(username);
        UserAccount stored = accounts.findByUsername(username).orElseThrow();
        assertThat(stored.getPasswordHash()).doesNotContain("velvet harbour lantern").startsWith("$2");
        assertThat(passwordEncoder.matches("velvet harbour lantern", userDetails.loadUserByUsername(username).getPassword())).isTrue();
        assertThat(userDetails.loadUserByUsername(username).getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_EDITOR", "ROLE_VIEWER");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void invalidInputIsRefusedWithAClearMessage() {
        String taken = uniqueName();
        admin.createUser(new NewUser(taken, "Taken", Role.VIEWER, GOOD_PASSWORD));

        assertThatThrownBy(() -> admin.createUser(new NewUser(taken, "Again", Role.VIEWER, GOOD_PASSWORD)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("is taken");
        assertThatThrownBy(() -> admin.createUser(new NewUser("no spaces", "X", Role.VIEWER, GOOD_PASSWORD)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("letters, digits");
        assertThatThrownBy(() -> admin.createUser(new NewUser(uniqueName(), "X", Role.VIEWER, "short-pass")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("at least " + UserRules.PASSWORD_MIN_LENGTH);
        assertThatThrownBy(() -> admin.createUser(new NewUser(uniqueName(), " ", Role.VIEWER, GOOD_PASSWORD)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> admin.createUser(new NewUser(uniqueName(), "X", null, GOOD_PASSWORD)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("role");
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void adminChangesRolesResetsPasswordsAndDisablesAccounts() {
        UserSummary user = admin.createUser(new NewUser(uniqueName(), "Dee", Role.VIEWER, GOOD_PASSWORD));

        assertThat(admin.changeRole(user.id(), Role.EDITOR).role()).isEqualTo(Role.EDITOR);
        admin.resetPassword(user.id(), "quiet orchard tide 7");
        assertThat(passwordEncoder.matches("quiet orchard tide 7", userDetails.loadUserByUsername(user.username()).getPassword())).isTrue();
        assertThat(admin.setEnabled(user.id(), false).enabled()).isFalse();
        assertThat(userDetails.loadUserByUsername(user.username()).isEnabled()).isFalse();
        assertThat(admin.setEnabled(user.id(), true).enabled()).isTrue();
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void theLastEnabledAdministratorCannotBeDemotedOrDisabled() {
        UserSummary last = admin.createUser(new NewUser(uniqueName(), "Last Admin", Role.ADMIN, GOOD_PASSWORD));
        accounts.findAll().stream()
                .filter(account -> account.getRole() == Role.ADMIN && !account.getId().equals(last.id()))
                .forEach(account -> account.setRole(Role.EDITOR));
        accounts.flush();

        assertThatThrownBy(() -> admin.changeRole(last.id(), Role.EDITOR))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("last administrator");
        assertThatThrownBy(() -> admin.setEnabled(last.id(), false))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("last administrator");

        UserSummary second = admin.createUser(new NewUser(uniqueName(), "Second Admin", Role.ADMIN, GOOD_PASSWORD));
        assertThat(admin.changeRole(last.id(), Role.VIEWER).role()).isEqualTo(Role.VIEWER);
        assertThatThrownBy(() -> admin.setEnabled(second.id(), false)).isInstanceOf(UserFacingException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void aDisabledAdminDoesNotCountAsTheOneLeft() {
        UserSummary keeper = admin.createUser(new NewUser(uniqueName(), "Keeper", Role.ADMIN, GOOD_PASSWORD));
        UserSummary sleeper = admin.createUser(new NewUser(uniqueName(), "Sleeper", Role.ADMIN, GOOD_PASSWORD));
        accounts.findAll().stream()
                .filter(account -> account.getRole() == Role.ADMIN && !account.getId().equals(keeper.id())
                        && !account.getId().equals(sleeper.id()))
                .forEach(account -> account.setRole(Role.EDITOR));
        admin.setEnabled(sleeper.id(), false);

        assertThatThrownBy(() -> admin.changeRole(keeper.id(), Role.EDITOR)).isInstanceOf(UserFacingException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void passwordsFollowThePolicyAndOnesAnAdministratorSetsMustBeChangedAtNextSignIn() {
        String username = uniqueName();
        assertThatThrownBy(() -> admin.createUser(new NewUser(username, "Pat Common", Role.VIEWER, "password1234")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("too easy to guess");
        assertThatThrownBy(() -> admin.createUser(new NewUser(username, "Pat Common", Role.VIEWER, username + username)))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("too easy to guess");

        UserSummary created = admin.createUser(new NewUser(username, "Pat Common", Role.VIEWER, GOOD_PASSWORD));
        assertThat(accounts.findByUsername(username).orElseThrow().isPasswordChangeRequired()).isTrue();
        accounts.findByUsername(username).orElseThrow().setPasswordChangeRequired(false);

        assertThatThrownBy(() -> admin.resetPassword(created.id(), "qwertyuiop123"))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("too easy to guess");
        admin.resetPassword(created.id(), "quiet orchard tide 7");
        assertThat(accounts.findByUsername(username).orElseThrow().isPasswordChangeRequired()).isTrue();
    }
}
