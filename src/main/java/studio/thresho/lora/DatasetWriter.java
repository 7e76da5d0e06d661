package studio.thresho.lora;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.springframework.stereotype.Component;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;
import studio.thresho.media.StoredMedia;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one dataset in its format's layout (see {@code ../shared/providers.md}, "LoRA training
 * datasets"): kohya's {@code img/<repeats>_<trigger> <class>/} with {@code multiply.txt} and
 * {@code kohya.toml}; ai-toolkit's flat {@code dataset/} and {@code config.yaml}; Replicate's and
 * Civitai's images and captions at the root. Every layout adds {@code metadata.json} and
 * {@code training-notes.md}.
 */
@Component
class DatasetWriter {

    static final String METADATA = "metadata.json";
    static final String NOTES = "training-notes.md";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final MediaService media;
    private final TrainingDefaults defaults = TrainingDefaults.shipped();

    DatasetWriter(MediaService media) {
        this.media = media;
    }

    TrainingDefaults defaults() {
        return defaults;
    }

    /** @return the file written for each image, in the dataset's order */
    List<String> write(LoraDataset dataset, LoraZipWriter zip, Instant at, String exportedBy, BooleanSupplier cancelled) throws IOException {
        String folder = switch (dataset.format()) {
            case KOHYA -> KohyaConfig.imageFolder(dataset, defaults.kohya()) + "/";
            case AI_TOOLKIT -> AiToolkitConfig.DATASET_FOLDER + "/";
            case REPLICATE, CIVITAI -> "";
        };
        List<String> files = new ArrayList<>();
        for (DatasetImage image : dataset.images()) {
            if (cancelled.getAsBoolean()) {
                throw new IOException("The export was cancelled.");
            }
            Encoded encoded = encode(image, dataset);
            String file = image.baseName() + "." + encoded.extension();
            zip.stored(folder + file, encoded.bytes());
            zip.text(folder + image.baseName() + ".txt", dataset.captionText(image));
            files.add(file);
        }
        switch (dataset.format()) {
            case KOHYA -> {
                zip.text(folder + "multiply.txt", String.valueOf(defaults.kohya().repeats(dataset.imageCount())));
                zip.text(KohyaConfig.FILE, KohyaConfig.toml(dataset, defaults.kohya()));
            }
            case AI_TOOLKIT -> zip.text(AiToolkitConfig.FILE, AiToolkitConfig.yaml(dataset, defaults.aiToolkit()));
            case REPLICATE -> zip.text(ReplicateConfig.FILE, JSON.writeValueAsString(ReplicateConfig.inputs(dataset, defaults)));
            case CIVITAI -> { }
        }
        zip.text(METADATA, JSON.writeValueAsString(DatasetMetadata.of(dataset, files, at, exportedBy)));
        zip.text(NOTES, DatasetMetadata.notes(dataset, defaults));
        return files;
    }

    private record Encoded(byte[] bytes, String extension) {
    }

    /** Scaled to the long side asked for, else the original, encoded again only when the trainer cannot read its type. */
    private Encoded encode(DatasetImage image, LoraDataset dataset) throws IOException {
        StoredMedia stored = media.find(image.mediaKey())
                .orElseThrow(() -> new IOException("The image " + image.baseName() + " is missing from the media store."));
        boolean keep = dataset.longSide() == null && dataset.format().reads(extension(stored.mimeType()));
        MediaContent content = (keep ? media.open(image.mediaKey(), MediaVariant.ORIGINAL)
                : media.openFitted(image.mediaKey(), dataset.longSide() == null ? Integer.MAX_VALUE : dataset.longSide()))
                .orElseThrow(() -> new IOException("The image " + image.baseName() + " is missing from the media store."));
        try (InputStream in = content.bytes()) {
            return new Encoded(in.readAllBytes(), extension(content.mimeType()));
        }
    }

    static String extension(String mimeType) {
        return switch (mimeType == null ? "" : mimeType) {
            case "image/png" -> "png";
            case "image/webp" -> "webp";
            case "image/gif" -> "gif";
            case "image/bmp" -> "bmp";
            default -> "jpg";
        };
    }
}
