package studio.thresho.asset;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What one version of an asset holds, as far as comparing two versions is concerned. */
record VersionContent(String name, String slug, UUID categoryId, String categoryName, Source source, List<String> tags,
                      Map<String, Object> values, List<ImageDraft> images, List<PromptFragment> fragments) {

    static VersionContent of(AssetDetail detail, List<PromptFragment> fragments) {
        return new VersionContent(detail.name(), detail.slug(), detail.categoryId(), detail.categoryName(), detail.source(),
                detail.tags(), detail.values(), ImageSet.of(detail.images()).images(), fragments);
    }
}
