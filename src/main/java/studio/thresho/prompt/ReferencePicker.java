package studio.thresho.prompt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.ImageType;

/**
 * The reference images a prompt could send, most important first: each talent's face, the style,
 * the environment, the props. How many go as images is the provider's limit.
 */
final class ReferencePicker {

    private static final Comparator<AssetImageView> BY_SORT_ORDER = Comparator.comparingInt(AssetImageView::sortOrder);
    // The sheet's standard grid order puts the front face first: the most useful view when only one goes.
    private static final Comparator<AssetImageView> BY_SHEET_SLOT = Comparator
            .comparing((AssetImageView image) -> image.slot() == null ? Integer.MAX_VALUE : image.slot().ordinal())
            .thenComparing(BY_SORT_ORDER);

    private ReferencePicker() {
    }

    static List<ReferenceImage> candidates(PromptRequest request) {
        List<ReferenceImage> references = new ArrayList<>();
        for (TalentPick pick : request.talents()) {
            add(references, pick.talent(), characterImage(pick.talent()), ReferenceRole.CHARACTER);
        }
        if (request.style() != null) {
            add(references, request.style(), request.style().images().stream().min(BY_SORT_ORDER), ReferenceRole.STYLE);
        }
        if (request.environment() != null) {
            AssetDetail environment = request.environment().environment();
            add(references, environment, first(environment, ImageType.REFERENCE, BY_SORT_ORDER), ReferenceRole.ENVIRONMENT);
        }
        for (AssetDetail prop : request.props()) {
            add(references, prop, first(prop, ImageType.REFERENCE, BY_SORT_ORDER), ReferenceRole.PROP);
        }
        Set<String> seen = new HashSet<>();
        return references.stream().filter(reference -> seen.add(reference.mediaKey())).toList();
    }

    /** The headshot, else the composite character sheet, else the sheet's first view. */
    private static Optional<AssetImageView> characterImage(AssetDetail talent) {
        return first(talent, ImageType.HEADSHOT, BY_SORT_ORDER)
                .or(() -> first(talent, ImageType.COMPOSITE, BY_SORT_ORDER))
                .or(() -> first(talent, ImageType.CHARACTER_SHEET, BY_SHEET_SLOT));
    }

    private static Optional<AssetImageView> first(AssetDetail asset, ImageType type, Comparator<AssetImageView> order) {
        return asset.images().stream().filter(image -> image.type() == type).min(order);
    }

    private static void add(List<ReferenceImage> references, AssetDetail asset, Optional<AssetImageView> image, ReferenceRole role) {
        image.ifPresent(found -> references.add(
                new ReferenceImage(found.mediaKey(), role, asset.lineageId(), asset.versionId(), FieldValues.name(asset))));
    }
}
