package studio.thresho.brand.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import java.util.UUID;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.brand.BrandProfileService;
import studio.thresho.brand.BrandProfileView;
import studio.thresho.security.Role;

/** Brand profiles: the tokens and style every prompt ends with; one is the current project's default. */
@Route("brands")
@PageTitle("Brand profiles · Thresho Studio")
@Menu(title = "Brands", order = 25, icon = "vaadin:flag-o")
@RolesAllowed(Role.Names.EDITOR)
class BrandProfilesView extends Div {

    final Grid<BrandProfileView> grid = new Grid<>();
    final Button create = new Button("New brand profile", VaadinIcon.PLUS.create());

    private final BrandProfileService brands;
    private UUID projectDefault;

    BrandProfilesView(BrandProfileService brands) {
        this.brands = brands;
        addClassName("page");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new BrandDialog(brands, null, saved -> refresh()).open());
        add(new ViewHeader("Brand profiles", "Tokens, style descriptors and negative terms for prompts").addActions(create));
        grid.addColumn(BrandProfileView::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(BrandProfileView::tokensText).setHeader("Tokens").setFlexGrow(3);
        grid.addColumn(profile -> profile.styleDescriptors() == null ? "" : profile.styleDescriptors()).setHeader("Style").setFlexGrow(3);
        grid.addColumn(profile -> profile.studioWide() ? "Studio-wide" : "This project").setHeader("For").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    void refresh() {
        projectDefault = brands.projectDefault().map(BrandProfileView::id).orElse(null);
        grid.setItems(brands.usable());
    }

    private Component actions(BrandProfileView profile) {
        Div actions = new Div();
        if (profile.id().equals(projectDefault)) {
            Span badge = new Span("Project default");
            badge.getElement().getThemeList().add("badge success");
            actions.add(badge);
        } else {
            Button makeDefault = new Button("Make project default", click -> attempt(() -> brands.setProjectDefault(profile.id()),
                    profile.name() + " is now this project's brand profile."));
            makeDefault.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            makeDefault.setId("make-default-" + profile.id());
            actions.add(makeDefault);
        }
        Button edit = new Button(VaadinIcon.EDIT.create(), click -> new BrandDialog(brands, profile, saved -> refresh()).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + profile.name());
        Button delete = new Button(VaadinIcon.TRASH.create(), click -> confirmDelete(profile));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel("Delete " + profile.name());
        actions.add(edit, delete);
        return actions;
    }

    private void confirmDelete(BrandProfileView profile) {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + profile.name() + "?",
                "Past generations keep their prompts; projects that used it as default fall back to a studio-wide profile.",
                "Delete", event -> attempt(() -> brands.delete(profile.id()), "Deleted " + profile.name() + "."));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    private void attempt(Runnable action, String success) {
        try {
            action.run();
            Notifications.success(success);
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }

    Optional<UUID> projectDefault() {
        return Optional.ofNullable(projectDefault);
    }
}
