package studio.thresho.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.PromptFragmentService;
import studio.thresho.asset.SheetViewNames;
import studio.thresho.asset.VersionSummary;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;
import studio.thresho.media.StoredMedia;

/**
 * Writes one asset's folder of an export: the images of the first version written (the active
 * one, or the one asked for) under the names the folder import understands ({@code headshot.*},
 * {@code front-face.*}, {@code reference-N.*}, {@code composite.*}), images only older versions
 * have under {@code versions/<number>/}, each file once however many versions use it, and the
 * {@link ExportedAsset} as {@code asset.json}.
 */
@Component
class AssetExportWriter {

    static final String OLDER_VERSIONS_FOLDER = "versions";

    private final AssetVersionService versions;
    private final PromptFragmentService fragments;
    private final ConsistencyService consistency;
    private final MediaService media;

    AssetExportWriter(AssetVersionService versions, PromptFragmentService fragments, ConsistencyService consistency, MediaService media) {
        this.versions = versions;
        this.fragments = fragments;
        this.consistency = consistency;
        this.media = media;
    }

    /**
     * @param asset        the version written first: the active one, or the one asked for
     * @param allVersions  whether every other version follows it
     * @param categoryPath a category's path of slugs, root first
     */
    void write(ExportZipWriter zip, AssetDetail asset, boolean allVersions, String folder, Function<UUID, List<String>> categoryPath)
            throws IOException {
        List<AssetDetail> exported = new ArrayList<>(List.of(asset));
        Map<String, String> parents = versions.parents(asset.lineageId());
        if (allVersions) {
            for (VersionSummary summary : versions.history(asset.lineageId())) {
                if (!summary.version().equals(asset.version())) {
                    exported.add(versions.get(asset.lineageId(), summary.version()));
                }
            }
        }
        Map<String, String> fileOfKey = new HashMap<>();
        Set<String> files = new HashSet<>();
        List<ExportedAsset.Version> written = new ArrayList<>();
        for (AssetDetail version : exported) {
            String prefix = version == asset ? "" : OLDER_VERSIONS_FOLDER + "/" + version.version() + "/";
            List<ExportedAsset.Image> images = new ArrayList<>();
            int references = 0;
            for (AssetImageView image : version.images().stream().sorted(Comparator.comparingInt(AssetImageView::sortOrder)).toList()) {
                StoredMedia stored = media.find(image.mediaKey()).orElse(null);
                if (stored == null || stored.video()) {
                    continue;
                }
                String base = baseName(image, image.type() == ImageType.HEADSHOT || image.type() == ImageType.COMPOSITE
                        || image.type() == ImageType.CHARACTER_SHEET && image.slot() != null ? 0 : ++references);
                String file = fileOfKey.get(image.mediaKey());
                if (file == null) {
                    file = free(prefix + base, extension(stored.mimeType()), files);
                    fileOfKey.put(image.mediaKey(), file);
                    zip.stored(folder + "/" + file, () -> open(image.mediaKey()));
                }
                images.add(new ExportedAsset.Image(file, image.type(), image.slot(), image.caption()));
            }
            written.add(new ExportedAsset.Version(version.version(), parents.get(version.version()), version.active(), version.versionNotes(),
                    version.name(), categoryPath.apply(version.categoryId()), version.source(), version.tags(), version.values(),
                    fragments.of(version.versionId()), images));
        }
        String active = exported.stream().filter(AssetDetail::active).map(AssetDetail::version).findFirst().orElse(asset.version());
        ExportedAsset json = new ExportedAsset(ExportedAsset.FORMAT, asset.name(), asset.categoryName(), categoryPath.apply(asset.categoryId()),
                asset.slug(), asset.global(), asset.tags(), asset.values(), active, consistency.get(asset.lineageId()), asset.archived(), written);
        zip.text(folder + "/" + AssetJson.FILE_NAME, ExchangeJson.MAPPER.writeValueAsString(json));
    }

    private static String baseName(AssetImageView image, int reference) {
        if (image.type() == ImageType.HEADSHOT) {
            return "headshot";
        }
        if (image.type() == ImageType.COMPOSITE) {
            return "composite";
        }
        if (image.type() == ImageType.CHARACTER_SHEET && image.slot() != null) {
            return SheetViewNames.fileNameOf(image.slot());
        }
        return image.type() == ImageType.REFERENCE ? "reference-" + reference : image.type().dbValue() + "-" + reference;
    }

    /** The name, numbered when another file of the folder has it already. */
    private static String free(String base, String extension, Set<String> taken) {
        String file = base + "." + extension;
        for (int n = 2; !taken.add(file); n++) {
            file = base + "-" + n + "." + extension;
        }
        return file;
    }

    private InputStream open(String key) throws IOException {
        MediaContent content = media.open(key, MediaVariant.ORIGINAL)
                .orElseThrow(() -> new IOException("The image " + key + " is missing from the media store."));
        return content.bytes();
    }

    static String extension(String mimeType) {
        return switch (mimeType == null ? "" : mimeType) {
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            case "image/gif" -> "gif";
            default -> "jpg";
        };
    }
}
