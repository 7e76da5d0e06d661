package studio.thresho.asset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.CompositeRenderer;
import studio.thresho.media.MediaService;

/**
 * Writes the image rows of a new version. Rows point at content-addressed media files, so versions
 * share files; the character-sheet composite is rendered only when the headshot or a view changed.
 */
@Component
class VersionImages {

    static final String COMPOSITE_CAPTION = "Character sheet composite";

    private final AssetImageRepository images;
    private final MediaService media;
    private final CompositeRenderer composites;

    VersionImages(AssetImageRepository images, MediaService media, CompositeRenderer composites) {
        this.images = images;
        this.media = media;
        this.composites = composites;
    }

    /**
     * @param base             the version the new one builds on, or null for a new asset
     * @param renderComposite  false when the version is only written to be compared and thrown away
     */
    void write(AssetVersion version, ImageSet set, AssetVersion base, boolean renderComposite) {
        List<AssetImage> baseImages = base == null ? List.of() : images.findByAssetIdOrderBySortOrderAsc(base.getId());
        List<String> known = baseImages.stream().map(AssetImage::getImagePath).toList();
        int order = 0;
        for (ImageDraft image : set.images()) {
            if (!known.contains(image.mediaKey()) && media.find(image.mediaKey()).isEmpty()) {
                throw new UserFacingException("An image is no longer in the media store; upload it again.");
            }
            images.save(new AssetImage(version.getId(), image.mediaKey(), image.type(), image.slot(), order++, image.caption()));
        }
        if (renderComposite) {
            composite(version, set, baseImages, order);
        }
        images.flush();
    }

    /** Writes the image rows exactly as given, the composite included (an imported version keeps the composite it had). */
    void writeAsGiven(AssetVersion version, List<ImageDraft> given) {
        int order = 0;
        for (ImageDraft image : given) {
            if (media.find(image.mediaKey()).isEmpty()) {
                throw new UserFacingException("An image is no longer in the media store; upload it again.");
            }
            images.save(new AssetImage(version.getId(), image.mediaKey(), image.type(), image.slot(), order++, image.caption()));
        }
        images.flush();
    }

    private void composite(AssetVersion version, ImageSet set, List<AssetImage> baseImages, int order) {
        ImageDraft headshot = set.images().stream().filter(image -> image.type() == ImageType.HEADSHOT).findFirst().orElse(null);
        List<ImageDraft> sheet = set.images().stream().filter(image -> image.type() == ImageType.CHARACTER_SHEET)
                .sorted(Comparator.comparingInt(image -> image.slot() == null ? SheetSlot.values().length : image.slot().ordinal())).toList();
        if (headshot == null || sheet.isEmpty()) {
            return;
        }
        String key = sameIdentityImages(set, baseImages)
                ? baseImages.stream().filter(image -> image.type() == ImageType.COMPOSITE).map(AssetImage::getImagePath).findFirst().orElse(null)
                : null;
        if (key == null) {
            List<CompositeRenderer.View> views = new ArrayList<>();
            for (ImageDraft view : sheet.subList(0, Math.min(sheet.size(), CompositeRenderer.MAX_VIEWS))) {
                views.add(new CompositeRenderer.View(view.slot() == null ? "View" : view.slot().label(), view.mediaKey()));
            }
            key = composites.renderAndStore(headshot.mediaKey(), views).key();
        }
        images.save(new AssetImage(version.getId(), key, ImageType.COMPOSITE, null, order, COMPOSITE_CAPTION));
    }

    private static boolean sameIdentityImages(ImageSet set, List<AssetImage> baseImages) {
        List<String> now = set.images().stream().filter(VersionImages::identity)
                .map(image -> image.type() + "/" + image.slot() + "/" + image.mediaKey()).sorted().toList();
        List<String> before = baseImages.stream().filter(image -> image.type() == ImageType.HEADSHOT || image.type() == ImageType.CHARACTER_SHEET)
                .map(image -> image.type() + "/" + SheetSlot.ofDbValue(image.getSlot()).orElse(null) + "/" + image.getImagePath())
                .sorted().toList();
        return Objects.equals(now, before);
    }

    private static boolean identity(ImageDraft image) {
        return image.type() == ImageType.HEADSHOT || image.type() == ImageType.CHARACTER_SHEET;
    }
}
