package studio.thresho.exchange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.SheetViewNames;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.base.NaturalOrder;
import studio.thresho.base.Slugs;

/**
 * Turns the files of an import into planned assets, without reading an image: every folder that
 * holds images is one asset, named after the folder; its category is the nearest folder above it
 * named like a category, else {@code asset.json}'s, else the one chosen for the import. For
 * talent, {@code headshot.*} (or a name saying head/portrait) is the headshot and files naming a
 * character-sheet view (the keyword table of {@link SheetViewNames}) fill those views; every other
 * image is a reference.
 */
final class ImportPlanner {

    static final Set<String> IMAGE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "webp", "gif");

    private final List<CategoryNode> categories;
    private final CategoryNode chosen;
    private final Map<String, String> comingCategories;

    /** @param chosen the category for folders that do not name one, or null */
    ImportPlanner(List<CategoryNode> categories, CategoryNode chosen) {
        this(categories, chosen, Map.of());
    }

    /** @param comingCategories slug to name of the categories the import's {@code categories.json} adds */
    ImportPlanner(List<CategoryNode> categories, CategoryNode chosen, Map<String, String> comingCategories) {
        this.categories = categories;
        this.chosen = chosen;
        this.comingCategories = comingCategories;
    }

    /**
     * @param json   the parsed {@code asset.json} of each folder that has one, or the reason it could not be read
     * @param taken  whether the target library already has an asset with this slug
     */
    ImportPreview plan(List<ImportFiles.ImportFile> files, Map<String, Object> json, Predicate<String> taken) {
        Map<String, List<String>> imagesByFolder = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        List<String> exportFolders = json.entrySet().stream()
                .filter(entry -> entry.getValue() instanceof AssetJson parsed && parsed.exported() != null).map(Map.Entry::getKey).toList();
        exportFolders.forEach(folder -> imagesByFolder.put(folder, new ArrayList<>()));
        for (ImportFiles.ImportFile file : files) {
            String path = file.path();
            int slash = path.lastIndexOf('/');
            String fileName = path.substring(slash + 1);
            if (fileName.equalsIgnoreCase(AssetJson.FILE_NAME) || slash < 0 && fileName.equals(LibraryExportService.CATEGORIES)) {
                continue;
            }
            if (slash < 0 && fileName.equals(LibraryExportService.README)) {
                continue;
            }
            if (exportFolders.stream().anyMatch(folder -> path.startsWith(folder + "/"))) {
                imagesByFolder.computeIfAbsent(exportFolderOf(path, exportFolders), folder -> new ArrayList<>());
                continue;
            }
            if (!IMAGE_EXTENSIONS.contains(extension(fileName))) {
                skipped.add(path + ": not an image (JPEG, PNG, WebP or GIF)");
            } else if (slash < 0) {
                skipped.add(path + ": not in a folder; each folder becomes one asset");
            } else {
                imagesByFolder.computeIfAbsent(path.substring(0, slash), folder -> new ArrayList<>()).add(path);
            }
        }
        Set<String> slugsInImport = new HashSet<>();
        List<PlannedAsset> assets = new ArrayList<>();
        imagesByFolder.keySet().stream().sorted(NaturalOrder.INSTANCE).forEach(folder -> {
            PlannedAsset asset = json.get(folder) instanceof AssetJson parsed && parsed.exported() != null
                    ? exported(folder, parsed.exported()) : asset(folder, imagesByFolder.get(folder), json.get(folder));
            String slug = asset.slug();
            if (asset.problem() == null && (taken.test(slug) || !slugsInImport.add(slug))) {
                asset = asset.asDuplicate();
            }
            assets.add(asset);
        });
        return new ImportPreview(assets, skipped);
    }

    private PlannedAsset asset(String folder, List<String> paths, Object jsonOrProblem) {
        List<String> segments = List.of(folder.split("/"));
        AssetJson json = jsonOrProblem instanceof AssetJson parsed ? parsed : AssetJson.NONE;
        String name = json.name() != null ? json.name() : segments.getLast().trim();
        Optional<CategoryNode> category = categoryFromFolders(segments)
                .or(() -> Optional.ofNullable(json.category()).flatMap(this::category))
                .or(() -> Optional.ofNullable(chosen));
        List<PlannedImage> images = images(paths, category.map(CategoryNode::kind).orElse(null));
        PlannedAsset asset = new PlannedAsset(folder, name, category.map(CategoryNode::id).orElse(null),
                category.map(CategoryNode::name).orElse(""), images, json.tags(), json.values(), null, false);
        if (jsonOrProblem instanceof String problem) {
            return asset.refused(problem);
        }
        if (json.category() != null && category(json.category()).isEmpty() && categoryFromFolders(segments).isEmpty()) {
            return asset.refused("asset.json names the category \"" + json.category() + "\", which does not exist.");
        }
        if (category.isEmpty()) {
            return asset.refused("No category: choose one for the import, or put the folder in a folder named like a category.");
        }
        return asset;
    }

    private static String exportFolderOf(String path, List<String> exportFolders) {
        return exportFolders.stream().filter(folder -> path.startsWith(folder + "/")).max(java.util.Comparator.comparingInt(String::length))
                .orElseThrow();
    }

    /** An exported asset: its category by the slug of its path, its images as its shown version lists them. */
    private PlannedAsset exported(String folder, ExportedAsset exported) {
        ExportedAsset.Version shown = exported.shownVersion();
        List<PlannedImage> images = shown.images().stream()
                .map(image -> new PlannedImage(folder + "/" + image.file(), image.type(), image.slot())).toList();
        String slug = exported.categorySlug();
        Optional<CategoryNode> category = categories.stream().filter(node -> node.slug().equals(slug)).findFirst();
        String categoryName = category.map(CategoryNode::name)
                .orElse(comingCategories.containsKey(slug) ? comingCategories.get(slug) + " (new)" : "");
        PlannedAsset asset = new PlannedAsset(folder, shown.name() == null ? exported.name() : shown.name(),
                category.map(CategoryNode::id).orElse(null), categoryName, images, shown.tags(), shown.values(), null, false, exported);
        if (category.isEmpty() && !comingCategories.containsKey(slug)) {
            return asset.refused("Its category \"" + slug + "\" is neither in this library nor in the import's categories.json.");
        }
        return asset;
    }

    /** The nearest folder above the asset's own that is named like a category. */
    private Optional<CategoryNode> categoryFromFolders(List<String> segments) {
        for (int i = segments.size() - 2; i >= 0; i--) {
            Optional<CategoryNode> found = category(segments.get(i));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private Optional<CategoryNode> category(String label) {
        String slug = Slugs.of(label);
        return categories.stream().filter(node -> node.name().equalsIgnoreCase(label.trim()) || node.slug().equals(slug))
                .min(Comparator.comparingInt(CategoryNode::depth));
    }

    private static List<PlannedImage> images(List<String> paths, CategoryKind kind) {
        List<String> sorted = paths.stream().sorted(NaturalOrder.INSTANCE).toList();
        if (kind != CategoryKind.TALENT) {
            return sorted.stream().map(path -> new PlannedImage(path, ImageType.REFERENCE, null)).toList();
        }
        String headshot = sorted.stream().filter(path -> baseName(path).equals("headshot")).findFirst()
                .or(() -> sorted.stream().filter(SheetViewNames::namesHeadshot).findFirst()).orElse(null);
        List<String> views = sorted.stream().filter(path -> !path.equals(headshot) && SheetViewNames.slotOf(path).isPresent()).toList();
        Map<String, SheetSlot> slots = SheetViewNames.assign(views, path -> path, List.of());
        List<PlannedImage> images = new ArrayList<>();
        if (headshot != null) {
            images.add(new PlannedImage(headshot, ImageType.HEADSHOT, null));
        }
        slots.forEach((path, slot) -> images.add(new PlannedImage(path, ImageType.CHARACTER_SHEET, slot)));
        sorted.stream().filter(path -> !path.equals(headshot) && !slots.containsKey(path))
                .forEach(path -> images.add(new PlannedImage(path, ImageType.REFERENCE, null)));
        return images;
    }

    private static String baseName(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

}
