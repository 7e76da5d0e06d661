package studio.thresho.wizard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.security.Role;
import studio.thresho.wizard.WizardService;
import studio.thresho.wizard.WizardSessionSummary;

/** The Talent wizard's sessions: the user's own and the current project's, with their step; start, continue, abandon. */
@Route("wizard")
@PageTitle("Talent wizard · Thresho Studio")
@Menu(title = "Talent wizard", order = 15.5, icon = "vaadin:user-star")
@RolesAllowed(Role.Names.EDITOR)
class WizardListView extends Div {

    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());

    final Grid<WizardSessionSummary> grid = new Grid<>();
    final Button start = new Button("New talent", VaadinIcon.PLUS.create());
    final Checkbox showFinished = new Checkbox("Show saved and abandoned");

    private final WizardService wizard;

    WizardListView(WizardService wizard) {
        this.wizard = wizard;
        addClassName("page");
        start.setId("wizard-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> UI.getCurrent().navigate("wizard/" + WizardView.NEW));
        showFinished.addValueChangeListener(change -> refresh());
        add(new ViewHeader("Talent wizard", "Describe a character, pick a headshot, get a consistent character sheet")
                .addActions(showFinished, start));
        grid.addColumn(session -> session.title().isBlank() ? "(no description)" : session.title()).setHeader("Talent").setFlexGrow(3);
        grid.addColumn(session -> session.status().label()).setHeader("Step").setAutoWidth(true);
        grid.addColumn(session -> session.mine() ? "Mine" : "Project").setHeader("Whose").setAutoWidth(true);
        grid.addColumn(session -> session.updatedAt() == null ? "" : CHANGED.format(session.updatedAt())).setHeader("Last change")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(click -> open(click.getItem()));
        grid.setAllRowsVisible(true);
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(wizard.overview(showFinished.getValue()));
    }

    private Component actions(WizardSessionSummary session) {
        Div actions = new Div();
        actions.addClassName("row-actions");
        if (session.status().open()) {
            Button resume = new Button("Continue", click -> open(session));
            resume.addClassName("wizard-continue");
            Button abandon = new Button("Abandon", click -> confirmAbandon(session));
            abandon.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            abandon.addClassName("wizard-abandon");
            actions.add(resume, abandon);
        } else if (session.talentLineageId() != null) {
            actions.add(new Button("Open talent", click -> UI.getCurrent().navigate("asset/" + session.talentLineageId())));
        }
        return actions;
    }

    private void open(WizardSessionSummary session) {
        if (session.status().open()) {
            UI.getCurrent().navigate("wizard/" + session.id());
        }
    }

    void confirmAbandon(WizardSessionSummary session) {
        ConfirmDialog dialog = new ConfirmDialog("Abandon this session?", "Its images stay for 30 days, then those no talent keeps are deleted.",
                "Abandon", confirmed -> abandon(session));
        dialog.setCancelable(true);
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    void abandon(WizardSessionSummary session) {
        try {
            wizard.abandon(session.id());
            Notifications.success("Abandoned.");
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }
}
