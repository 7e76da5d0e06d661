package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetUsageService;
import studio.thresho.asset.UsageEntry;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;

/**
 * The mock-up's Recent Usage: thumbnails of the results of the generations that used the asset,
 * newest first, each opening its generation's record; View All lists every use a page at a time.
 */
class UsageHistory extends Div {

    /** How many thumbnails the strip shows. */
    static final int STRIP = 8;
    /** How many uses are read to fill the strip (uses without results show none). */
    static final int SCANNED = 20;
    static final int PAGE_SIZE = 25;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    /** Context keys that name the shot (shown in the first column), not context the user gave. */
    private static final java.util.Set<String> SNAPSHOT_KEYS = java.util.Set.of(AssetUsageService.SHOT_LIST_KEY, AssetUsageService.SHOT_LABEL_KEY);

    final Div strip = new Div();
    final Button viewAll = new Button("View All");
    Grid<UsageEntry> all;

    private final AssetUsageService usage;
    private final AssetDetail asset;

    UsageHistory(AssetUsageService usage, AssetDetail asset) {
        this.usage = usage;
        this.asset = asset;
        addClassName("usage-history");
        List<UsageEntry> uses = usage.history(asset.lineageId(), SCANNED);
        if (uses.isEmpty()) {
            Paragraph none = new Paragraph("Not used in any generation or shot yet. Generations that use it will be listed here.");
            none.addClassName("dialog-note");
            add(none);
            return;
        }
        strip.addClassName("usage-strip");
        List<Component> thumbnails = new ArrayList<>();
        for (UsageEntry use : uses) {
            if (use.generationRecordId() == null) {
                continue;
            }
            for (String key : use.resultKeys()) {
                if (thumbnails.size() < STRIP) {
                    thumbnails.add(thumbnail(use, key));
                }
            }
        }
        if (thumbnails.isEmpty()) {
            int count = usage.uses(asset.lineageId());
            Paragraph pending = new Paragraph("Used " + count + (count == 1 ? " time" : " times") + "; no result images to show yet.");
            pending.addClassName("dialog-note");
            strip.add(pending);
        } else {
            thumbnails.forEach(strip::add);
        }
        viewAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        viewAll.addClickListener(click -> openAll());
        add(strip, viewAll);
    }

    /** The generation's record belongs to the generation module: linked by its path. */
    static String generationPath(UsageEntry use) {
        return "generations/" + use.generationRecordId();
    }

    private static Component thumbnail(UsageEntry use, String key) {
        Anchor link = new Anchor(generationPath(use), new Image(MediaUrls.of(key, MediaVariant.THUMBNAIL), "Result of a generation"));
        link.addClassName("usage-thumbnail");
        link.getElement().setAttribute("title", DATE.format(use.usedAt()) + " · v" + use.version());
        return link;
    }

    void openAll() {
        Dialog dialog = new Dialog();
        dialog.addClassName("usage-all");
        dialog.setHeaderTitle("Every use of " + asset.name());
        dialog.setWidth("min(960px, 95vw)");
        all = new Grid<>();
        all.addClassName("usage-all-grid");
        all.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        all.addComponentColumn(UsageHistory::what).setHeader("Generation or shot").setAutoWidth(true).setFlexGrow(0);
        all.addColumn(use -> "v" + use.version()).setHeader("Version used").setAutoWidth(true).setFlexGrow(0);
        all.addColumn(use -> use.context().entrySet().stream().filter(entry -> !SNAPSHOT_KEYS.contains(entry.getKey())).map(entry -> entry.getKey().replace('_', ' ') + ": " + entry.getValue())
                .collect(Collectors.joining("; "))).setHeader("Context given").setFlexGrow(1);
        all.addColumn(use -> DATE.format(use.usedAt())).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        all.setPageSize(PAGE_SIZE);
        all.setItems(query -> usage.history(asset.lineageId(), query.getOffset(), query.getLimit()).stream(),
                query -> usage.uses(asset.lineageId()));
        all.setHeight("60vh");
        dialog.add(all);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        dialog.open();
    }

    private static Component what(UsageEntry use) {
        if (use.generationRecordId() != null) {
            return new Anchor(generationPath(use), "Generation");
        }
        if (use.shotLabel() != null) {
            return new Span("Shot " + use.shotLabel() + (use.shotList() == null ? "" : " of " + use.shotList()));
        }
        return new Span(use.shotId() != null ? "Shot" : "Use");
    }
}
