package studio.thresho.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.security.Role;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.security.UserProvisioning;
import studio.thresho.testsupport.KaribuTest;

class ProfileViewTest extends KaribuTest {

    static final String FIRST = "amber falcon drifts west";
    static final String SECOND = "quiet orchard tide 7";

    @Autowired
    UserProvisioning provisioning;

    private String person(boolean mustChange) {
        String username = "pv-" + UUID.randomUUID().toString().substring(0, 8);
        SystemAuthentication.runAsSystem(() -> provisioning.createIfMissing(username, "Pia View", FIRST, Role.EDITOR, mustChange));
        return username;
    }

    private static String path() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    @Test
    void theUserCardLeadsToTheProfileWithNameUsernameAndRole() {
        String username = person(false);
        openAs(username, "");

        _click(_get(Button.class, spec -> spec.withId("profile")));

        ProfileView profile = _get(ProfileView.class);
        assertThat(path()).isEqualTo("profile");
        String text = profile.getElement().getTextRecursively();
        assertThat(text).contains("Pia View", username, "Editor");
        assertThat(profile.forced.isVisible()).isFalse();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndTheSameNewOneTwice() {
        String username = person(false);
        openAs(username, "profile");
        ProfileView profile = _get(ProfileView.class);

        profile.current.setValue("wrong one entirely");
        profile.chosen.setValue(SECOND);
        profile.repeated.setValue(SECOND);
        _click(profile.save);
        assertThat(profile.error.getText()).contains("current password is not correct");

        profile.current.setValue(FIRST);
        profile.repeated.setValue(SECOND + "x");
        _click(profile.save);
        assertThat(profile.error.getText()).contains("differ");

        profile.repeated.setValue(SECOND);
        profile.chosen.setValue("password1234");
        profile.repeated.setValue("password1234");
        _click(profile.save);
        assertThat(profile.error.getText()).contains("too easy to guess");

        profile.chosen.setValue(SECOND);
        profile.repeated.setValue(SECOND);
        _click(profile.save);
        assertThat(profile.error.isVisible()).isFalse();
        NotificationsKt.expectNotifications("Your password is changed. Other browsers signed in as you were signed out.");
        assertThat(logins.passwordMatches(username, SECOND)).isTrue();
    }

    @Test
    void someoneWhoMustChooseAPasswordIsKeptOnTheProfileUntilTheyHave() {
        String username = person(true);
        openAs(username, "");
        assertThat(path()).isEqualTo("profile");
        assertThat(_get(ProfileView.class).forced.isVisible()).isTrue();
        assertThat(_get(ProfileView.class).forced.getText()).isEqualTo(ProfileView.FORCED_CHANGE);

        UI.getCurrent().navigate("admin/users");
        assertThat(path()).isEqualTo("profile");

        ProfileView profile = _get(ProfileView.class);
        profile.current.setValue(FIRST);
        profile.chosen.setValue(SECOND);
        profile.repeated.setValue(SECOND);
        _click(profile.save);

        assertThat(path()).isEmpty();
        UI.getCurrent().navigate("profile");
        assertThat(_get(ProfileView.class).forced.isVisible()).isFalse();
    }

    @Test
    void theTestAccountsAreNotAskedToChange() {
        openAs(TestLogins.EDITOR, "");
        assertThat(path()).isEmpty();
    }
}
