package studio.thresho.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetSearchService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.LibraryHit;
import studio.thresho.asset.LibraryPage;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.asset.search.SearchQuery;
import studio.thresho.asset.search.SearchSort;
import studio.thresho.base.UserFacingException;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;

/**
 * Exports (FR-8.2) in the layout the bulk import reads back: one folder per asset under folders
 * named after its category path ({@code talent/marcus-johnson/}), written by {@link AssetExportWriter}
 * with every version or only the active one, plus {@code README.txt} and {@code categories.json}
 * (the category tree with each category's own fields). Every signed-in user may export, viewers included.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LibraryExportService {

    static final String README = "README.txt";
    static final String CATEGORIES = "categories.json";
    private static final int PAGE = 100;

    private final AssetService assets;
    private final AssetVersionService versions;
    private final AssetSearchService search;
    private final CategoryService categories;
    private final CurrentProjectService currentProject;
    private final AssetExportWriter assetWriter;

    LibraryExportService(AssetService assets, AssetVersionService versions, AssetSearchService search, CategoryService categories,
                         CurrentProjectService currentProject, AssetExportWriter assetWriter) {
        this.assetWriter = assetWriter;
        this.assets = assets;
        this.versions = versions;
        this.search = search;
        this.categories = categories;
        this.currentProject = currentProject;
    }

    /** The download's file name: "marcus-johnson.zip", "talent.zip", "library.zip". */
    public String fileName(ExportRequest request) {
        return switch (request) {
            case ExportRequest.OneAsset one -> assets.get(one.lineageId()).slug() + ".zip";
            case ExportRequest.Category category -> categories.find(category.categoryId()).map(CategoryNode::slug).orElse("category") + ".zip";
            case ExportRequest.Library library -> "library-" + library.scope().name().toLowerCase(java.util.Locale.ROOT) + ".zip";
        };
    }

    /**
     * Writes the ZIP onto the stream, asset by asset. On any failure it stops and throws, leaving
     * the ZIP without its central directory, so no reader takes it for a whole export.
     *
     * @param cancelled asked between assets; true stops the export with an exception
     */
    public void write(ExportRequest request, OutputStream out, Consumer<ExportProgress> progress, BooleanSupplier cancelled) throws IOException {
        List<CategoryNode> tree = categories.tree();
        Map<UUID, CategoryNode> byId = new HashMap<>();
        tree.forEach(node -> byId.put(node.id(), node));
        List<UUID> lineages = lineagesOf(request);
        ExportZipWriter zip = new ExportZipWriter(out);
        zip.text(README, readme());
        zip.text(CATEGORIES, ExchangeJson.MAPPER.writeValueAsString(categoriesJson(tree, byId)));
        Set<String> folders = new HashSet<>();
        for (int i = 0; i < lineages.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new IOException("The export was cancelled.");
            }
            progress.accept(new ExportProgress(i, lineages.size()));
            AssetDetail asset = request instanceof ExportRequest.OneAsset one && one.version() != null
                    && request.versions() == ExportRequest.Versions.ACTIVE ? versions.get(one.lineageId(), one.version()) : assets.get(lineages.get(i));
            assetWriter.write(zip, asset, request.versions() == ExportRequest.Versions.ALL, folder(asset, byId, folders),
                    categoryId -> categoryPath(categoryId, byId).stream().map(CategoryNode::slug).toList());
        }
        zip.close();
        progress.accept(new ExportProgress(lineages.size(), lineages.size()));
    }

    private List<UUID> lineagesOf(ExportRequest request) {
        return switch (request) {
            case ExportRequest.OneAsset one -> List.of(one.lineageId());
            case ExportRequest.Category category -> searchAll(scopes(category.scope()), category.categoryId());
            case ExportRequest.Library library -> searchAll(scopes(library.scope()), null);
        };
    }

    private Set<String> scopes(ExportRequest.LibraryScope scope) {
        if (scope == ExportRequest.LibraryScope.GLOBAL) {
            return Set.of(SearchQuery.GLOBAL_SCOPE);
        }
        String project = currentProject.current().map(ProjectSummary::id).map(UUID::toString)
                .orElseThrow(() -> new UserFacingException("Choose a project first, or export the global assets only."));
        return scope == ExportRequest.LibraryScope.PROJECT ? Set.of(project) : Set.of(project, SearchQuery.GLOBAL_SCOPE);
    }

    /** The assets of the scopes (and category), archived ones after the others: an export keeps them, archived. */
    private List<UUID> searchAll(Set<String> scopes, UUID categoryId) {
        Set<UUID> ids = new java.util.LinkedHashSet<>();
        for (boolean archived : new boolean[] {false, true}) {
            for (int offset = 0; ; offset += PAGE) {
                LibraryPage page = search.search(new SearchQuery(null, scopes, categoryId, List.of(), false, null, null, null,
                        SearchSort.NAME, offset, PAGE, archived));
                page.hits().stream().map(LibraryHit::asset).map(summary -> summary.lineageId()).forEach(ids::add);
                if (page.hits().isEmpty() || offset + PAGE >= page.total()) {
                    break;
                }
            }
        }
        return List.copyOf(ids);
    }

    /** The asset's folder: its category path of slugs, then its slug (numbered when two assets share one). */
    private static String folder(AssetDetail asset, Map<UUID, CategoryNode> byId, Set<String> taken) {
        String base = String.join("/", categoryPath(asset.categoryId(), byId).stream().map(CategoryNode::slug).toList()) + "/" + asset.slug();
        String folder = base;
        for (int n = 2; !taken.add(folder); n++) {
            folder = base + "-" + n;
        }
        return folder;
    }

    private static List<CategoryNode> categoryPath(UUID categoryId, Map<UUID, CategoryNode> byId) {
        List<CategoryNode> path = new ArrayList<>();
        for (CategoryNode node = byId.get(categoryId); node != null; node = node.parentId() == null ? null : byId.get(node.parentId())) {
            path.addFirst(node);
        }
        return path;
    }

    private static List<ExportedCategory> categoriesJson(List<CategoryNode> tree, Map<UUID, CategoryNode> byId) {
        return tree.stream().map(node -> new ExportedCategory(node.name(), node.slug(),
                node.parentId() == null || !byId.containsKey(node.parentId()) ? null : byId.get(node.parentId()).slug(), node.icon(),
                node.kind() == null ? null : node.kind().name(), node.ownFields())).toList();
    }

    private static String readme() {
        return """
                Thresho Studio library export
                =============================
                categories.json        every category: name, slug, parent's slug, icon, kind and the fields
                                       defined on it (its schema; sub-categories inherit their parents')
                <category>/<asset>/    one folder per asset, inside the folders of its category path
                  asset.json           the asset: name, category path, slug, tags, field values (top level:
                                       the version exported first, the active one), "activeVersion",
                                       "consistency" (seed kept per provider, character and style reference,
                                       Midjourney weights) and "versions": each version's number, parent,
                                       notes, fields, tags, prompt fragments and images (file, role, view,
                                       caption)
                  headshot.*           the headshot (talent)
                  front-face.*, ...    character-sheet views, named by view
                  composite.*          the character-sheet composite as it was rendered
                  reference-N.*        reference images; example-N.*, mood-N.* for those roles
                  versions/<n>/        images only older versions have (a file shared by versions is
                                       written once, where it first appears)
                Images are the original bytes, stored uncompressed; the JSON files are deflated.
                Import this ZIP on the Library page (Import) of any installation: each folder becomes an
                asset with all its versions, in its category (created from categories.json when missing).
                """;
    }
}
