package studio.thresho.generation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.generation.GeneratedImage;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.media.ShareLinkService;
import studio.thresho.media.ui.ShareLinkList;

/**
 * The project's latest generations, newest first: status (with progress), prompt, the results,
 * Cancel while running, and promotion of a result into an asset.
 */
class GenerationResults extends Div {

    /** The Generate page stays short; every generation is on the Generations page. */
    static final int SHOWN = 5;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MMM d, HH:mm:ss", Locale.ENGLISH)
            .withZone(ZoneId.systemDefault());

    private final GenerationService generations;
    private final studio.thresho.media.MediaService media;
    private final studio.thresho.asset.ConsistencyService consistency;
    private final PromoteAction promote;
    private final PromoteAction animator;
    private final ResultScoreService scores;
    private final ShareLinkService shareLinks;
    final Checkbox flaggedOnly = new Checkbox("Flagged for review only");
    private List<GenerationView> shown = List.of();
    com.vaadin.flow.router.RouterLink allGenerations;
    private Map<UUID, Map<String, ResultReview>> reviews = Map.of();

    /** Offers a result to be added to an asset. */
    interface PromoteAction extends Consumer<Promotion> {
    }

    record Promotion(GenerationView generation, GeneratedImage image) {
    }

    GenerationResults(GenerationService generations, ResultScoreService scores, studio.thresho.media.MediaService media,
                      ShareLinkService shareLinks, studio.thresho.asset.ConsistencyService consistency, PromoteAction promote,
                      PromoteAction animator) {
        this.shareLinks = shareLinks;
        this.scores = scores;
        this.animator = animator;
        this.generations = generations;
        this.media = media;
        this.consistency = consistency;
        this.promote = promote;
        addClassName("generation-results");
        flaggedOnly.addValueChangeListener(change -> refresh());
        refresh();
    }

    /** Reloads the list; returns whether any generation is still running. */
    boolean refresh() {
        shown = flaggedOnly.getValue() ? scores.flagged(SHOWN).stream().map(generations::get).toList() : generations.recent(SHOWN);
        reviews = scores.reviews(shown.stream().map(GenerationView::id).toList());
        removeAll();
        add(ConsistencyToolbar.create(flaggedOnly, scores.progress()));
        if (shown.isEmpty()) {
            Paragraph none = new Paragraph(flaggedOnly.getValue() ? "No result is flagged for review: every scored talent looks consistent."
                    : "No generations in this project yet. Pick assets above and press Generate.");
            none.addClassName("dialog-note");
            add(none);
        }
        shown.forEach(generation -> add(entry(generation)));
        if (!shown.isEmpty()) {
            allGenerations = new com.vaadin.flow.router.RouterLink("All generations of this project →", GenerationsView.class);
            allGenerations.addClassName("all-generations");
            add(allGenerations);
        }
        return shown.stream().anyMatch(generation -> !generation.status().finished())
                || shown.stream().anyMatch(generation -> ConsistencyToolbar.awaitsScore(generation, reviews.get(generation.id())));
    }

    List<GenerationView> shown() {
        return shown;
    }

