package studio.thresho.asset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.asset.category.FieldType;
import studio.thresho.base.UserFacingException;

/**
 * The images of an asset while they are edited, first to last, without the rendered composite.
 * Every change returns a new set or refuses with a message; nothing is stored until the asset is saved.
 */
public final class ImageSet {

    private final List<ImageDraft> images;

    private ImageSet(List<ImageDraft> images) {
        this.images = List.copyOf(images);
    }

    public static ImageSet empty() {
        return new ImageSet(List.of());
    }

    public static ImageSet of(List<AssetImageView> images) {
        return new ImageSet(images.stream().filter(image -> image.type() != ImageType.COMPOSITE).map(ImageDraft::of).toList());
    }

    public static ImageSet ofDrafts(List<ImageDraft> images) {
        return new ImageSet(images.stream().filter(image -> image.type() != ImageType.COMPOSITE).toList());
    }

    public List<ImageDraft> images() {
        return images;
    }

    public int size() {
        return images.size();
    }

    /** What the images still lack for a complete asset with these fields (headshot, sheet views, references). */
    public List<String> missing(List<FieldDefinition> fields) {
        List<FieldDefinition> imageFields = fields.stream().filter(field -> field.type() == FieldType.IMAGE).toList();
        List<AssetImageView> views = images.stream().map(image -> new AssetImageView(null, image.mediaKey(), image.type(), image.slot(),
                0, image.caption())).toList();
        return CompletenessCheck.of(imageFields, Map.of(), views).missing();
    }

    /**
     * Adds an image at the end.
     *
     * @param slot for a character-sheet view: which of the 8 views it shows; null picks the first free one
     */
    public ImageSet add(String mediaKey, ImageType type, SheetSlot slot, String caption) {
        if (type == null || type == ImageType.COMPOSITE) {
            throw new UserFacingException("Choose what the image shows: headshot, character sheet, reference, example or mood.");
        }
        if (images.size() >= AssetRules.MAX_IMAGES_PER_ASSET) {
            throw new UserFacingException("An asset holds at most " + AssetRules.MAX_IMAGES_PER_ASSET + " images.");
        }
        SheetSlot chosenSlot = type == ImageType.CHARACTER_SHEET ? sheetSlot(slot) : null;
        List<ImageDraft> next = new ArrayList<>(type == ImageType.HEADSHOT ? withoutHeadshot(true) : images);
        next.add(new ImageDraft(mediaKey, type, chosenSlot, AssetRules.checkCaption(caption)));
        return new ImageSet(next);
    }

    /**
     * Adds a new headshot in place of the current one.
     *
     * @param keepOld whether the replaced headshot stays as a reference image (else it is removed)
     */
    public ImageSet replaceHeadshot(String mediaKey, String caption, boolean keepOld) {
        return new ImageSet(withoutHeadshot(keepOld)).add(mediaKey, ImageType.HEADSHOT, null, caption);
    }

    public boolean hasHeadshot() {
        return images.stream().anyMatch(image -> image.type() == ImageType.HEADSHOT);
    }

    /** The views the character sheet has. */
    public Set<SheetSlot> sheetSlots() {
        Set<SheetSlot> taken = EnumSet.noneOf(SheetSlot.class);
        images.stream().filter(image -> image.type() == ImageType.CHARACTER_SHEET && image.slot() != null).forEach(image -> taken.add(image.slot()));
        return taken;
    }

    /** Shows a character-sheet view as another view; a view already there takes the moved one's place. */
    public ImageSet moveToSlot(int index, SheetSlot slot) {
        ImageDraft moved = images.get(checkIndex(index));
        if (moved.type() != ImageType.CHARACTER_SHEET || slot == null) {
            throw new UserFacingException("Only a character-sheet view can move to another view.");
        }
        List<ImageDraft> next = new ArrayList<>(images);
        for (int i = 0; i < next.size(); i++) {
            ImageDraft other = next.get(i);
            if (i != index && other.type() == ImageType.CHARACTER_SHEET && other.slot() == slot) {
                next.set(i, new ImageDraft(other.mediaKey(), other.type(), moved.slot(), other.caption()));
            }
        }
        next.set(index, new ImageDraft(moved.mediaKey(), moved.type(), slot, moved.caption()));
        return new ImageSet(next);
    }

    public ImageSet remove(int index) {
        List<ImageDraft> next = new ArrayList<>(images);
        next.remove(checkIndex(index));
        return new ImageSet(next);
    }

    /** Makes the image the headshot; the previous headshot becomes a reference image. */
    public ImageSet makeHeadshot(int index) {
        return makeHeadshot(index, true);
    }

    /**
     * Makes the image the headshot.
     *
     * @param keepOld whether the previous headshot stays as a reference image (else it is removed)
     */
    public ImageSet makeHeadshot(int index, boolean keepOld) {
        ImageDraft chosen = images.get(checkIndex(index));
        List<ImageDraft> next = new ArrayList<>(images);
        next.set(index, new ImageDraft(chosen.mediaKey(), ImageType.HEADSHOT, null, chosen.caption()));
        for (int i = next.size() - 1; i >= 0; i--) {
            ImageDraft image = next.get(i);
            if (i != index && image.type() == ImageType.HEADSHOT) {
                if (keepOld) {
                    next.set(i, new ImageDraft(image.mediaKey(), ImageType.REFERENCE, null, image.caption()));
                } else {
                    next.remove(i);
                }
            }
        }
        return new ImageSet(next);
    }

    public ImageSet caption(int index, String caption) {
        ImageDraft image = images.get(checkIndex(index));
        List<ImageDraft> next = new ArrayList<>(images);
        next.set(index, new ImageDraft(image.mediaKey(), image.type(), image.slot(), AssetRules.checkCaption(caption)));
        return new ImageSet(next);
    }

    /** Moves an image to another position, the others keeping their order. */
    public ImageSet move(int from, int to) {
        List<ImageDraft> next = new ArrayList<>(images);
        ImageDraft moved = next.remove(checkIndex(from));
        next.add(Math.max(0, Math.min(to, next.size())), moved);
        return new ImageSet(next);
    }

    /** The images with the headshot turned into a reference image, or left out. */
    private List<ImageDraft> withoutHeadshot(boolean keepAsReference) {
        return images.stream().filter(image -> keepAsReference || image.type() != ImageType.HEADSHOT)
                .map(image -> image.type() == ImageType.HEADSHOT
                        ? new ImageDraft(image.mediaKey(), ImageType.REFERENCE, null, image.caption()) : image).toList();
    }

    private int checkIndex(int index) {
        if (index < 0 || index >= images.size()) {
            throw new UserFacingException("That image is no longer part of the asset.");
        }
        return index;
    }

    private SheetSlot sheetSlot(SheetSlot requested) {
        List<SheetSlot> taken = images.stream().filter(image -> image.type() == ImageType.CHARACTER_SHEET).map(ImageDraft::slot).toList();
        if (taken.size() >= SheetSlot.MAX_VIEWS) {
            throw new UserFacingException("A character sheet has at most " + SheetSlot.MAX_VIEWS
                    + " views; remove one before adding another.");
        }
        if (requested != null) {
            if (taken.contains(requested)) {
                throw new UserFacingException("The sheet has a " + requested.label() + " view already; remove it first.");
            }
            return requested;
        }
        return Arrays.stream(SheetSlot.values()).filter(slot -> !taken.contains(slot)).findFirst().orElseThrow();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ImageSet set && set.images.equals(images);
    }

    @Override
    public int hashCode() {
        return images.hashCode();
    }
}
