package studio.thresho.asset;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.media.CompositeRenderer;
import studio.thresho.media.PaletteExtractor;
import studio.thresho.media.MediaService;
import studio.thresho.security.Role;

/**
 * The reference images of an asset: add, caption, reorder, choose the headshot, remove. Whenever
 * the headshot or the character sheet changes, the composite reference image is rendered again.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class AssetImageService {

    static final String PALETTE_FIELD = "color_palette";

    private final AssetReader reader;
    private final AssetImageRepository images;
    private final AssetService assets;
    private final MediaService media;
    private final CompositeRenderer composites;
    private final PaletteExtractor palettes;

    AssetImageService(AssetReader reader, AssetImageRepository images, AssetService assets, MediaService media,
                      CompositeRenderer composites, PaletteExtractor palettes) {
        this.reader = reader;
        this.images = images;
        this.assets = assets;
        this.media = media;
        this.composites = composites;
        this.palettes = palettes;
    }

    /**
     * Adds a stored image to the asset's active version.
     *
     * @param slot for a character-sheet view: which of the 8 views it shows; null picks the first free one
     */
    @Transactional
    public AssetDetail addImage(UUID lineageId, String mediaKey, ImageType type, SheetSlot slot, String caption) {
        if (type == null || type == ImageType.COMPOSITE) {
            throw new UserFacingException("Choose what the image shows: headshot, character sheet, reference, example or mood.");
        }
        if (media.find(mediaKey).isEmpty()) {
            throw new UserFacingException("That image is not in the media store; upload it again.");
        }
        AssetVersion version = reader.activeVersion(reader.lineage(lineageId));
        List<AssetImage> current = images.findByAssetIdOrderBySortOrderAsc(version.getId());
        if (current.size() >= AssetRules.MAX_IMAGES_PER_ASSET) {
            throw new UserFacingException("An asset holds at most " + AssetRules.MAX_IMAGES_PER_ASSET + " images.");
        }
        SheetSlot chosenSlot = type == ImageType.CHARACTER_SHEET ? sheetSlot(current, slot) : null;
        if (type == ImageType.HEADSHOT) {
            current.stream().filter(image -> image.type() == ImageType.HEADSHOT).forEach(image -> image.setImageType(ImageType.REFERENCE.dbValue()));
        }
        int order = current.stream().mapToInt(AssetImage::getSortOrder).max().orElse(-1) + 1;
        images.saveAndFlush(new AssetImage(version.getId(), mediaKey, type, chosenSlot, order, AssetRules.checkCaption(caption)));
        AssetDetail detail = afterChange(lineageId, version, type);
        return type == ImageType.REFERENCE ? withPaletteFrom(detail, mediaKey) : detail;
    }

    /** An environment without a palette takes the dominant colours of its first reference image; editable later. */
    private AssetDetail withPaletteFrom(AssetDetail detail, String mediaKey) {
        if (detail.kind() != CategoryKind.ENVIRONMENT || detail.values().containsKey(PALETTE_FIELD)) {
            return detail;
        }
        Map<String, Object> values = new HashMap<>(detail.values());
        values.put(PALETTE_FIELD, palettes.extract(mediaKey));
        return assets.save(new AssetDraft(detail.lineageId(), detail.lockVersion(), detail.categoryId(), detail.name(), null,
                false, detail.source(), detail.tags(), values));
    }

    @Transactional
    public AssetDetail setCaption(UUID lineageId, UUID imageId, String caption) {
        AssetImage image = load(lineageId, imageId);
        image.setCaption(AssetRules.checkCaption(caption));
        images.saveAndFlush(image);
        return assets.refreshDraftFlag(lineageId);
    }

    /** Makes the image the asset's headshot; the previous headshot becomes a reference image. */
    @Transactional
    public AssetDetail makeHeadshot(UUID lineageId, UUID imageId) {
        AssetImage chosen = load(lineageId, imageId);
        for (AssetImage image : images.findByAssetIdOrderBySortOrderAsc(chosen.getAssetId())) {
            if (image.type() == ImageType.HEADSHOT && !image.getId().equals(imageId)) {
                image.setImageType(ImageType.REFERENCE.dbValue());
            }
        }
        chosen.setImageType(ImageType.HEADSHOT.dbValue());
        chosen.setSlot(null);
        images.flush();
        return afterChange(lineageId, reader.activeVersion(reader.lineage(lineageId)), ImageType.HEADSHOT);
    }

    /** Puts the images in the given order (ids of the asset's images, first to last). */
    @Transactional
    public AssetDetail reorder(UUID lineageId, List<UUID> orderedImageIds) {
        AssetVersion version = reader.activeVersion(reader.lineage(lineageId));
        List<AssetImage> current = images.findByAssetIdOrderBySortOrderAsc(version.getId());
        if (current.size() != orderedImageIds.size()
                || !current.stream().map(AssetImage::getId).toList().containsAll(orderedImageIds)) {
            throw new UserFacingException("The images changed meanwhile; reload and reorder again.");
        }
        for (AssetImage image : current) {
            image.setSortOrder(orderedImageIds.indexOf(image.getId()));
        }
        images.flush();
        return afterChange(lineageId, version, ImageType.CHARACTER_SHEET);
    }

    @Transactional
    public AssetDetail removeImage(UUID lineageId, UUID imageId) {
        AssetImage image = load(lineageId, imageId);
        ImageType type = image.type();
        images.delete(image);
        images.flush();
        return afterChange(lineageId, reader.activeVersion(reader.lineage(lineageId)), type);
    }

    private AssetDetail afterChange(UUID lineageId, AssetVersion version, ImageType changed) {
        if (changed == ImageType.HEADSHOT || changed == ImageType.CHARACTER_SHEET) {
            renderComposite(version);
        }
        return assets.refreshDraftFlag(lineageId);
    }

    /** The composite shows the headshot and the sheet views in slot order; without a headshot there is none. */
    private void renderComposite(AssetVersion version) {
        List<AssetImage> current = images.findByAssetIdOrderBySortOrderAsc(version.getId());
        current.stream().filter(image -> image.type() == ImageType.COMPOSITE).forEach(images::delete);
        AssetImage headshot = current.stream().filter(image -> image.type() == ImageType.HEADSHOT).findFirst().orElse(null);
        List<AssetImage> sheet = current.stream().filter(image -> image.type() == ImageType.CHARACTER_SHEET)
                .sorted(java.util.Comparator.comparingInt(AssetImageService::slotOrder)).toList();
        if (headshot == null || sheet.isEmpty()) {
            images.flush();
            return;
        }
        List<CompositeRenderer.View> views = new ArrayList<>();
        for (AssetImage view : sheet.subList(0, Math.min(sheet.size(), CompositeRenderer.MAX_VIEWS))) {
            String label = view.getSlot() == null ? "View" : SheetSlot.ofDbValue(view.getSlot()).map(SheetSlot::label).orElse("View");
            views.add(new CompositeRenderer.View(label, view.getImagePath()));
        }
        String key = composites.renderAndStore(headshot.getImagePath(), views).key();
        int order = current.stream().mapToInt(AssetImage::getSortOrder).max().orElse(0) + 1;
        images.saveAndFlush(new AssetImage(version.getId(), key, ImageType.COMPOSITE, null, order, "Character sheet composite"));
    }

    private static int slotOrder(AssetImage image) {
        return image.getSlot() == null ? SheetSlot.values().length
                : SheetSlot.ofDbValue(image.getSlot()).map(Enum::ordinal).orElse(SheetSlot.values().length);
    }

    private static SheetSlot sheetSlot(List<AssetImage> current, SheetSlot requested) {
        List<String> taken = current.stream().filter(image -> image.type() == ImageType.CHARACTER_SHEET)
                .map(AssetImage::getSlot).toList();
        if (taken.size() >= SheetSlot.MAX_VIEWS) {
            throw new UserFacingException("A character sheet has at most " + SheetSlot.MAX_VIEWS
                    + " views; remove one before adding another.");
        }
        if (requested != null) {
            if (taken.contains(requested.dbValue())) {
                throw new UserFacingException("The sheet has a " + requested.label() + " view already; remove it first.");
            }
            return requested;
        }
        return java.util.Arrays.stream(SheetSlot.values()).filter(slot -> !taken.contains(slot.dbValue())).findFirst().orElseThrow();
    }

    private AssetImage load(UUID lineageId, UUID imageId) {
        AssetVersion version = reader.activeVersion(reader.lineage(lineageId));
        return images.findById(imageId).filter(image -> image.getAssetId().equals(version.getId()))
                .orElseThrow(() -> new UserFacingException("That image is no longer part of the asset."));
    }
}
