package studio.thresho.asset.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetSummary;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;

/** The library: the current project's assets and the global ones, as cards. */
@Route("")
@RouteAlias("library")
@PageTitle("Library · Thresho Studio")
@Menu(title = "Library", order = 10, icon = "vaadin:records")
@PermitAll
class LibraryView extends Div {

    static final String NO_PROJECT_SUBTITLE = "Global library · no project chosen yet";

    LibraryView(AssetService assets, CategoryService categories, CurrentProjectService currentProject, CurrentUser currentUser) {
        addClassName("page");
        String subtitle = currentProject.current()
                .map(ProjectSummary::name)
                .map(name -> name + " · project library and global assets")
                .orElse(NO_PROJECT_SUBTITLE);
        boolean canEdit = currentUser.require().can(Role.EDITOR);
        ViewHeader header = new ViewHeader("Library", subtitle);
        if (canEdit) {
            header.addActions(new NewAssetMenu(categories.tree()));
        }
        add(header);
        List<AssetSummary> visible = assets.visibleAssets();
        if (visible.isEmpty()) {
            add(new EmptyState(VaadinIcon.PICTURE, "No assets yet",
                    canEdit ? "Add talent, environments, props, wardrobe, lighting setups, camera profiles and style references "
                            + "with \"New asset\"; they appear here and in every generation."
                            : "Editors add talent, environments and the rest; they will appear here."));
            return;
        }
        Div grid = new Div();
        grid.addClassName("asset-grid");
        visible.forEach(asset -> grid.add(new AssetCard(asset)));
        add(grid);
    }
}
