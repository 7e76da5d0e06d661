package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.VersionComparison;
import studio.thresho.asset.VersionComparison.FieldRow;
import studio.thresho.asset.VersionComparison.ImageStatus;
import studio.thresho.asset.VersionSummary;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;

/**
 * Two versions of an asset side by side (FR-11.3): every field with the changed ones highlighted,
 * then the images slot by slot with added, removed and replaced ones marked. The versions are in
 * the URL ({@code ?from=1.0.0&to=2.0.0}), so a comparison can be bookmarked and shared.
 */
@Route("asset/:lineageId/compare")
@PageTitle("Compare versions · Thresho Studio")
@PermitAll
class VersionCompareView extends Div implements BeforeEnterObserver {

    static final String LINEAGE_PARAMETER = "lineageId";
    private static final DateTimeFormatter HEAD_DATE = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    VersionPicker picker;
    Checkbox showUnchanged;

    final Map<String, Button> restore = new LinkedHashMap<>();
    final Map<String, Button> setActive = new LinkedHashMap<>();

    private final AssetVersionService versions;
    private final boolean canEdit;
    private UUID lineageId;

    VersionCompareView(AssetVersionService versions, CurrentUser currentUser) {
        this.versions = versions;
        this.canEdit = currentUser.require().can(Role.EDITOR);
        addClassName("page");
        addClassName("version-compare-page");
    }

    static String url(UUID lineageId, String fromVersion, String toVersion) {
        return "asset/" + lineageId + "/compare?from=" + fromVersion + "&to=" + toVersion;
    }

