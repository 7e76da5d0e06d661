package studio.thresho.asset;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.Role;

/**
 * One image change saved at once, as its own version with the bump it calls for: add, caption,
 * reorder, choose the headshot, remove. Edit forms collect several changes in an {@link ImageSet}
 * and save them together instead.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class AssetImageService {

    private final AssetService assets;

    AssetImageService(AssetService assets) {
        this.assets = assets;
    }

    /**
     * Adds a stored image to the asset.
     *
     * @param slot for a character-sheet view: which of the 8 views it shows; null picks the first free one
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AssetDetail addImage(UUID lineageId, String mediaKey, ImageType type, SheetSlot slot, String caption) {
        return change(lineageId, images -> images.add(mediaKey, type, slot, caption));
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AssetDetail setCaption(UUID lineageId, UUID imageId, String caption) {
        return change(lineageId, imageId, (images, index) -> images.caption(index, caption));
    }

    /** Makes the image the asset's headshot; the previous headshot becomes a reference image. */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AssetDetail makeHeadshot(UUID lineageId, UUID imageId) {
        return change(lineageId, imageId, ImageSet::makeHeadshot);
    }

    /** Puts the images in the given order (ids of the asset's images, first to last). */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AssetDetail reorder(UUID lineageId, List<UUID> orderedImageIds) {
        AssetDetail latest = assets.latest(lineageId);
        List<AssetImageView> current = editable(latest);
        if (current.size() != orderedImageIds.size() || !current.stream().map(AssetImageView::id).toList().containsAll(orderedImageIds)) {
            throw new UserFacingException("The images changed meanwhile; reload and reorder again.");
        }
        List<ImageDraft> ordered = new ArrayList<>();
        orderedImageIds.forEach(id -> current.stream().filter(image -> image.id().equals(id)).findFirst()
                .map(ImageDraft::of).ifPresent(ordered::add));
        return save(latest, ImageSet.ofDrafts(ordered));
    }

    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AssetDetail removeImage(UUID lineageId, UUID imageId) {
        return change(lineageId, imageId, ImageSet::remove);
    }

    private interface IndexedChange {
        ImageSet apply(ImageSet images, int index);
    }

    private AssetDetail change(UUID lineageId, UUID imageId, IndexedChange change) {
        AssetDetail latest = assets.latest(lineageId);
        List<UUID> ids = editable(latest).stream().map(AssetImageView::id).toList();
        int index = ids.indexOf(imageId);
        if (index < 0) {
            throw new UserFacingException("That image is no longer part of the asset.");
        }
        return save(latest, change.apply(ImageSet.of(latest.images()), index));
    }

    private AssetDetail change(UUID lineageId, UnaryOperator<ImageSet> change) {
        AssetDetail latest = assets.latest(lineageId);
        return save(latest, change.apply(ImageSet.of(latest.images())));
    }

    private AssetDetail save(AssetDetail latest, ImageSet images) {
        return assets.save(AssetDraft.of(latest), images.images(), VersionRequest.proposed());
    }

    private static List<AssetImageView> editable(AssetDetail detail) {
        return detail.images().stream().filter(image -> image.type() != ImageType.COMPOSITE).toList();
    }
}
