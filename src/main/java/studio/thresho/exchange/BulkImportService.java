package studio.thresho.exchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetImportService;
import studio.thresho.asset.AssetScopeService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.IndexBatch;
import studio.thresho.asset.SearchIndexBatches;
import studio.thresho.asset.VersionRequest;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.asset.category.CategoryService;
import studio.thresho.base.Slugs;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaService;
import studio.thresho.media.StoredMedia;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.Role;

/**
 * Bulk import (FR-8.1) of a ZIP or a folder into the current project's library: first a preview
 * of what will be created (nothing is read but {@code asset.json} files), then the import, asset
 * by asset: the images of the next assets are ingested on {@code thresho.import.ingest-threads}
 * threads while the assets are saved in order, and the search index is written in batches. An
 * asset's images all pass the ingest before the asset is saved, in one transaction,
 * so a refused asset leaves no asset behind (images already stored stay as unused content-addressed
 * files, as after an abandoned upload). One asset's refusal never stops the others.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class BulkImportService {

    private final CategoryService categories;
    private final AssetService assets;
    private final AssetScopeService scopes;
    private final MediaService media;
    private final CurrentProjectService currentProject;
    private final CategoryImporter categoryImporter;
    private final ExportImporter exportImporter;
    private final AssetImportService assetImports;
    private final SearchIndexBatches indexBatches;
    private final int ingestThreads;

    BulkImportService(CategoryService categories, AssetService assets, AssetScopeService scopes, MediaService media,
                      CurrentProjectService currentProject, CategoryImporter categoryImporter, ExportImporter exportImporter,
                      AssetImportService assetImports, SearchIndexBatches indexBatches,
                      @Value("${thresho.import.ingest-threads:2}") int ingestThreads) {
        if (ingestThreads < 1) {
            throw new IllegalArgumentException("thresho.import.ingest-threads must be at least 1, not " + ingestThreads);
        }
        this.indexBatches = indexBatches;
        this.ingestThreads = ingestThreads;
        this.categoryImporter = categoryImporter;
        this.exportImporter = exportImporter;
        this.assetImports = assetImports;
        this.categories = categories;
        this.assets = assets;
        this.scopes = scopes;
        this.media = media;
        this.currentProject = currentProject;
    }

    /**
     * What importing the files would create.
     *
     * @param chosenCategoryId the category of folders that do not name one, or null
     */
    public ImportPreview preview(ImportFiles files, UUID chosenCategoryId) {
        UUID projectId = projectId();
        List<CategoryNode> tree = categories.tree();
        CategoryNode chosen = chosenCategoryId == null ? null
                : tree.stream().filter(node -> node.id().equals(chosenCategoryId)).findFirst().orElse(null);
        Map<String, Object> json = new HashMap<>();
        for (ImportFiles.ImportFile file : files.files()) {
            int slash = file.path().lastIndexOf('/');
            if (slash > 0 && file.path().substring(slash + 1).equalsIgnoreCase(AssetJson.FILE_NAME)) {
                json.put(file.path().substring(0, slash), readJson(files, file));
            }
        }
        Map<String, String> coming = CategoryImporter.missing(CategoryImporter.read(files), tree);
        return new ImportPlanner(tree, chosen, coming).plan(files.files(), json, slug -> scopes.slugTaken(projectId, slug));
    }

    private static Object readJson(ImportFiles files, ImportFiles.ImportFile file) {
        try {
            return AssetJson.parse(files.read(file, ZipLimits.MAX_JSON_BYTES));
        } catch (ImportRefusedException wholeImport) {
            throw wholeImport;
        } catch (UserFacingException unreadable) {
            return unreadable.getMessage();
        } catch (IOException broken) {
            return AssetJson.FILE_NAME + " could not be read: " + broken.getMessage();
        }
    }

    /**
     * Creates the importable assets of the preview, reporting progress after each.
     *
     * @throws ImportRefusedException when the ZIP turns out to break a limit while it is read; the assets created so far stay
     */
    public ImportReport run(ImportFiles files, ImportPreview preview, Consumer<ImportProgress> progress) {
        return run(files, preview, ConflictChoice.SKIP, progress);
    }

    /**
     * Like {@link #run(ImportFiles, ImportPreview, Consumer)}, with a choice for assets whose name the library has.
     *
     * @throws ImportRefusedException when the ZIP turns out to break a limit while it is read; the assets created so far stay
     */
    public ImportReport run(ImportFiles files, ImportPreview preview, ConflictChoice onConflict, Consumer<ImportProgress> progress) {
        UUID projectId = projectId();
        files.verify();
        Map<String, ImportFiles.ImportFile> byPath = new HashMap<>();
        files.files().forEach(file -> byPath.put(file.path(), file));
        Map<String, UUID> categoryIds = preview.assets().stream().anyMatch(asset -> asset.exported() != null && asset.problem() == null)
                ? categoryImporter.bringIn(CategoryImporter.read(files)) : Map.of();
        List<ImportReport.Outcome> outcomes = new ArrayList<>();
        List<PlannedAsset> planned = preview.assets();
        try (IndexBatch indexing = indexBatches.open();
             IngestAhead ahead = new IngestAhead(planned, ingestThreads, asset -> worthIngestingAhead(asset, onConflict),
                     asset -> ingestAll(files, byPath, asset))) {
            for (int done = 0; done < planned.size(); done++) {
                progress.accept(new ImportProgress(done, planned.size(), planned.get(done).name()));
                int position = done;
                outcomes.add(importOne(files, byPath, planned.get(done), projectId, onConflict, categoryIds, () -> ahead.images(position)));
            }
        }
        progress.accept(new ImportProgress(planned.size(), planned.size(), null));
        return new ImportReport(outcomes);
    }

    /** A plain folder that will most likely be saved: its images can be ingested before its turn. */
    private static boolean worthIngestingAhead(PlannedAsset planned, ConflictChoice onConflict) {
        return planned.problem() == null && planned.exported() == null && !(planned.duplicate() && onConflict == ConflictChoice.SKIP);
    }

    private ImportReport.Outcome importOne(ImportFiles files, Map<String, ImportFiles.ImportFile> byPath, PlannedAsset planned,
                                           UUID projectId, ConflictChoice onConflict, Map<String, UUID> categoryIds,
                                           Supplier<List<ImageDraft>> ingested) {
        if (planned.problem() != null) {
            return outcome(planned, ImportReport.Result.REFUSED, planned.problem(), null);
        }
        String name = planned.name();
        boolean taken = planned.duplicate() || scopes.slugTaken(projectId, planned.slug());
        if (taken && onConflict == ConflictChoice.COPY) {
            name = copyName(name, projectId);
        } else if (taken && onConflict == ConflictChoice.SKIP) {
            return outcome(planned, ImportReport.Result.DUPLICATE, "The library already has an asset named " + planned.name() + ".", null);
        }
        try {
            if (taken && onConflict == ConflictChoice.NEW_VERSION) {
                AssetDetail saved = planned.exported() != null ? exportImporter.importAsNewVersion(files, byPath, planned, categoryIds)
                        : newVersion(planned, ingested);
                return outcome(planned, ImportReport.Result.NEW_VERSION, "as v" + saved.version() + " of " + saved.name(), saved.lineageId());
            }
            if (planned.exported() != null) {
                AssetDetail created = exportImporter.importWhole(files, byPath, planned, name, categoryIds);
                String details = planned.versionCount() + (planned.versionCount() == 1 ? " version" : " versions")
                        + (name.equals(planned.name()) ? "" : ", as " + name);
                return outcome(planned, ImportReport.Result.CREATED, details, created.lineageId());
            }
            List<ImageDraft> images = ingested.get();
            AssetDraft draft = new AssetDraft(null, null, planned.categoryId(), name, null, false, null, planned.tags(),
                    planned.values());
            AssetDetail created = assets.save(draft, images, VersionRequest.proposed());
            String details = images.size() + " images" + (name.equals(planned.name()) ? "" : ", as " + name);
            return outcome(planned, ImportReport.Result.CREATED, details, created.lineageId());
        } catch (ImportRefusedException wholeImport) {
            throw wholeImport;
        } catch (UserFacingException refused) {
            return outcome(planned, ImportReport.Result.REFUSED, refused.getMessage(), null);
        }
    }

    /** A plain folder saved as the next version of the library's asset with its slug. */
    private AssetDetail newVersion(PlannedAsset planned, Supplier<List<ImageDraft>> ingested) {
        UUID lineageId = assetImports.findBySlug(false, planned.slug())
                .orElseThrow(() -> new UserFacingException("The library no longer has an asset with the slug " + planned.slug() + "."));
        AssetDetail latest = assets.latest(lineageId);
        List<ImageDraft> images = ingested.get();
        AssetDraft draft = new AssetDraft(lineageId, null, latest.categoryId(), planned.name(), null, false, latest.source(),
                planned.tags().isEmpty() ? latest.tags() : planned.tags(), planned.values().isEmpty() ? latest.values() : planned.values());
        AssetDetail saved = assets.save(draft, images, new VersionRequest(null, "Imported from " + planned.folder(), null));
        if (saved.versionId().equals(latest.versionId())) {
            throw new ExportImporter.NothingNewException(latest.version());
        }
        return saved;
    }

    private List<ImageDraft> ingestAll(ImportFiles files, Map<String, ImportFiles.ImportFile> byPath, PlannedAsset planned) {
        List<ImageDraft> images = new ArrayList<>();
        for (PlannedImage image : planned.images()) {
            StoredMedia stored = ingest(files, byPath.get(image.path()));
            images.add(new ImageDraft(stored.key(), image.type(), image.slot(), null));
        }
        return images;
    }

    /** "Marcus (copy)", then "Marcus (copy 2)", ...: the first whose slug the library does not have. */
    private String copyName(String name, UUID projectId) {
        for (int n = 1; ; n++) {
            String candidate = name + (n == 1 ? " (copy)" : " (copy " + n + ")");
            if (!scopes.slugTaken(projectId, Slugs.of(candidate))) {
                return candidate;
            }
        }
    }

    private StoredMedia ingest(ImportFiles files, ImportFiles.ImportFile file) {
        String fileName = file.path().substring(file.path().lastIndexOf('/') + 1);
        try {
            return media.ingest(fileName, files.read(file, ZipLimits.MAX_IMAGE_BYTES));
        } catch (UserFacingException refused) {
            throw new UserFacingException(fileName + ": " + refused.getMessage());
        } catch (IOException broken) {
            throw new UserFacingException(fileName + " could not be read from the import: " + broken.getMessage());
        }
    }

    private static ImportReport.Outcome outcome(PlannedAsset planned, ImportReport.Result result, String message, UUID lineageId) {
        return new ImportReport.Outcome(planned.folder(), planned.name(), result, message, lineageId);
    }

    private UUID projectId() {
        return currentProject.current().map(ProjectSummary::id)
                .orElseThrow(() -> new UserFacingException("Choose a project first: an import fills the current project's library."));
    }
}
