package studio.thresho.brand.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.brand.BrandProfileService;
import studio.thresho.brand.BrandProfileView;
import studio.thresho.brand.BrandRules;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.SystemAuthentication;
import studio.thresho.security.TestLogins;
import studio.thresho.testsupport.KaribuTest;

class BrandProfilesViewTest extends KaribuTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CurrentProjectService currentProject;
    @Autowired
    BrandProfileService brands;

    @BeforeEach
    void editorInAProject() {
        ProjectSummary project = SystemAuthentication.runAsSystem(() -> projects.create("Brands " + UUID.randomUUID(), null));
        logins.loginAs(TestLogins.EDITOR);
        currentProject.select(project.id());
    }

    @Test
    void anEditorCreatesAProfileAndMakesItTheProjectDefault() {
        UI.getCurrent().navigate("brands");
        BrandProfilesView view = _get(BrandProfilesView.class);
        assertThat(rowsOf(view.grid)).extracting(BrandProfileView::name).contains("Thresho");
        assertThat(view.projectDefault()).contains(UUID.fromString("00000000-0000-4000-8000-000000000401"));

        _click(view.create);
        BrandDialog dialog = _get(BrandDialog.class);
        _click(dialog.primaryButton());
        assertThat(dialog.errorText()).contains("Name is required");
        dialog.name.setValue("Summer Launch");
        dialog.tokens.setValue("sunny, playful");
        dialog.style.setValue("High key, saturated colours");
        _click(dialog.primaryButton());

        BrandProfileView summer = rowsOf(view.grid).stream().filter(profile -> profile.name().equals("Summer Launch")).findFirst().orElseThrow();
        assertThat(summer.tokens()).containsExactly("sunny", "playful");
        int row = rowsOf(view.grid).indexOf(summer);
        var actions = com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(view.grid, row, "actions");
        _click(actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(button -> button.getText().equals("Make project default")).findFirst().orElseThrow());

        assertThat(brands.projectDefault().orElseThrow().id()).isEqualTo(summer.id());
        assertThat(view.projectDefault()).contains(summer.id());
    }

    @Test
    void aNameOverTheLimitIsRefusedWithAMessageNeverCut() {
        UI.getCurrent().navigate("brands");
        BrandProfilesView view = _get(BrandProfilesView.class);
        _click(view.create);
        BrandDialog dialog = _get(BrandDialog.class);
        String tooLong = "B".repeat(BrandRules.NAME_MAX_LENGTH + 5);

        dialog.name.setValue(tooLong);
        _click(dialog.primaryButton());

        assertThat(dialog.name.getValue()).isEqualTo(tooLong);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("At most 120 characters; this has 125.");
        assertThat(rowsOf(view.grid)).extracting(BrandProfileView::name).doesNotContain(tooLong, tooLong.substring(0, 120));
    }

    @Test
    void viewersCannotOpenIt() {
        logins.loginAs(TestLogins.VIEWER);

        UI.getCurrent().navigate("brands");

        assertThat(_find(BrandProfilesView.class)).isEmpty();
    }
}
