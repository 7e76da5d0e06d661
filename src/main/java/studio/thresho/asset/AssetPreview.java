package studio.thresho.asset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.category.CategoryNode;

/**
 * An asset as its detail view will show it before it is saved (the talent wizard's confirmation):
 * the draft's category, fields, values and images as version 1.0.0, with no id and no history.
 */
@Component
public class AssetPreview {

    static final String FIRST_VERSION = "1.0.0";

    private final AssetReader reader;

    AssetPreview(AssetReader reader) {
        this.reader = reader;
    }

    /**
     * @param projectId the project it will be saved in, or null for the global library
     * @param notes     what the first version's notes will say
     */
    @Transactional(readOnly = true)
    public AssetDetail of(AssetDraft draft, List<ImageDraft> images, UUID projectId, String notes) {
        CategoryNode category = reader.category(draft.categoryId());
        Map<String, Object> values = draft.values() == null ? Map.of() : Map.copyOf(draft.values());
        List<AssetImageView> views = new ArrayList<>();
        for (ImageDraft image : images) {
            views.add(new AssetImageView(null, image.mediaKey(), image.type(), image.slot(), views.size(), image.caption()));
        }
        Instant now = Instant.now();
        return new AssetDetail(null, null, 0, category.id(), category.name(), category.kind(), draft.name(), null, draft.source(),
                draft.tags() == null ? List.of() : List.copyOf(draft.tags()), projectId, FIRST_VERSION, now, now, 0, false,
                category.effectiveFields(), values, List.copyOf(views), CompletenessCheck.of(category.effectiveFields(), values, views),
                true, true, 1, notes, false, true);
    }
}
