package studio.thresho.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetSearchService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.Source;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchSort;
import studio.thresho.base.UserFacingException;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.Role;

/**
 * Save to library (FR-8.1): any generated image becomes a new asset, or joins any asset of the
 * project or the global library as a reference, its headshot or a named character-sheet view. An
 * existing asset gets a new version through {@link AssetService}, with the bump the version rules
 * give (a replaced headshot or view is major, a new image minor); what it replaces stays as a
 * reference image, so nothing is lost.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class ResultPromotionService {

    private final GenerationService generations;
    private final AssetService assets;
    private final AssetSearchService search;
    private final CategoryService categories;
    private final CurrentProjectService currentProject;

    ResultPromotionService(GenerationService generations, AssetService assets, AssetSearchService search, CategoryService categories,
                           CurrentProjectService currentProject) {
        this.generations = generations;
        this.assets = assets;
        this.search = search;
        this.categories = categories;
        this.currentProject = currentProject;
    }

    /** Adds a result to an asset as a reference image, or as its new headshot (the previous one stays as a reference image). */
    @Transactional
    public AssetDetail promote(UUID generationId, String mediaKey, UUID lineageId, boolean asHeadshot) {
        return addToAsset(generationId, mediaKey, lineageId, asHeadshot ? ResultPlacement.headshot() : ResultPlacement.reference());
    }

    /**
     * Adds a result to any asset as a new version. An image already in the place asked for (the headshot, a sheet view) is
     * replaced and kept as a reference image; the result, if the asset had it in another role, moves to the new one.
     */
    @Transactional
    public AssetDetail addToAsset(UUID generationId, String mediaKey, UUID lineageId, ResultPlacement placement) {
        GenerationView generation = resultOf(generationId, mediaKey);
        AssetDetail latest = assets.latest(lineageId);
        List<ImageDraft> kept = new ArrayList<>();
        for (ImageDraft image : ImageSet.of(latest.images()).images()) {
            if (image.mediaKey().equals(mediaKey)) {
                if (image.type() == placement.role() && image.slot() == placement.view()) {
                    throw new UserFacingException("That image is " + placement.describe() + " of " + latest.name() + " already.");
                }
                continue;
            }
            kept.add(fillsPlace(image, placement) ? new ImageDraft(image.mediaKey(), ImageType.REFERENCE, null, image.caption()) : image);
        }
        ImageSet images = ImageSet.ofDrafts(kept).add(mediaKey, placement.role(), placement.view(), caption(generation));
        return assets.save(AssetDraft.of(latest), images.images(), new VersionRequest(null,
                "Generated image saved as " + placement.describe() + " (generation with " + generation.providerName() + ")", null));
    }

    /** Creates an asset in the current project's library with the result as its one image. */
    @Transactional
    public AssetDetail createAsset(UUID generationId, String mediaKey, UUID categoryId, String name, ResultPlacement placement) {
        GenerationView generation = resultOf(generationId, mediaKey);
        if (categoryId == null) {
            throw new UserFacingException("Choose the category of the new asset.");
        }
        if (name == null || name.isBlank()) {
            throw new UserFacingException("Give the new asset a name.");
        }
        ImageSet images = ImageSet.empty().add(mediaKey, placement.role(), placement.view(), caption(generation));
        return assets.save(new AssetDraft(null, null, categoryId, name.trim(), null, false, Source.AI_GENERATED, List.of(), Map.of()),
                images.images(), new VersionRequest(null, "Created from a generation with " + generation.providerName(), null));
    }

    /** Assets of the current project and the global library whose name or words match, best first; by name without text. */
    @Transactional(readOnly = true)
    public List<PromotionTarget> targets(String text, int limit) {
        UUID projectId = currentProject.current().map(ProjectSummary::id).orElse(null);
        Set<String> scopes = projectId == null ? Set.of(SearchQuery.GLOBAL_SCOPE) : Set.of(SearchQuery.GLOBAL_SCOPE, projectId.toString());
        boolean anyText = text != null && !text.isBlank();
        return search.search(new SearchQuery(anyText ? text : null, scopes, null, List.of(), false, null, null, null,
                        anyText ? SearchSort.RELEVANCE : SearchSort.NAME, 0, limit)).hits().stream()
                .map(hit -> new PromotionTarget(hit.asset().lineageId(), hit.asset().nameWithRole(), hit.asset().categoryName(),
                        hit.asset().global(), hit.asset().thumbnailUrl()))
                .toList();
    }

    /** The assets the generation used, as targets, the likeliest ones to save a result into. */
    @Transactional(readOnly = true)
    public List<PromotionTarget> usedBy(GenerationView generation) {
        return generation.assets().stream().map(UsedAsset::lineageId).distinct().map(assets::latest)
                .map(asset -> new PromotionTarget(asset.lineageId(), asset.name(), asset.categoryName(), asset.global(),
                        asset.primaryImage().map(image -> image.thumbnailUrl()).orElse(null)))
                .toList();
    }

    /** The categories a new asset can go in, as a tree in display order. */
    @Transactional(readOnly = true)
    public List<CategoryNode> categories() {
        return categories.tree();
    }

    private GenerationView resultOf(UUID generationId, String mediaKey) {
        GenerationView generation = generations.get(generationId);
        GeneratedImage result = generation.results().stream().filter(image -> image.mediaKey().equals(mediaKey)).findFirst()
                .orElseThrow(() -> new UserFacingException("That image is not a result of this generation."));
        if (result.video()) {
            throw new UserFacingException("A clip cannot be an asset's image; save the still it was made from.");
        }
        return generation;
    }

    /** Whether the image holds the one place the new image takes: the headshot, or the same sheet view. */
    private static boolean fillsPlace(ImageDraft image, ResultPlacement placement) {
        return switch (placement.role()) {
            case HEADSHOT -> image.type() == ImageType.HEADSHOT;
            case CHARACTER_SHEET -> image.type() == ImageType.CHARACTER_SHEET && image.slot() == placement.view();
            default -> false;
        };
    }

    private static String caption(GenerationView generation) {
        return "Generated " + generation.createdAt().toString().substring(0, 10) + " with " + generation.providerName();
    }
}
