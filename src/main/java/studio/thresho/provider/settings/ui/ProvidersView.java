package studio.thresho.provider.settings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.provider.settings.ProviderSettingsService;
import studio.thresho.provider.settings.ProviderSetup;
import studio.thresho.security.Role;

/** Admin > Providers: which generation services this studio uses and how they are reached. */
@Route("admin/providers")
@PageTitle("Providers · Thresho Studio")
@Menu(title = "Providers", order = 95, icon = "vaadin:plug")
@RolesAllowed(Role.Names.ADMIN)
class ProvidersView extends Div {

    final Grid<ProviderSetup> grid = new Grid<>();
    private final ProviderSettingsService settings;

    ProvidersView(ProviderSettingsService settings) {
        this.settings = settings;
        addClassName("page");
        add(new ViewHeader("Providers", "Image and video services, their keys and limits; Storyboard (offline) needs nothing"));
        grid.addColumn(ProviderSetup::name).setHeader("Provider").setFlexGrow(2);
        grid.addComponentColumn(ProvidersView::state).setHeader("State").setFlexGrow(2);
        grid.addColumn(setup -> setup.baseUrl() == null ? "" : setup.baseUrl()).setHeader("Base URL").setFlexGrow(3);
        grid.addColumn(setup -> setup.model() == null ? "" : setup.model()).setHeader("Model").setFlexGrow(2);
        grid.addColumn(ProviderSetup::concurrencyLimit).setHeader("At once").setFlexGrow(1);
        grid.addComponentColumn(this::configure).setKey("configure").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(settings.all());
    }

    private static Component state(ProviderSetup setup) {
        if (setup.keyState().label() != null) {
            Span badge = new Span(setup.keyState().label());
            badge.getElement().getThemeList().add("badge error");
            return badge;
        }
        boolean ready = setup.enabled() && (setup.hasCredential() || !setup.defaults().needsCredential());
        Span badge = new Span(ready ? "Ready" : !setup.enabled() ? "Off" : "Needs an API key");
        badge.getElement().getThemeList().add("badge " + (ready ? "success" : !setup.enabled() ? "contrast" : "error"));
        return badge;
    }

    private Component configure(ProviderSetup setup) {
        Button configure = new Button("Configure", click -> new ProviderDialog(settings, setup, this::refresh).open());
        configure.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        configure.setVisible(setup.defaults().baseUrl() != null || setup.defaults().needsCredential() || !setup.defaults().models().isEmpty());
        return configure;
    }
}
