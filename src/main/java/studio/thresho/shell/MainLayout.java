package studio.thresho.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectService;
import studio.thresho.project.ui.NewProjectDialog;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;

@Layout
@PermitAll
class MainLayout extends AppLayout {

    MainLayout(CurrentUser currentUser, ProjectService projects, CurrentProjectService currentProject,
               AuthenticationContext authentication) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");

        Div spacer = new Div();
        spacer.addClassName("navbar-spacer");
        addToNavbar(new DrawerToggle(), spacer, new ProjectSelector(projects, currentProject));
        if (currentUser.require().can(Role.ADMIN)) {
            Button newProject = new Button(VaadinIcon.PLUS.create(), click -> new NewProjectDialog(projects, currentProject).open());
            newProject.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
            newProject.setAriaLabel("New project");
            newProject.setTooltipText("New project");
            newProject.setId("new-project");
            addToNavbar(newProject);
        }

        Scroller navigation = new Scroller(createSideNav());
        navigation.addClassName("drawer-nav");
        addToDrawer(brand(), navigation, new UserCard(currentUser.require(), authentication::logout));
    }

    private static Div brand() {
        Span mark = new Span(VaadinIcon.FILM.create());
        mark.addClassName("brand-mark");
        Div text = new Div(new Span("Thresho Studio"), new Span("Talent & Asset Library"));
        text.addClassName("brand-text");
        Div brand = new Div(mark, text);
        brand.addClassName("brand");
        return brand;
    }

    private static SideNav createSideNav() {
        SideNav nav = new SideNav();
        nav.addClassName("side-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(toItem(entry)));
        return nav;
    }

    private static SideNavItem toItem(MenuEntry entry) {
        SideNavItem item = new SideNavItem(entry.title(), entry.path());
        String icon = entry.icon();
        if (icon != null && icon.contains(":")) {
            String[] parts = icon.split(":", 2);
            item.setPrefixComponent(new Icon(parts[0], parts[1]));
        }
        return item;
    }
}
