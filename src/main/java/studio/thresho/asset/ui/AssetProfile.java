package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.category.CategoryKind;

/**
 * The profile part of the asset detail view: the summary (picture, name and role, facts), the
 * character sheet, the other images, the category's fields and the tags. The detail view places
 * its actions, consistency, history and usage between them; {@link #readOnly} shows them alone,
 * for an asset about to be saved (the talent wizard's confirmation).
 */
public final class AssetProfile {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    private final AssetDetail asset;
    private final AssetService assets;
    private final boolean canEdit;
    private final DetailImages images;

    AssetProfile(AssetDetail asset, AssetService assets, boolean canEdit) {
        this.asset = asset;
        this.assets = assets;
        this.canEdit = canEdit;
        this.images = new DetailImages(asset, canEdit);
    }

    /** The profile without anything to act on: summary, pictures, fields and tags, in the detail view's order. */
    public static Div readOnly(AssetDetail asset, AssetService assets) {
        AssetProfile profile = new AssetProfile(asset, assets, false);
        Div shown = new Div(profile.summary());
        profile.pictures().forEach(shown::add);
        shown.add(profile.fields());
        profile.tags().forEach(shown::add);
        shown.addClassNames("asset-detail-page", "asset-profile");
        return shown;
    }

    Component summary() {
        Div picture = new Div();
        picture.addClassName("detail-picture");
        // the picture frame clips its image; the Animate button sits below it, never inside
        Div media = new Div(picture);
        media.addClassName("detail-media");
        asset.primaryImage().ifPresentOrElse(image -> {
            picture.add(images.primary(image, asset.name()));
            if (canEdit) {
                media.add(images.animateButton(image.mediaKey()));
            }
        }, () -> picture.add(VaadinIcon.PICTURE.create()));
        H1 name = new H1(asset.name());
        if (asset.values().get("role") instanceof String role && !role.isBlank()) {
            // the spec's "Marcus (Lead Barber)"
            Span roleText = new Span(" (" + role + ")");
            roleText.addClassName("detail-role");
            name.add(roleText);
        }
        Div facts = new Div(
                fact("Category", asset.categoryName()),
                fact("Library", asset.system() ? "Global · system preset" : asset.global() ? "Global" : "Project"),
                fact("Source", asset.source() == null ? "Not set" : asset.source().label()),
                fact("Created", asset.createdAt() == null ? "" : DATE.format(asset.createdAt())),
                fact("Usage", asset.usageCount() + (asset.usageCount() == 1 ? " generation" : " generations")),
                fact("Version", asset.versionBadge() + " · " + asset.versionCount() + (asset.versionCount() == 1 ? " version" : " versions")),
                fact("Status", asset.completeness().summary()));
        facts.addClassName("detail-facts");
        Div text = new Div(name);
        text.addClassName("detail-text");
        if (asset.description() != null && !DetailFields.describedBySchema(asset)) {
            Paragraph subtitle = new Paragraph(asset.description());
            subtitle.addClassName("detail-subtitle");
            text.add(subtitle);
        }
        text.add(facts);
        Div summary = new Div(media, text);
        summary.addClassName("detail-summary");
        return summary;
    }

    /** The character sheet (always for a talent) and the other images, each under its heading. */
    List<Component> pictures() {
        List<Component> shown = new ArrayList<>();
        if (asset.kind() == CategoryKind.TALENT || !asset.imagesOf(ImageType.CHARACTER_SHEET).isEmpty()) {
            shown.add(new H3("Character reference sheet"));
            shown.add(images.sheet());
        }
        List<AssetImageView> gallery = asset.images().stream()
                .filter(image -> image.type() != ImageType.HEADSHOT && image.type() != ImageType.CHARACTER_SHEET).toList();
        if (!gallery.isEmpty()) {
            shown.add(new H3("Reference images"));
            shown.add(images.gallery(gallery));
        }
        return shown;
    }

    Component fields() {
        return new DetailFields(asset, assets).sections();
    }

    /** The tags under their heading, each opening the library filtered by it; nothing without tags. */
    List<Component> tags() {
        if (asset.tags().isEmpty()) {
            return List.of();
        }
        Div tags = new Div();
        tags.addClassName("detail-tags");
        asset.tags().forEach(tag -> {
            RouterLink link = new RouterLink("#" + tag, LibraryView.class);
            link.setQueryParameters(LibraryFilters.NONE.withOnlyTag(tag).toQueryParameters());
            link.addClassName("tag-chip");
            tags.add(link);
        });
        return List.of(new H3("Tags"), tags);
    }

    /** "Label: value", as the detail view and the shared page show a fact. */
    static Component fact(String label, String value) {
        Span term = new Span(label + ": ");
        term.addClassName("fact-label");
        Div fact = new Div(term, new Span(value));
        fact.addClassName("detail-fact");
        return fact;
    }
}
