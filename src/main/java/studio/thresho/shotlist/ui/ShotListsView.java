package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.brand.BrandProfileService;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.shotlist.ShotListService;
import studio.thresho.shotlist.ShotListSummary;

/** The current project's shot lists: open, create, change, duplicate, archive, delete. Viewers read. */
@Route("shot-lists")
@PageTitle("Shot lists · Thresho Studio")
@Menu(title = "Shot lists", order = 17, icon = "vaadin:film")
@PermitAll
class ShotListsView extends Div {

    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final Grid<ShotListSummary> grid = new Grid<>();
    final Button create = new Button("New shot list", VaadinIcon.PLUS.create());
    final Checkbox showArchived = new Checkbox("Show archived");

    private final ShotListService lists;
    private final BrandProfileService brands;
    private final ProviderRegistry providers;
    private final boolean editor;

    ShotListsView(ShotListService lists, BrandProfileService brands, ProviderRegistry providers, CurrentUser currentUser) {
        this.lists = lists;
        this.brands = brands;
        this.providers = providers;
        this.editor = currentUser.require().can(Role.EDITOR);
        addClassName("page");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-shot-list");
        create.addClickListener(click -> openSettings(null));
        create.setVisible(editor);
        showArchived.addValueChangeListener(change -> refresh());
        add(new ViewHeader("Shot lists", "Campaigns planned shot by shot, with their cast").addActions(showArchived, create));
        grid.addColumn(ShotListSummary::name).setHeader("Name").setFlexGrow(2).setSortable(true);
        grid.addColumn(list -> list.description() == null ? "" : list.description()).setHeader("Description").setFlexGrow(3);
        grid.addColumn(list -> list.status().label() + (list.archived() ? " · archived" : "")).setHeader("Status").setAutoWidth(true);
        grid.addColumn(list -> list.brandName() == null ? "" : list.brandName()).setHeader("Brand").setAutoWidth(true);
        grid.addColumn(list -> list.defaultProviderId() == null ? "Studio default"
                : providers.find(list.defaultProviderId()).map(provider -> provider.displayName()).orElse(list.defaultProviderId()))
                .setHeader("Provider").setAutoWidth(true);
        grid.addColumn(ShotListSummary::shotCount).setHeader("Shots").setKey("shots").setAutoWidth(true);
        grid.addComponentColumn(ShotListsView::frames).setHeader("Selected frames").setFlexGrow(2);
        grid.addColumn(list -> list.updatedAt() == null ? "" : CHANGED.format(list.updatedAt())).setHeader("Last change").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(lists.overview(showArchived.getValue()));
    }

    private static Component frames(ShotListSummary list) {
        Div strip = new Div();
        strip.addClassName("frame-strip");
        list.selectedFrames().stream().limit(8).forEach(key -> strip.add(new Image(MediaUrls.of(key, MediaVariant.THUMBNAIL), "")));
        return strip;
    }

    private Component actions(ShotListSummary list) {
        Div actions = new Div();
        actions.add(button(VaadinIcon.FOLDER_OPEN_O, "Open " + list.name(), () -> open(list)));
        if (editor) {
            actions.add(button(VaadinIcon.EDIT, "Settings of " + list.name(), () -> openSettings(list)),
                    button(VaadinIcon.COPY_O, "Duplicate " + list.name(), () -> attempt(() -> lists.duplicate(list.id()),
                            "Duplicated " + list.name() + " with every cast, context and pin.")),
                    button(list.archived() ? VaadinIcon.ARROW_BACKWARD : VaadinIcon.ARCHIVE,
                            (list.archived() ? "Restore " : "Archive ") + list.name(),
                            () -> attempt(() -> lists.archive(list.id(), !list.archived()),
                                    list.name() + (list.archived() ? " is back." : " is archived."))),
                    button(VaadinIcon.TRASH, "Delete " + list.name(), () -> confirmDelete(list)));
        }
        return actions;
    }

    private Button button(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(label);
        button.setTooltipText(label);
        return button;
    }

    private void open(ShotListSummary list) {
        UI.getCurrent().navigate(ShotListView.class, list.id().toString());
    }

    private void openSettings(ShotListSummary list) {
        new ShotListDialog(lists, brands.usable(), providers.available(), list, saved -> {
            refresh();
            Notifications.success("Saved " + saved.name() + ".");
        }).open();
    }

    private void confirmDelete(ShotListSummary list) {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + list.name() + "?",
                "Its " + list.shotCount() + " shots and their casts are deleted; the assets' usage history keeps that they were cast.",
                "Delete", event -> attempt(() -> lists.delete(list.id()), "Deleted " + list.name() + "."));
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
}
