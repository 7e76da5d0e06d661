package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.VersionComparison;
import studio.thresho.asset.VersionComparison.FieldRow;
import studio.thresho.asset.VersionComparison.ImageRow;
import studio.thresho.asset.VersionComparison.ImageStatus;
import studio.thresho.asset.VersionSummary;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.ViewHeader;

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

    VersionPicker picker;
    Checkbox showUnchanged;

    private final AssetVersionService versions;
    private UUID lineageId;

    VersionCompareView(AssetVersionService versions) {
        this.versions = versions;
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
        add(new H3("Fields"), fields(comparison));
        add(new H3("Images"), images(comparison));
        long unchanged = comparison.images().stream().filter(row -> row.status() == ImageStatus.SAME).count();
        showUnchanged = new Checkbox();
        showUnchanged.setLabel("Show the " + unchanged + (unchanged == 1 ? " unchanged image" : " unchanged images"));
        showUnchanged.setVisible(unchanged > 0);
        if (unchanged == comparison.images().size() && unchanged > 0) {
            add(new Span("No image differs between these versions."));
        }
        showUnchanged.addValueChangeListener(change -> getChildren()
                .filter(child -> child.getClassNames().contains("compare-images")).findFirst()
                .ifPresent(table -> table.getChildren().filter(cell -> cell.getClassNames().contains("same"))
                        .forEach(cell -> cell.setVisible(change.getValue()))));
        add(showUnchanged);
    }

    private static Component fields(VersionComparison comparison) {
        Div table = new Div(cell("Field", "head"), cell("v" + comparison.left().version(), "head"),
                cell("v" + comparison.right().version(), "head"));
        table.addClassName("compare-table");
        for (FieldRow row : comparison.fields()) {
            Div label = new Div(new Span(row.label()));
            if (row.changed()) {
                label.add(BumpBadge.of(row.bump()));
            }
            Component left = cell(row.left() == null ? "—" : row.left(), row.changed() ? "changed" : null);
            Component right = cell(row.right() == null ? "—" : row.right(), row.changed() ? "changed" : null);
            label.addClassName("compare-cell");
            if (row.changed()) {
                label.addClassName("changed");
            }
            table.add(label, left, right);
        }
        return table;
    }

    private static Component images(VersionComparison comparison) {
        if (comparison.images().isEmpty()) {
            return new Span("Neither version has images.");
        }
        Div table = new Div(cell("Slot", "head"), cell("v" + comparison.left().version(), "head"),
                cell("v" + comparison.right().version(), "head"));
        table.addClassName("compare-table");
        table.addClassName("compare-images");
        for (ImageRow row : comparison.images()) {
            Div label = new Div(new Span(row.slot()), statusBadge(row.status()));
            label.addClassName("compare-cell");
            // unchanged images stay folded away until asked for: the differences are what a comparison is for
            String marker = row.status() == ImageStatus.SAME ? "same" : "changed";
            label.addClassName(marker);
            Component left = image(row.left(), marker);
            Component right = image(row.right(), marker);
            for (Component cell : List.of(label, left, right)) {
                cell.setVisible(row.status() != ImageStatus.SAME);
            }
            table.add(label, left, right);
        }
        return table;
    }

    private static Component image(AssetImageView image, String marker) {
        Div cell = new Div();
        cell.addClassName("compare-cell");
        cell.addClassName(marker);
        if (image == null) {
            cell.add(new Span("—"));
        } else {
            cell.add(new Image(image.thumbnailUrl(), image.caption() == null ? image.type().label() : image.caption()));
        }
        return cell;
    }

    private static Component cell(String text, String marker) {
        Div cell = new Div(new Span(text));
        cell.addClassName("compare-cell");
        if (marker != null) {
            cell.addClassName(marker);
        }
        return cell;
    }

    private static Span statusBadge(ImageStatus status) {
        Span badge = new Span(switch (status) {
            case SAME -> "Same";
            case CHANGED -> "Replaced";
            case ADDED -> "Added";
            case REMOVED -> "Removed";
        });
        badge.getElement().getThemeList().add("badge small " + switch (status) {
            case SAME -> "contrast";
            case CHANGED -> "error";
            case ADDED -> "success";
            case REMOVED -> "error";
        });
        badge.addClassName("image-status");
        return badge;
    }
}
