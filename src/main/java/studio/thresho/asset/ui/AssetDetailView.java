package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetScopeService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.Notifications;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;

/** The asset detail view of the spec's mock-up: headshot, facts, character sheet, description, attributes, tags. */
// "asset/", not "assets/": Vaadin serves /assets/** as static files, so such a link would fail on a fresh page load
@Route("asset/:lineageId")
@PageTitle("Asset · Thresho Studio")
@PermitAll
class AssetDetailView extends Div implements BeforeEnterObserver {

    static final String LINEAGE_PARAMETER = "lineageId";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH).withZone(ZoneId.systemDefault());

    static final String VERSION_PARAMETER = "version";

    private final AssetService assets;
    private final AssetVersionService versions;
    private final AssetScopeService scopes;
    private final studio.thresho.asset.ConsistencyService consistency;
    private final CurrentProjectService currentProject;
    private final boolean canEdit;
    private AssetDetail asset;

    AssetDetailView(AssetService assets, AssetVersionService versions, AssetScopeService scopes,
                    studio.thresho.asset.ConsistencyService consistency, CurrentUser currentUser, CurrentProjectService currentProject) {
        this.currentProject = currentProject;
        this.consistency = consistency;
        this.assets = assets;
        this.versions = versions;
        this.scopes = scopes;
        this.canEdit = currentUser.require().can(Role.EDITOR);
        addClassName("page");
        addClassName("asset-detail-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            UUID lineageId = UUID.fromString(event.getRouteParameters().get(LINEAGE_PARAMETER).orElse(""));
            String version = event.getLocation().getQueryParameters().getSingleParameter(VERSION_PARAMETER).orElse(null);
            asset = version == null ? assets.get(lineageId) : versions.get(lineageId, version);
        } catch (IllegalArgumentException | UserFacingException missing) {
            add(new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, "This asset does not exist",
                    "It may have been deleted. Go back to the library to find another.", new RouterLink("Back to the Library", LibraryView.class)));
            return;
        }
        render();
    }

    AssetDetail asset() {
        return asset;
    }

    private void render() {
        RouterLink back = new RouterLink("← Back to Library", LibraryView.class);
        back.addClassName("back-link");
        Div toolbar = new Div(back, actions());
        toolbar.addClassName("detail-toolbar");
        add(toolbar);
        if (!asset.active()) {
            add(olderVersionNote());
        }
        add(summary());
        if (asset.kind() == studio.thresho.asset.category.CategoryKind.TALENT || !asset.imagesOf(ImageType.CHARACTER_SHEET).isEmpty()) {
            add(new H3("Character reference sheet"), sheet());
        }
        List<AssetImageView> gallery = asset.images().stream()
                .filter(image -> image.type() != ImageType.HEADSHOT && image.type() != ImageType.CHARACTER_SHEET).toList();
        if (!gallery.isEmpty()) {
            add(new H3("Reference images"), gallery(gallery));
        }
        add(fields());
        if (asset.kind() == studio.thresho.asset.category.CategoryKind.TALENT) {
            add(new H3("Consistency in generations"), new ConsistencyPanel(consistency, asset, canEdit));
        }
        add(new H3("Version history"), new VersionHistory(versions, asset, canEdit));
        add(new H3("Usage history"), usage());
        if (!asset.tags().isEmpty()) {
            Div tags = new Div();
            tags.addClassName("detail-tags");
            asset.tags().forEach(tag -> tags.add(new Span("#" + tag)));
            add(new H3("Tags"), tags);
        }
    }

    static final int USAGE_HISTORY_SIZE = 20;

    /** Shown above an older (or newer, not yet active) version than the one generations use. */
    private Component olderVersionNote() {
        RouterLink active = new RouterLink("see the active version", AssetDetailView.class,
                new RouteParameters(LINEAGE_PARAMETER, asset.lineageId().toString()));
        Button compare = new Button("Compare with the latest", click -> VersionCompareView.open(asset.lineageId(), asset.version(),
                assets.latest(asset.lineageId()).version()));
        compare.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div note = new Div(new Span("You are looking at v" + asset.version() + ", which new generations do not use; "), active,
                new Span(". "), compare);
        note.addClassName("version-note");
        note.getElement().getThemeList().add("badge contrast");
        return note;
    }

    private Component usage() {
        List<studio.thresho.asset.UsageEntry> uses = assets.usageHistory(asset.lineageId(), USAGE_HISTORY_SIZE);
        Div history = new Div();
        history.addClassName("usage-history");
        if (uses.isEmpty()) {
            Paragraph none = new Paragraph("Not used in any generation or shot yet. Generations that use it will be listed here.");
            none.addClassName("dialog-note");
            history.add(none);
            return history;
        }
        for (studio.thresho.asset.UsageEntry use : uses) {
            String what = use.generationRecordId() != null ? "Generation" : use.shotId() != null ? "Shot" : "Use";
            history.add(new Div(new Span(DATE.format(use.usedAt())), new Span(what + " · v" + use.version())));
        }
        return history;
    }

    private Component actions() {
        Div actions = new Div();
        actions.addClassName("detail-actions");
        if (!canEdit) {
            return actions;
        }
        // a system asset (a lighting preset) stays as shipped: editing it edits a copy
        Button edit = new Button("Edit", VaadinIcon.EDIT.create(), click -> {
            if (asset.system()) {
                new PresetCopyDialog(asset, assets, currentProject.current()).open();
            } else {
                UI.getCurrent().navigate(AssetFormView.class, new RouteParameters(AssetFormView.LINEAGE_PARAMETER, asset.lineageId().toString()));
            }
        });
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button duplicate = new Button("Duplicate", VaadinIcon.COPY_O.create(), click -> {
            AssetDetail copy = assets.duplicate(asset.lineageId());
            Notifications.success("Created " + copy.name() + ".");
            UI.getCurrent().navigate(AssetDetailView.class, new RouteParameters(LINEAGE_PARAMETER, copy.lineageId().toString()));
        });
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("delete-asset");
        delete.setVisible(!asset.system());
        // the Generate page belongs to the generation module: linked by its path, not its class
        Button generate = new Button("Use in Generation", VaadinIcon.MAGIC.create(), click -> UI.getCurrent().navigate("generate",
                com.vaadin.flow.router.QueryParameters.of("asset", asset.lineageId().toString())));
        generate.setId("use-in-generation");
        generate.setVisible(!asset.archived() && asset.kind() != studio.thresho.asset.category.CategoryKind.WARDROBE
                && asset.kind() != studio.thresho.asset.category.CategoryKind.CUSTOM);
        actions.add(edit, generate, duplicate, scopeAction(), delete);
        return actions;
    }

    /** Promote a project asset to the global library, or add/remove a global one in the current project. */
    private Component scopeAction() {
        if (!asset.global()) {
            return new Button("Promote to Global", VaadinIcon.GLOBE.create(), click -> {
                AssetScopeService.Promotion promotion = scopes.promoteToGlobal(asset.lineageId());
                Notifications.success(asset.name() + " is now in the global library"
                        + (promotion.slugChanged() ? " as " + promotion.asset().slug() + " (" + promotion.previousSlug() + " was taken)." : "."));
                reload();
            });
        }
        if (scopes.isImportedIntoCurrentProject(asset.lineageId())) {
            return new Button("Remove from project", VaadinIcon.MINUS_CIRCLE_O.create(), click -> {
                scopes.removeFromCurrentProject(asset.lineageId());
                Notifications.success(asset.name() + " left this project's library; it stays in the global library.");
                reload();
            });
        }
        return new Button("Import into project", VaadinIcon.PLUS_CIRCLE_O.create(), click -> {
            scopes.importIntoCurrentProject(asset.lineageId());
            Notifications.success(asset.name() + " is now part of this project's library.");
            reload();
        });
    }

    private void reload() {
        UI.getCurrent().navigate(AssetDetailView.class, new RouteParameters(LINEAGE_PARAMETER, asset.lineageId().toString()));
        UI.getCurrent().refreshCurrentRoute(false);
    }

    private void confirmDelete() {
        ConfirmDialog confirm = new ConfirmDialog("Delete " + asset.name() + "?",
                "This deletes the asset with all its versions and images from the library. It cannot be undone.",
                "Delete", event -> delete());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.open();
    }

    void delete() {
        try {
            assets.delete(asset.lineageId());
            Notifications.success("Deleted " + asset.name() + ".");
            UI.getCurrent().navigate(LibraryView.class);
        } catch (studio.thresho.asset.AssetInUseException inUse) {
            ConfirmDialog offer = new ConfirmDialog("Archive instead?", inUse.getMessage(), "Archive", event -> {
                assets.setArchived(asset.lineageId(), true);
                Notifications.success(asset.name() + " is archived.");
                UI.getCurrent().navigate(LibraryView.class);
            });
            offer.setCancelable(true);
            offer.open();
        }
    }

    /** Opens the video settings for the still on the Generate page (linked by its path: it belongs to the generation module). */
    private Button animateButton(String mediaKey) {
        Button animate = new Button("Animate", VaadinIcon.FILM.create(), click -> UI.getCurrent().navigate("generate",
                com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("animate", mediaKey, "asset", asset.lineageId().toString()))));
        animate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        animate.addClassName("animate-image");
        return animate;
    }

    private Component summary() {
        Div picture = new Div();
        picture.addClassName("detail-picture");
        // the picture frame clips its image; the Animate button sits below it, never inside
        Div media = new Div(picture);
        media.addClassName("detail-media");
        asset.primaryImage().ifPresentOrElse(image -> {
            picture.add(new Image(image.previewUrl(), asset.name()));
            if (canEdit) {
                media.add(animateButton(image.mediaKey()));
            }
        }, () -> picture.add(VaadinIcon.PICTURE.create()));
        H1 name = new H1(asset.name());
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
        if (asset.description() != null && !describedBySchema()) {
            Paragraph subtitle = new Paragraph(asset.description());
            subtitle.addClassName("detail-subtitle");
            text.add(subtitle);
        }
        text.add(facts);
        Div summary = new Div(media, text);
        summary.addClassName("detail-summary");
        return summary;
    }

    private boolean describedBySchema() {
        return asset.fields().stream().anyMatch(field -> field.key().equals("description"));
    }

    private static Component fact(String label, String value) {
        Span term = new Span(label + ": ");
        term.addClassName("fact-label");
        Div fact = new Div(term, new Span(value));
        fact.addClassName("detail-fact");
        return fact;
    }

    private Component sheet() {
        Div grid = new Div();
        grid.addClassName("sheet-grid");
        List<AssetImageView> views = asset.imagesOf(ImageType.CHARACTER_SHEET);
        for (SheetSlot slot : SheetSlot.values()) {
            Div cell = new Div();
            cell.addClassName("sheet-cell");
            views.stream().filter(view -> view.slot() == slot).findFirst().ifPresentOrElse(
                    view -> cell.add(new Image(view.thumbnailUrl(), slot.label())),
                    () -> {
                        cell.addClassName("empty");
                        cell.add(VaadinIcon.PLUS_CIRCLE_O.create());
                    });
            Span label = new Span(slot.label());
            label.addClassName("sheet-label");
            cell.add(label);
            grid.add(cell);
        }
        return grid;
    }

    private Component gallery(List<AssetImageView> images) {
        Div gallery = new Div();
        gallery.addClassName("image-gallery");
        for (AssetImageView image : images) {
            Div cell = new Div(new Image(image.thumbnailUrl(), image.caption() == null ? image.type().label() : image.caption()));
            Span label = new Span(image.caption() == null ? image.type().label() : image.caption());
            label.addClassName("sheet-label");
            cell.add(label);
            if (canEdit && image.type() != ImageType.COMPOSITE) {
                cell.add(animateButton(image.mediaKey()));
            }
            cell.addClassName("gallery-cell");
            gallery.add(cell);
        }
        return gallery;
    }

    private Component fields() {
        Div sections = new Div();
        sections.addClassName("detail-fields");
        for (FieldDefinition field : asset.fields()) {
            Object value = asset.values().get(field.key());
            if (field.type() == FieldType.IMAGE || value == null || field.key().equals("description") && !describedBySchema()) {
                continue;
            }
            Div section = new Div(new H3(field.label()), valueOf(field, value));
            section.addClassName(field.type() == FieldType.LONG_TEXT ? "detail-field-wide" : "detail-field");
            sections.add(section);
        }
        return sections;
    }

    private Component valueOf(FieldDefinition field, Object value) {
        if (field.type() == FieldType.COLOUR_LIST || field.type() == FieldType.COLOUR) {
            Div swatches = new Div();
            swatches.addClassName("swatches");
            List<?> colours = value instanceof List<?> list ? list : List.of(value);
            colours.forEach(colour -> {
                Span swatch = new Span(colour.toString());
                swatch.addClassName("swatch");
                swatch.getStyle().set("--swatch", colour.toString());
                swatches.add(swatch);
            });
            return swatches;
        }
        if (field.type() == FieldType.ASSET_REFERENCE) {
            try {
                AssetDetail referenced = assets.get(UUID.fromString(value.toString()));
                return new RouterLink(referenced.name(), AssetDetailView.class,
                        new RouteParameters(LINEAGE_PARAMETER, referenced.lineageId().toString()));
            } catch (UserFacingException | IllegalArgumentException gone) {
                return new Span("(no longer in the library)");
            }
        }
        if (value instanceof Boolean flag) {
            return new Paragraph(flag ? "Yes" : "No");
        }
        if (value instanceof List<?> list) {
            return new Paragraph(String.join(", ", list.stream().map(Object::toString).toList()));
        }
        return new Paragraph(value.toString());
    }
}
