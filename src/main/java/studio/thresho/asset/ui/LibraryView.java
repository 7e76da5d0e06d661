package studio.thresho.asset.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;

/** The Library page. Until the asset features land it greets the user and names what is coming. */
@Route("")
@RouteAlias("library")
@PageTitle("Library · Thresho Studio")
@Menu(title = "Library", order = 10, icon = "vaadin:records")
@PermitAll
class LibraryView extends Div {

    static final String NO_PROJECT_SUBTITLE = "Global library · no project chosen yet";

    LibraryView(CurrentProjectService currentProject) {
        addClassName("page");
        String subtitle = currentProject.current()
                .map(ProjectSummary::name)
                .map(name -> name + " · project library and global assets")
                .orElse(NO_PROJECT_SUBTITLE);
        add(new ViewHeader("Library", subtitle));
        add(new EmptyState(VaadinIcon.PICTURE, "Your library is almost ready",
                "Soon you will keep talent with headshots and character sheets, environments, props, wardrobe, "
                        + "lighting setups, camera profiles and style references here, and find any of them in seconds."),
                categories());
    }

    private static Div categories() {
        Div row = new Div();
        row.addClassName("category-preview");
        row.add(chip(VaadinIcon.USER, "Talent"), chip(VaadinIcon.HOME, "Environment"), chip(VaadinIcon.CUBE, "Props"),
                chip(VaadinIcon.SHOP, "Wardrobe"), chip(VaadinIcon.LIGHTBULB, "Lighting"), chip(VaadinIcon.CAMERA, "Camera"),
                chip(VaadinIcon.PALETTE, "Style"));
        return row;
    }

    private static Span chip(VaadinIcon icon, String label) {
        Icon symbol = icon.create();
        Span chip = new Span(symbol, new Span(label));
        chip.addClassName("category-chip");
        return chip;
    }
}
