package studio.thresho.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class NavigationByRoleTest extends KaribuTest {

    @Test
    void adminSeesLibraryAndAdmin() {
        openAs(TestLogins.ADMIN, "");

        assertThat(navigationLabels()).containsExactly("Library", "Generate", "Talent wizard", "Generations", "Shot lists", "Categories", "Brands", "Insights", "Projects", "Admin",
                "Providers");
    }

    @Test
    void editorSeesLibraryGenerateShotListsCategoriesBrandsAndInsightsButNotAdmin() {
        openAs(TestLogins.EDITOR, "");

        assertThat(navigationLabels()).containsExactly("Library", "Generate", "Talent wizard", "Generations", "Shot lists", "Categories", "Brands", "Insights");
    }

    @Test
    void viewerSeesTheLibraryAndShotListsButNotAdmin() {
        openAs(TestLogins.VIEWER, "");

        assertThat(navigationLabels()).containsExactly("Library", "Generations", "Shot lists");
    }

    @Test
    void viewerCannotOpenAdmin() {
        openAs(TestLogins.VIEWER, "admin/users");

        LocatorJ._assertNone(studio.thresho.security.ui.UserAdminViewProbe.viewClass());
        assertThat(_get(AccessDeniedView.class).getElement().getTextRecursively()).contains("Viewer");
    }

    @Test
    void editorCannotOpenAdmin() {
        openAs(TestLogins.EDITOR, "admin/users");

        LocatorJ._assertNone(studio.thresho.security.ui.UserAdminViewProbe.viewClass());
        _get(AccessDeniedView.class);
    }

    @Test
    void shellShowsTheSignedInUserAndASignOutButton() {
        openAs(TestLogins.EDITOR, "");

        UserCard card = _get(UserCard.class);
        assertThat(card.getElement().getTextRecursively()).contains("Ed Itor").contains("Editor");
        assertThat(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withId("sign-out"))).isNotNull();
    }

    private static List<String> navigationLabels() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
