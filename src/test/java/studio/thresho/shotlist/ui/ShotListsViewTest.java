package studio.thresho.shotlist.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.TestLogins;
import studio.thresho.shotlist.CastingFixture;
import studio.thresho.shotlist.ShotListDraft;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListStatus;
import studio.thresho.shotlist.ShotListSummary;
import studio.thresho.testsupport.KaribuTest;

class ShotListsViewTest extends KaribuTest {

    @Autowired
    CastingFixture fixture;
    @Autowired
    ShotListService lists;

    @Autowired
    CurrentProjectService currentProject;

    private ProjectSummary project;

    @BeforeEach
    void editorInAProject() {
        project = fixture.editorInNewProject();
    }

    private ShotListsView open() {
        UI.getCurrent().navigate("shot-lists");
        return _get(ShotListsView.class);
    }

    private static Button action(ShotListsView view, int row, String label) {
        Component actions = GridKt._getCellComponent(view.grid, row, "actions");
        return actions.getChildren().map(Button.class::cast).filter(button -> button.getAriaLabel().orElse("").startsWith(label))
                .findFirst().orElseThrow();
    }

    @Test
    void anEditorCreatesDuplicatesAndDeletesAList() {
        ShotListsView view = open();

        _click(view.create);
        ShotListDialog dialog = _get(ShotListDialog.class);
        _click(dialog.primaryButton());
        assertThat(dialog.errorText()).isEqualTo("Name is required.");
        dialog.name.setValue("Q1 Barbershop Spot");
        dialog.status.setValue(ShotListStatus.IN_PRODUCTION);
        _click(dialog.primaryButton());
        assertThat(rowsOf(view.grid)).singleElement().satisfies(list -> {
            assertThat(list.name()).isEqualTo("Q1 Barbershop Spot");
            assertThat(list.status()).isEqualTo(ShotListStatus.IN_PRODUCTION);
        });

        _click(action(view, 0, "Duplicate"));
        assertThat(rowsOf(view.grid)).extracting(ShotListSummary::name).containsExactly("Q1 Barbershop Spot", "Q1 Barbershop Spot (copy)");

        _click(action(view, 1, "Delete"));
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(rowsOf(view.grid)).extracting(ShotListSummary::name).containsExactly("Q1 Barbershop Spot");

        _click(action(view, 0, "Archive"));
        assertThat(rowsOf(view.grid)).isEmpty();
        view.showArchived.setValue(true);
        assertThat(rowsOf(view.grid)).extracting(ShotListSummary::archived).containsExactly(true);
    }

    @Test
    void aNameOverTheLimitIsRefusedWithAMessage() {
        ShotListsView view = open();
        _click(view.create);
        ShotListDialog dialog = _get(ShotListDialog.class);
        dialog.name.setValue("N".repeat(205));
        _click(dialog.primaryButton());
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.errorText()).isEqualTo("Name can hold at most 200 characters; this has 205.");
        assertThat(rowsOf(view.grid)).isEmpty();
    }

    @Test
    void openingAListShowsItsRows() {
        ShotListSummary list = lists.create(ShotListDraft.named("Open me"));
        ShotListsView view = open();

        _click(action(view, 0, "Open"));

        assertThat(_get(ShotListView.class).title.getText()).isEqualTo("Open me");
        assertThat(list.shotCount()).isZero();
    }

    @Test
    void viewersReadButDoNotChange() {
        lists.create(ShotListDraft.named("Read only"));
        logins.loginAs(TestLogins.VIEWER);
        currentProject.select(project.id());
        ShotListsView view = open();

        assertThat(rowsOf(view.grid)).extracting(ShotListSummary::name).containsExactly("Read only");
        assertThat(view.create.isVisible()).isFalse();
        assertThat(GridKt._getCellComponent(view.grid, 0, "actions").getChildren().count()).isEqualTo(1);
    }
}
