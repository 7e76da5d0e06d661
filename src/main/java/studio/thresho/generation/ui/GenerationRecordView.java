package studio.thresho.generation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.EmptyState;
import studio.thresho.base.ui.ViewHeader;
import studio.thresho.generation.GeneratedImage;
import studio.thresho.generation.ResultPromotionService;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.SentReference;
import studio.thresho.generation.UsedAsset;
import studio.thresho.media.ui.ImageViewer;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;

/**
 * One generation's record: its results, the prompt exactly as sent, each reference and how it
 * travelled, the asset versions, the seed and every attempt. Asset pages link here by its path.
 */
@Route("generations/:generationId")
@PageTitle("Generation · Thresho Studio")
@PermitAll
class GenerationRecordView extends Div implements BeforeEnterObserver {

    static final String ID_PARAMETER = "generationId";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final GenerationService generations;
    private final ResultScoreService scores;
    private final ResultPromotionService promotions;
    private final boolean editor;
    GenerationView shown;

    GenerationRecordView(GenerationService generations, ResultScoreService scores, ResultPromotionService promotions, CurrentUser currentUser) {
        this.generations = generations;
        this.scores = scores;
        this.promotions = promotions;
        this.editor = currentUser.require().can(Role.EDITOR);
        addClassName("page");
        addClassName("generation-record-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            shown = generations.get(UUID.fromString(event.getRouteParameters().get(ID_PARAMETER).orElse("")));
        } catch (IllegalArgumentException | UserFacingException missing) {
            add(new EmptyState(VaadinIcon.QUESTION_CIRCLE_O, "This generation does not exist",
                    "It may belong to another project.", new RouterLink("All generations", GenerationsView.class)));
            return;
        }
        render(shown);
    }

    private void render(GenerationView generation) {
        RouterLink back = new RouterLink("← All generations", GenerationsView.class);
        back.addClassName("back-link");
        add(back, new ViewHeader("Generation with " + generation.providerName(), generation.status().label() + " · "
                + TIME.format(generation.createdAt()) + " · seed " + (generation.seed() == null ? "none" : generation.seed())
                + " · " + generation.aspectRatio() + " · " + generation.images() + (generation.images() == 1 ? " image" : " images")));
        if (generation.error() != null) {
            Paragraph error = new Paragraph(generation.error());
            error.addClassName("form-error");
            add(error);
        }
        add(new H3("Results"), results(generation));
        add(new H3("Prompt as sent"), text(generation.prompt()));
        if (generation.promptEdited()) {
            add(new H3("Assembled prompt (before the edit)"), text(generation.assembledPrompt()));
        }
        if (generation.negativePrompt() != null && !generation.negativePrompt().isBlank()) {
            add(new H3("Negative prompt"), text(generation.negativePrompt()));
        }
        add(new H3("Asset versions"), assets(generation.assets()));
        add(new H3("References"), references(generation.references()));
        add(new H3("Attempts"), attempts(generation));
    }

    private static Component text(String value) {
        Paragraph paragraph = new Paragraph(value);
        paragraph.addClassName("generation-prompt");
        return paragraph;
    }

    private Component results(GenerationView generation) {
        List<GeneratedImage> images = generation.results().stream().filter(image -> !image.video()).toList();
        if (generation.results().isEmpty()) {
            return new Span("No results" + (generation.status().finished() ? "." : " yet."));
        }
        List<ImageViewer.Shown> group = images.stream().map(image -> new ImageViewer.Shown(image.mediaKey(),
                "Result" + (image.seed() == null ? "" : " · seed " + image.seed()))).toList();
        Map<String, ResultReview> reviews = scores.reviews(List.of(generation.id())).getOrDefault(generation.id(), Map.of());
        Div gallery = new Div();
        gallery.addClassName("generation-images");
        for (int i = 0; i < images.size(); i++) {
            Image picture = new Image(images.get(i).previewUrl(), "Result " + (i + 1));
            ImageViewer.opensOnClick(picture, group, i);
            Div cell = new Div(picture);
            ConsistencyBadge.of(reviews.get(images.get(i).mediaKey())).ifPresent(cell::add);
            if (editor) {
                GeneratedImage result = images.get(i);
                Button save = new Button("Save to library…", VaadinIcon.DOWNLOAD_ALT.create(),
                        click -> new PromoteDialog(promotions, generation, result).open());
                save.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                save.addClassName("save-to-library");
                cell.add(save);
            }
            cell.addClassName("generation-image");
            gallery.add(cell);
        }
        long clips = generation.results().stream().filter(GeneratedImage::video).count();
        if (clips > 0) {
            gallery.add(new Span(clips + (clips == 1 ? " clip" : " clips") + " (played on the Generate page)"));
        }
        return gallery;
    }

    private static Component assets(List<UsedAsset> assets) {
        if (assets.isEmpty()) {
            return new Span("No asset was used.");
        }
        Grid<UsedAsset> grid = new Grid<>();
        grid.addClassName("generation-assets");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(UsedAsset::name).setHeader("Asset").setFlexGrow(2);
        grid.addColumn(UsedAsset::role).setHeader("As").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(asset -> "v" + asset.version()).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(asset -> asset.context().entrySet().stream().map(entry -> entry.getKey().replace('_', ' ') + ": " + entry.getValue())
                .collect(Collectors.joining("; "))).setHeader("Context given").setFlexGrow(3);
        grid.setItems(assets);
        grid.setAllRowsVisible(true);
        return grid;
    }

    static String travelled(SentReference.Method method) {
        return switch (method) {
            case IMAGE -> "Sent as an image";
            case LINK -> "Sent as a public link";
            case TEXT -> "Only described in the prompt";
        };
    }

    private static Component references(List<SentReference> references) {
        if (references.isEmpty()) {
            return new Span("No reference image was part of this generation.");
        }
        Grid<SentReference> grid = new Grid<>();
        grid.addClassName("generation-references");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(reference -> reference.mediaKey() == null ? new Span()
                : new Image(studio.thresho.media.MediaUrls.of(reference.mediaKey(), studio.thresho.media.MediaVariant.THUMBNAIL),
                reference.assetName())).setHeader("").setWidth("72px").setFlexGrow(0);
        grid.addColumn(SentReference::assetName).setHeader("Asset").setFlexGrow(2);
        grid.addColumn(SentReference::role).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(reference -> travelled(reference.method())).setHeader("How it travelled").setFlexGrow(2);
        grid.setItems(references);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component attempts(GenerationView generation) {
        var entries = generations.log(generation.id());
        Grid<studio.thresho.generation.GenerationLogEntry> grid = new Grid<>();
        grid.addClassName("generation-log");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(entry -> TIME.format(entry.at())).setHeader("Time").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GenerationLogDialog::what).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(GenerationLogDialog::outcome).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.message() == null ? "" : entry.message()).setHeader("Details").setFlexGrow(1);
        grid.setItems(entries);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
