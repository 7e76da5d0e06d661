package studio.thresho.asset.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class LibraryViewTest extends KaribuTest {

    @Autowired
    CurrentProjectService currentProject;

    @Test
    void libraryIsTheHomePageAndNamesTheCurrentProject() {
        openAs(TestLogins.VIEWER, "");

        String expected = currentProject.current().map(ProjectSummary::name).orElse("Global library");
        assertThat(_get(ViewHeader.class).getElement().getTextRecursively()).contains("Library").contains(expected);
        assertThat(_find(EmptyState.class).size() + _find(AssetCard.class).size()).as("cards or an empty state").isPositive();
    }

    @Test
    void libraryIsAlsoReachableAtItsOwnAddress() {
        openAs(TestLogins.EDITOR, "library");

        assertThat(_get(LibraryView.class)).isNotNull();
    }
}
