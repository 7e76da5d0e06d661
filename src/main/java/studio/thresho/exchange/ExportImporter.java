package studio.thresho.exchange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetImportService;
import studio.thresho.asset.AssetLifecycleService;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.LineageImport;
import studio.thresho.asset.VersionRequest;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaService;

/**
 * Imports one asset folder of an export: with all its versions as they were (a new asset, or a
 * copy under the next free copy name), or its shown version saved as the next version of the
 * library's asset with the same slug.
 */
@Component
class ExportImporter {

    private final AssetImportService assetImports;
    private final AssetService assets;
    private final MediaService media;
    private final AssetLifecycleService lifecycle;

    ExportImporter(AssetImportService assetImports, AssetService assets, MediaService media, AssetLifecycleService lifecycle) {
        this.lifecycle = lifecycle;
        this.assetImports = assetImports;
        this.assets = assets;
        this.media = media;
    }

    /**
     * @param name       the name of the new asset (the exported one, or a copy name)
     * @param categories the library's category for each exported category slug
     */
    AssetDetail importWhole(ImportFiles files, Map<String, ImportFiles.ImportFile> byPath, PlannedAsset planned, String name,
                            Map<String, UUID> categories) {
        ExportedAsset exported = planned.exported();
        Map<String, String> keys = ingest(files, byPath, planned);
        boolean copy = !name.equals(planned.name());
        List<LineageImport.VersionImport> versions = new ArrayList<>();
        for (ExportedAsset.Version version : exported.versions()) {
            String versionName = copy && planned.name().equals(version.name()) ? name : version.name();
            versions.add(new LineageImport.VersionImport(version.version(), version.parent(), version.notes(),
                    category(version.categoryPath(), exported, categories), versionName, version.source(), version.tags(),
                    version.values(), images(version, planned.folder(), keys), version.fragments()));
        }
        boolean wholeHistory = exported.versions().stream().allMatch(version -> version.parent() == null
                || exported.versions().stream().anyMatch(other -> other.version().equals(version.parent())));
        if (!wholeHistory) {
            // an export of the active version only: it keeps its number, without the versions it came from
            versions.replaceAll(version -> new LineageImport.VersionImport(version.version(), null, version.notes(), version.categoryId(),
                    version.name(), version.source(), version.tags(), version.values(), version.images(), version.fragments()));
        }
        AssetDetail created = assetImports.importLineage(new LineageImport(name, copy ? null : exported.slug(), false, exported.activeVersion(),
                exported.consistency(), versions));
        return exported.archived() ? lifecycle.setArchived(created.lineageId(), true) : created;
    }

    /** Saves the exported shown version as the next version of the library's asset with its slug; the bump rules number it. */
    AssetDetail importAsNewVersion(ImportFiles files, Map<String, ImportFiles.ImportFile> byPath, PlannedAsset planned,
                                   Map<String, UUID> categories) {
        ExportedAsset exported = planned.exported();
        UUID lineageId = assetImports.findBySlug(false, planned.slug())
                .orElseThrow(() -> new UserFacingException("The library no longer has an asset with the slug " + planned.slug() + "."));
        Map<String, String> keys = ingest(files, byPath, planned);
        ExportedAsset.Version shown = exported.shownVersion();
        AssetDetail existing = assets.latest(lineageId);
        AssetDraft draft = new AssetDraft(lineageId, null, category(shown.categoryPath(), exported, categories), shown.name(), null, false,
                shown.source(), shown.tags(), shown.values(), shown.fragments());
        List<ImageDraft> images = images(shown, planned.folder(), keys).stream().filter(image -> image.type() != ImageType.COMPOSITE).toList();
        AssetDetail saved = assets.save(draft, images, new VersionRequest(null, "Imported v" + shown.version() + " from an export", null));
        if (saved.versionId().equals(existing.versionId())) {
            throw new NothingNewException(existing.version());
        }
        return saved;
    }

    /** The imported version holds nothing the latest version has not. */
    static final class NothingNewException extends UserFacingException {
        NothingNewException(String version) {
            super("Nothing new: it holds what v" + version + " already does.");
        }
    }

    private static UUID category(List<String> path, ExportedAsset exported, Map<String, UUID> categories) {
        String slug = path.isEmpty() ? exported.categorySlug() : path.getLast();
        UUID id = categories.get(slug);
        if (id == null) {
            throw new UserFacingException("Its category \"" + slug + "\" is not in this library.");
        }
        return id;
    }

    private static List<ImageDraft> images(ExportedAsset.Version version, String folder, Map<String, String> keys) {
        return version.images().stream()
                .map(image -> new ImageDraft(keys.get(folder + "/" + image.file()), image.type(), image.slot(), image.caption())).toList();
    }

    /** Every file the versions name, through the media ingest, once each: path to media key. */
    private Map<String, String> ingest(ImportFiles files, Map<String, ImportFiles.ImportFile> byPath, PlannedAsset planned) {
        Map<String, String> keys = new HashMap<>();
        for (ExportedAsset.Version version : planned.exported().versions()) {
            for (ExportedAsset.Image image : version.images()) {
                String path = planned.folder() + "/" + image.file();
                if (!keys.containsKey(path)) {
                    ImportFiles.ImportFile file = byPath.get(path);
                    if (file == null) {
                        throw new UserFacingException(image.file() + " is listed in asset.json but missing from the import.");
                    }
                    keys.put(path, read(files, file));
                }
            }
        }
        return keys;
    }

    private String read(ImportFiles files, ImportFiles.ImportFile file) {
        String fileName = file.path().substring(file.path().lastIndexOf('/') + 1);
        try {
            return media.ingest(fileName, files.read(file, ZipLimits.MAX_IMAGE_BYTES)).key();
        } catch (ImportRefusedException wholeImport) {
            throw wholeImport;
        } catch (UserFacingException refused) {
            throw new UserFacingException(fileName + ": " + refused.getMessage());
        } catch (IOException broken) {
            throw new UserFacingException(fileName + " could not be read from the import: " + broken.getMessage());
        }
    }
}
