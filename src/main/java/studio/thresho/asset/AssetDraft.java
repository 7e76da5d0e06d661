package studio.thresho.asset;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a form submits to save an asset.
 *
 * @param lineageId           null for a new asset
 * @param expectedLockVersion the lineage lock version the editor loaded ({@link AssetDetail#lockVersion()}); a mismatch
 *                            means someone saved meanwhile. Null saves on top of whatever is latest.
 * @param slug                null or blank to keep (or, for a new asset, generate) the slug
 * @param global              a new asset goes to the global library instead of the current project's
 * @param values              schema field key to value (text, number, boolean, choice label, list of labels or colours,
 *                            asset id); image fields are managed through the image operations
 * @param fragments           the version's prompt fragments; null keeps those of the version the save builds on
 */
public record AssetDraft(UUID lineageId, Long expectedLockVersion, UUID categoryId, String name, String slug, boolean global,
                         Source source, List<String> tags, Map<String, Object> values, List<PromptFragment> fragments) {

    public AssetDraft(UUID lineageId, Long expectedLockVersion, UUID categoryId, String name, String slug, boolean global,
                      Source source, List<String> tags, Map<String, Object> values) {
        this(lineageId, expectedLockVersion, categoryId, name, slug, global, source, tags, values, null);
    }

    /** The same draft with these prompt fragments. */
    public AssetDraft withFragments(List<PromptFragment> newFragments) {
        return new AssetDraft(lineageId, expectedLockVersion, categoryId, name, slug, global, source, tags, values, newFragments);
    }

    /** A draft that saves the version as it is; a starting point for changing one thing. */
    public static AssetDraft of(AssetDetail detail) {
        return new AssetDraft(detail.lineageId(), detail.lockVersion(), detail.categoryId(), detail.name(), detail.slug(),
                detail.global(), detail.source(), detail.tags(), detail.values());
    }

    public static AssetDraft create(UUID categoryId, String name, Map<String, Object> values) {
        return new AssetDraft(null, null, categoryId, name, null, false, null, List.of(), values);
    }
}
