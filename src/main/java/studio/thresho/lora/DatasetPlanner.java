package studio.thresho.lora;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetViewNames;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaService;
import studio.thresho.media.StoredMedia;

/**
 * Works out one talent's dataset from the version on the server: the headshot, the sheet views in
 * their standard order and the ticked references, a file name and a suggested caption for each,
 * the user's captions checked, and the guidance for the count. Nothing from the page is trusted
 * but the ticks and the caption texts.
 */
@Component
class DatasetPlanner {

    private final AssetVersionService versions;
    private final MediaService media;

    DatasetPlanner(AssetVersionService versions, MediaService media) {
        this.versions = versions;
        this.media = media;
    }

    LoraDataset plan(LoraExportRequest request) {
        if (request.format() == null) {
            throw new UserFacingException("Choose a format.");
        }
        TriggerWords.problem(request.trigger()).ifPresent(problem -> {
            throw new UserFacingException(problem);
        });
        if (request.longSide() != null && request.longSide() < 256) {
            throw new UserFacingException("Images need a long side of at least 256 px.");
        }
        AssetDetail talent = versions.resolve(request.lineageId(), request.versionId());
        if (talent.kind() != CategoryKind.TALENT) {
            throw new UserFacingException(talent.name() + " is not a talent: only talent is exported for LoRA training.");
        }
        Map<String, Object> values = talent.values();
        SubjectClass subject = request.subjectClass() != null ? request.subjectClass()
                : SubjectClass.fromProfile(Arrays.asList(text(values, "physical_description"), String.join(" ", talent.tags())));
        IdentityTraits identity = IdentityTraits.of(Arrays.asList(text(values, "hair"), text(values, "age_range"),
                text(values, "distinguishing_features")), talent.name());
        List<AssetImageView> references = usable(talent.imagesOf(ImageType.REFERENCE));
        Set<UUID> referenceIds = new HashSet<>(references.stream().map(AssetImageView::id).toList());
        if (!referenceIds.containsAll(request.references())) {
            throw new UserFacingException("A ticked reference is not an image of " + talent.name() + " v" + talent.version() + ".");
        }
        List<AssetImageView> chosen = new ArrayList<>(usable(talent.imagesOf(ImageType.HEADSHOT)).stream().limit(1).toList());
        usable(talent.imagesOf(ImageType.CHARACTER_SHEET)).stream().filter(image -> image.slot() != null)
                .sorted(Comparator.comparing(AssetImageView::slot)).forEach(chosen::add);
        references.stream().filter(image -> request.references().contains(image.id())).forEach(chosen::add);

        List<DatasetImage> images = new ArrayList<>();
        int referenceNumber = 0;
        for (AssetImageView image : chosen) {
            String role = image.type() == ImageType.HEADSHOT ? "headshot"
                    : image.slot() != null ? SheetViewNames.fileNameOf(image.slot()) : "reference-" + ++referenceNumber;
            String baseName = "%s-%02d-%s".formatted(talent.slug(), images.size() + 1, role);
            String suggested = CaptionRules.compose(request.trigger(), subject, ViewPhrases.of(image.type(), image.slot()), image.caption(), identity);
            String caption = captionOf(request, image, suggested, baseName);
            Optional<StoredMedia> stored = media.find(image.mediaKey());
            images.add(new DatasetImage(image.id(), image.mediaKey(), image.type(), image.slot(), baseName, image.caption(), suggested, caption,
                    stored.map(StoredMedia::width).orElse(null), stored.map(StoredMedia::height).orElse(null)));
        }
        if (images.isEmpty()) {
            throw new UserFacingException(talent.name() + " v" + talent.version() + " has no headshot or character-sheet views to train on.");
        }
        TrainingGuidance guidance = GuidanceRules.of(images.size(), Arrays.asList(text(values, "distinguishing_features"),
                text(values, "physical_description")), references.size() - request.references().size());
        return new LoraDataset(talent.lineageId(), talent.versionId(), talent.version(), talent.name(), talent.slug(), request.format(),
                request.trigger(), subject, request.longSide(), List.copyOf(images), references, values, guidance);
    }

    /** The user's caption when given: on one line, within the limit, keeping the trigger word. */
    private static String captionOf(LoraExportRequest request, AssetImageView image, String suggested, String baseName) {
        String edited = request.captions().get(image.id());
        if (edited == null) {
            return suggested;
        }
        String caption = edited.replaceAll("\\s+", " ").strip();
        if (caption.isEmpty()) {
            throw new UserFacingException("The caption of " + baseName + " is empty.");
        }
        if (caption.length() > CaptionRules.MAX_CAPTION_LENGTH) {
            throw new UserFacingException("The caption of " + baseName + " is longer than " + CaptionRules.MAX_CAPTION_LENGTH + " characters.");
        }
        if (!CaptionRules.containsTrigger(caption, request.trigger())) {
            throw new UserFacingException("The caption of " + baseName + " must keep the trigger word \"" + request.trigger() + "\".");
        }
        return caption;
    }

    /** Images a trainer can use: stored and not videos. */
    private List<AssetImageView> usable(List<AssetImageView> images) {
        return images.stream().sorted(Comparator.comparingInt(AssetImageView::sortOrder))
                .filter(image -> media.find(image.mediaKey()).filter(stored -> !stored.video()).isPresent()).toList();
    }

    private static String text(Map<String, Object> values, String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }
}
