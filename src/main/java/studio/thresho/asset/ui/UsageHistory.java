package studio.thresho.asset.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetUsageService;
import studio.thresho.asset.UsageEntry;

/** The generations and shots that used the asset, newest first. */
class UsageHistory extends Div {

    static final int SIZE = 20;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    UsageHistory(AssetUsageService usage, AssetDetail asset) {
        addClassName("usage-history");
        List<UsageEntry> uses = usage.history(asset.lineageId(), SIZE);
        if (uses.isEmpty()) {
            Paragraph none = new Paragraph("Not used in any generation or shot yet. Generations that use it will be listed here.");
            none.addClassName("dialog-note");
            add(none);
            return;
        }
        for (UsageEntry use : uses) {
            String what = use.generationRecordId() != null ? "Generation"
                    : use.shotLabel() != null ? "Shot " + use.shotLabel() + (use.shotList() == null ? "" : " of " + use.shotList())
                    : use.shotId() != null ? "Shot" : "Use";
            add(new Div(new Span(DATE.format(use.usedAt())), new Span(what + " · v" + use.version())));
        }
    }
}
