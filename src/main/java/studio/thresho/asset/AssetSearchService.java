package studio.thresho.asset;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.search.SearchHit;
import studio.thresho.asset.search.SearchIndex;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Library search: the index finds and orders, the database supplies each page's cards (one query
 * for the lineages, their active versions and version counts, one per kind of profile). Also the tag
 * suggestions shown while typing tags.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class AssetSearchService {

    static final int MAX_TAG_SUGGESTIONS = 20;
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() {
    };

    private final SearchIndex index;
    private final AssetLineageRepository lineages;
    private final AssetVersionRepository versions;
    private final AssetReader reader;
    private final JsonMapper json;
    private final AssetIndexer indexer;

    AssetSearchService(SearchIndex index, AssetLineageRepository lineages, AssetVersionRepository versions, AssetReader reader,
                       JsonMapper json, AssetIndexer indexer) {
        this.index = index;
        this.indexer = indexer;
        this.json = json;
        this.lineages = lineages;
        this.versions = versions;
        this.reader = reader;
    }

    /** Whether the search index is being rebuilt, so results may be incomplete for a while. */
    public boolean indexRebuilding() {
        return indexer.rebuilding();
    }

    @Transactional(readOnly = true)
    public LibraryPage search(SearchQuery query) {
        SearchResult result = index.search(query);
        List<UUID> ids = result.hits().stream().map(SearchHit::lineageId).toList();
        Map<UUID, AssetLineage> lineageById = new HashMap<>();
        Map<UUID, AssetVersion> versionById = new HashMap<>();
        Map<UUID, Integer> versionCounts = new HashMap<>();
        if (!ids.isEmpty()) {
            lineages.cardsOf(ids).forEach(row -> {
                AssetLineage lineage = (AssetLineage) row[0];
                lineageById.put(lineage.getId(), lineage);
                versionById.put(((AssetVersion) row[1]).getId(), (AssetVersion) row[1]);
                versionCounts.put(lineage.getId(), ((Number) row[2]).intValue());
            });
        }
        Map<UUID, CategoryNode> categories = new HashMap<>();
        reader.categories().forEach(node -> categories.put(node.id(), node));
        Map<UUID, Map<String, Object>> values = reader.values(List.copyOf(versionById.values()),
                version -> categories.get(version.getCategoryId()));
        List<LibraryHit> hits = result.hits().stream()
                .filter(hit -> lineageById.containsKey(hit.lineageId())
                        && versionById.containsKey(lineageById.get(hit.lineageId()).getActiveVersionId()))
                .map(hit -> {
                    AssetLineage lineage = lineageById.get(hit.lineageId());
                    AssetVersion version = versionById.get(lineage.getActiveVersionId());
                    CategoryNode category = categories.get(version.getCategoryId());
                    AssetSummary summary = AssetSummary.of(lineage, version, category, reader.tags(version),
                            versionCounts.getOrDefault(lineage.getId(), 1), values.get(version.getId()));
                    return new LibraryHit(summary, hit.highlightedName(), hit.highlightedDescription());
                }).toList();
        return new LibraryPage(result.total(), hits, result.tagCounts());
    }

    /** Existing tags that start with the given text, for suggestions while typing. */
    @Transactional(readOnly = true)
    public List<String> suggestTags(String prefix) {
        String start = prefix == null ? "" : prefix.trim().toLowerCase(Locale.ROOT);
        return versions.latestTags().stream()
                .flatMap(tags -> json.readValue(tags, TAGS).stream())
                .filter(tag -> tag.startsWith(start)).distinct().sorted().limit(MAX_TAG_SUGGESTIONS).toList();
    }
}
