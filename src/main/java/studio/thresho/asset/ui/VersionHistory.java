package studio.thresho.asset.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.VersionSummary;

/**
 * The spec's Version History panel: every version newest first with date, author and notes, the
 * active one marked. Two ticked versions are compared; editors set a version active or restore it.
 */
class VersionHistory extends Div {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    final Button compare = new Button("Compare selected");
    final Map<String, Checkbox> selection = new LinkedHashMap<>();
    final Map<String, Button> setActive = new LinkedHashMap<>();
    final Map<String, Button> restore = new LinkedHashMap<>();

    private final AssetVersionService versions;
    private final UUID lineageId;

    VersionHistory(AssetVersionService versions, AssetDetail shown, boolean canEdit) {
        this.versions = versions;
        this.lineageId = shown.lineageId();
        addClassName("version-history");
        List<VersionSummary> history = versions.history(lineageId);
        for (VersionSummary version : history) {
            add(row(version, shown, canEdit));
        }
        compare.addThemeVariants(ButtonVariant.LUMO_SMALL);
        compare.setEnabled(false);
        compare.addClickListener(click -> {
            List<String> chosen = chosen();
            // older on the left: history lists newest first
            VersionCompareView.open(lineageId, chosen.get(1), chosen.get(0));
        });
        Div footer = new Div(compare);
        footer.addClassName("version-actions");
        if (history.size() > 1) {
            add(footer);
        }
    }

    private Div row(VersionSummary version, AssetDetail shown, boolean canEdit) {
        Checkbox tick = new Checkbox();
        tick.setAriaLabel("Select v" + version.version() + " to compare");
        tick.addValueChangeListener(change -> compare.setEnabled(chosen().size() == 2));
        selection.put(version.version(), tick);
        Span label = new Span((version.active() ? "● " : "○ ") + version.label());
        label.addClassName("version-label");
        if (version.versionId().equals(shown.versionId())) {
            label.getElement().getThemeList().add("badge");
        }
        Span meta = new Span(DATE.format(version.createdAt()) + (version.author() == null ? "" : " · " + version.author()));
        meta.addClassName("version-notes");
        Div text = new Div(label, new Div(meta));
        if (version.notes() != null) {
            Span notes = new Span("\u201c" + version.notes() + "\u201d");
            notes.addClassName("version-notes");
            text.add(new Div(notes));
        }
        Div actions = new Div();
        actions.addClassName("version-actions");
        Button view = new Button("View", click -> UI.getCurrent().navigate(AssetDetailView.class,
                new RouteParameters(AssetDetailView.LINEAGE_PARAMETER, lineageId.toString()),
                version.active() ? QueryParameters.empty() : QueryParameters.of("version", version.version())));
        view.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        actions.add(view);
        if (canEdit && !version.active()) {
            Button active = new Button("Set active", click -> setActive(version));
            active.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            setActive.put(version.version(), active);
            actions.add(active);
        }
        if (canEdit && !version.latest()) {
            Button back = new Button("Restore", click -> confirmRestore(version));
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            restore.put(version.version(), back);
            actions.add(back);
        }
        Div row = new Div(tick, text, actions);
        row.addClassName("version-row");
        return row;
    }

    List<String> chosen() {
        List<String> chosen = new ArrayList<>();
        selection.forEach((version, tick) -> {
            if (Boolean.TRUE.equals(tick.getValue())) {
                chosen.add(version);
            }
        });
        return chosen;
    }

    private void setActive(VersionSummary version) {
        if (new VersionChanges(versions, lineageId).setActive(version)) {
            reload();
        }
    }

    private void confirmRestore(VersionSummary version) {
        VersionChanges.confirmRestore(version, () -> restore(version));
    }

    void restore(VersionSummary version) {
        new VersionChanges(versions, lineageId).restore(version).ifPresent(restored -> reload());
    }

    private void reload() {
        UI.getCurrent().navigate(AssetDetailView.class, new RouteParameters(AssetDetailView.LINEAGE_PARAMETER, lineageId.toString()));
        UI.getCurrent().refreshCurrentRoute(false);
    }
}