    static void open(UUID lineageId, String fromVersion, String toVersion) {
        UI.getCurrent().navigate(VersionCompareView.class, new RouteParameters(LINEAGE_PARAMETER, lineageId.toString()),
                QueryParameters.simple(Map.of("from", fromVersion, "to", toVersion)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        restore.clear();
        setActive.clear();
        try {
            lineageId = UUID.fromString(event.getRouteParameters().get(LINEAGE_PARAMETER).orElse(""));
            List<VersionSummary> history = versions.history(lineageId);
            Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
            String right = first(query, "to").orElse(history.getFirst().version());
            String left = first(query, "from").orElse(history.size() > 1 ? history.get(1).version() : right);
            render(history, versions.compare(lineageId, left, right));
        } catch (UserFacingException | IllegalArgumentException missing) {
            add(new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, "Nothing to compare",
                    missing.getMessage() == null ? "That asset does not exist." : missing.getMessage(),
                    new RouterLink("Back to the Library", LibraryView.class)));
        }
    }

    private static Optional<String> first(Map<String, List<String>> query, String key) {
        return query.getOrDefault(key, List.of()).stream().filter(value -> !value.isBlank()).findFirst();
    }

    private void render(List<VersionSummary> history, VersionComparison comparison) {
        RouterLink back = new RouterLink("← " + comparison.right().name(), AssetDetailView.class,
                new RouteParameters(AssetDetailView.LINEAGE_PARAMETER, lineageId.toString()));
        back.addClassName("back-link");
        long changed = comparison.changedFields();
        add(back, new ViewHeader("Compare versions of " + comparison.right().name(),
                changed == 0 ? "The fields are the same in both versions." : changed + (changed == 1 ? " field differs" : " fields differ")
                        + "; changed rows are highlighted."));
        picker = new VersionPicker(history, comparison.left().version(), comparison.right().version(),
                (fromVersion, toVersion) -> open(lineageId, fromVersion, toVersion));
        add(picker);
        Map<String, VersionSummary> byNumber = new LinkedHashMap<>();
        history.forEach(version -> byNumber.put(version.version(), version));
        add(new H3("Fields"), fields(comparison, byNumber.get(comparison.left().version()), byNumber.get(comparison.right().version())));
        add(new H3("Images"));
        Component images = CompareImages.table(comparison);
        add(images);
        long unchanged = comparison.images().stream().filter(row -> row.status() == ImageStatus.SAME).count();
        showUnchanged = new Checkbox();
        showUnchanged.setLabel("Show the " + unchanged + (unchanged == 1 ? " unchanged image" : " unchanged images"));
        showUnchanged.setVisible(unchanged > 0);
        boolean allSame = unchanged == comparison.images().size() && unchanged > 0;
        if (allSame) {
            // a table of nothing but its header row says less than this line
            images.setVisible(false);
            add(new Span("No image differs between these versions."));
        }
        showUnchanged.addValueChangeListener(change -> {
            images.setVisible(change.getValue() || !allSame);
            images.getChildren().filter(cell -> cell.getClassNames().contains("same")).forEach(cell -> cell.setVisible(change.getValue()));
        });
        add(showUnchanged);
    }

    /** The column head: the full version label, its date, author and notes, and what an editor can do with it. */
    private Component versionHead(VersionSummary version) {
        Div head = new Div();
        head.addClassName("compare-cell");
        head.addClassName("head");
        head.addClassName("compare-version-head");
        if (version == null) {
            return head;
        }
        Span label = new Span(version.label());
        label.addClassName("compare-version-label");
        Span meta = new Span(HEAD_DATE.format(version.createdAt()) + (version.author() == null ? "" : " · " + version.author())
                + (version.notes() == null ? "" : " · \u201c" + version.notes() + "\u201d"));
        meta.addClassName("version-notes");
        Div actions = new Div();
        actions.addClassName("version-actions");
        if (canEdit && !version.active()) {
            Button active = new Button("Set active", click -> setActive(version));
            active.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            setActive.put(version.version(), active);
            actions.add(active);
        }
        if (canEdit && !version.latest()) {
            Button back = new Button("Restore this version", click -> confirmRestore(version));
            back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            restore.put(version.version(), back);
            actions.add(back);
        }
        head.add(new Div(label, new Div(meta), actions));
        return head;
    }

    void setActive(VersionSummary version) {
        if (new VersionChanges(versions, lineageId).setActive(version)) {
            UI.getCurrent().refreshCurrentRoute(false);
        }
    }

    private void confirmRestore(VersionSummary version) {
        VersionChanges.confirmRestore(version, () -> restore(version));
    }

    void restore(VersionSummary version) {
        new VersionChanges(versions, lineageId).restore(version).ifPresent(restored -> open(lineageId, version.version(), restored.version()));
    }

    private Component fields(VersionComparison comparison, VersionSummary leftVersion, VersionSummary rightVersion) {
        Div table = new Div(cell("Field", "head"), versionHead(leftVersion), versionHead(rightVersion));
        table.addClassName("compare-table");
        for (FieldRow row : comparison.fields()) {
            Div label = new Div(new Span(row.label()));
            if (row.changed()) {
                label.add(BumpBadge.of(row.bump()));
            }
            Component left;
            Component right;
            if (row.changed() && row.left() != null && row.right() != null) {
                Div[] sides = WordDiff.sides(row.left(), row.right());
                left = diffCell(sides[0]);
                right = diffCell(sides[1]);
            } else {
                left = cell(row.left() == null ? "—" : row.left(), row.changed() ? "changed" : null);
                right = cell(row.right() == null ? "—" : row.right(), row.changed() ? "changed" : null);
            }
            label.addClassName("compare-cell");
            if (row.changed()) {
                label.addClassName("changed");
            }
            table.add(label, left, right);
        }
        return table;
    }

    private static Component diffCell(Div words) {
        words.addClassName("compare-words");
        Div cell = new Div(words);
        cell.addClassName("compare-cell");
        cell.addClassName("changed");
        return cell;
    }

    static Component cell(String text, String marker) {
        Div cell = new Div(new Span(text));
        cell.addClassName("compare-cell");
        if (marker != null) {
            cell.addClassName(marker);
        }
        return cell;
    }
}