    private Div entry(GenerationView generation) {
        Span status = new Span(generation.status().label() + (generation.status() == GenerationStatus.RUNNING && generation.progress() != null
                ? " " + generation.progress() + "%" : ""));
        status.getElement().getThemeList().add("badge " + switch (generation.status()) {
            case SUCCEEDED -> "success";
            case FAILED, SUBMISSION_UNCERTAIN -> "error";
            case CANCELLED -> "contrast";
            default -> "";
        });
        Span meta = new Span(metaLine(generation));
        meta.addClassName("version-badge");
        Div head = new Div(status, meta);
        head.addClassName("generation-head");
        if (!generation.status().finished()) {
            Button cancel = new Button("Cancel", VaadinIcon.CLOSE_SMALL.create(), click -> cancel(generation));
            cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            head.add(cancel);
        }
        Button log = new Button("Log", VaadinIcon.LIST.create(), click -> new GenerationLogDialog(generation, generations.log(generation.id())).open());
        log.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        log.addClassName("generation-log-button");
        head.add(log);
        com.vaadin.flow.router.RouterLink record = new com.vaadin.flow.router.RouterLink("Record", GenerationRecordView.class,
                new com.vaadin.flow.router.RouteParameters(GenerationRecordView.ID_PARAMETER, generation.id().toString()));
        record.addClassName("generation-record-link");
        head.add(record);
        Paragraph prompt = new Paragraph(generation.prompt());
        prompt.addClassName("generation-prompt");
        // the pictures come first; the prompt is there for whoever asks
        com.vaadin.flow.component.details.Details promptDetails = new com.vaadin.flow.component.details.Details("Show prompt", prompt);
        promptDetails.addClassName("generation-prompt-details");
        Div entry = new Div(head);
        generation.results().stream().map(GeneratedImage::revisedPrompt).filter(java.util.Objects::nonNull).findFirst().ifPresent(revised -> {
            Paragraph rewritten = new Paragraph("Rewritten by the provider: " + revised);
            rewritten.addClassName("generation-prompt");
            rewritten.addClassName("dialog-note");
            promptDetails.add(rewritten);
        });
        if (generation.error() != null) {
            Paragraph error = new Paragraph(generation.error());
            // while queued, the text says why it waits (a provider's concurrency limit), not what went wrong
            error.addClassName(generation.status().finished() ? "form-error" : "dialog-note");
            entry.add(error);
        }
        if (generation.instructions() != null && !generation.status().finished()) {
            entry.add(manualSteps(generation));
        }
        if (generation.status() == GenerationStatus.SUBMISSION_UNCERTAIN) {
            Button resubmit = new Button("I checked: send it again", VaadinIcon.REFRESH.create(), click -> {
                try {
                    generations.resubmit(generation.id());
                    Notifications.success("Sent again.");
                } catch (UserFacingException refused) {
                    Notifications.error(refused.getMessage());
                }
                refresh();
            });
            resubmit.addThemeVariants(ButtonVariant.LUMO_SMALL);
            entry.add(resubmit);
        }
        Div images = new Div();
        images.addClassName("generation-images");
        List<studio.thresho.media.ui.ImageViewer.Shown> group = generation.results().stream().filter(image -> !image.video())
                .map(image -> new studio.thresho.media.ui.ImageViewer.Shown(image.mediaKey(), "Result · " + generation.providerName()
                        + (image.seed() == null ? "" : " · seed " + image.seed()))).toList();
        for (GeneratedImage image : generation.results()) {
            if (image.video()) {
                images.add(clip(image));
                continue;
            }
            ResultReview review = reviews.getOrDefault(generation.id(), Map.of()).get(image.mediaKey());
            if (flaggedOnly.getValue() && (review == null || !review.flagged())) {
                continue;
            }
            Image picture = new Image(image.previewUrl(), "Result");
            studio.thresho.media.ui.ImageViewer.opensOnClick(picture, group,
                    group.indexOf(group.stream().filter(shown -> shown.mediaKey().equals(image.mediaKey())).findFirst().orElseThrow()));
            Button use = new Button("Save to library…", click -> promote.accept(new Promotion(generation, image)));
            use.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button animate = new Button("Animate…", VaadinIcon.FILM.create(), click -> animator.accept(new Promotion(generation, image)));
            animate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Div cell = new Div(picture, use, animate);
            if (image.seed() != null) {
                generation.assets().stream().filter(asset -> "talent".equals(asset.role())).forEach(talent -> {
                    Button keep = new Button("Keep seed " + image.seed() + " for " + talent.name(), click -> {
                        consistency.saveSeed(talent.lineageId(), generation.providerId(), image.seed());
                        Notifications.success(talent.name() + " keeps seed " + image.seed() + " for " + generation.providerName() + ".");
                    });
                    keep.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
                    keep.addClassName("keep-seed");
                    cell.add(keep);
                });
            }
            cell.add(new ResultReviewPanel(scores, generation, image, review));
            cell.addClassName("generation-image");
            images.add(cell);
        }
        // images first, then the prompt folded away
        entry.addComponentAtIndex(1, images);
        entry.add(promptDetails);
        entry.addClassName("generation-entry");
        return entry;
    }

    /** Provider, time, image count, seed and the asset versions used, on one line. */
    static String metaLine(GenerationView generation) {
        String versions = generation.assets().stream().map(asset -> asset.name() + " v" + asset.version())
                .collect(java.util.stream.Collectors.joining(", "));
        return generation.providerName() + " · " + TIME.format(generation.createdAt()) + " · "
                + generation.images() + (generation.images() == 1 ? " image" : " images") + " · seed " + generation.seed()
                + (versions.isEmpty() ? "" : " · " + versions) + (generation.promptEdited() ? " · prompt edited" : "");
    }

    /** A clip plays in place: a native video element with controls, the stored MP4 as its source. */
    private static Div clip(GeneratedImage image) {
        com.vaadin.flow.dom.Element video = new com.vaadin.flow.dom.Element("video");
        video.setAttribute("controls", true);
        video.setAttribute("preload", "metadata");
        video.setAttribute("src", image.originalUrl());
        video.setAttribute("playsinline", true);
        Div cell = new Div();
        cell.getElement().appendChild(video);
        cell.addClassName("generation-image");
        cell.addClassName("generation-video");
        return cell;
    }

    /** For a provider without an API: the command to paste, a copy button, and the upload of what it made. */
    private Div manualSteps(GenerationView generation) {
        ManualResultSteps steps = ManualResultSteps.collecting(generation.instructions(), media,
                uploaded -> generations.attachResults(generation.id(), uploaded), this::refresh);
        // the command's public image links: they end with the generation, and can be revoked before
        steps.add(new ShareLinkList(() -> shareLinks.ofGeneration(generation.id()), shareLinks::revoke,
                "The command carries no public image link."));
        return steps;
    }

    private void cancel(GenerationView generation) {
        try {
            generations.cancel(generation.id());
            Notifications.success("Cancelled.");
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
        refresh();
    }
}
