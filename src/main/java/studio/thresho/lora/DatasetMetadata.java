package studio.thresho.lora;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code metadata.json} (the talent's attributes, the version, the choices, and each image's
 * provenance: its role in the talent, its media key, the library caption it was captioned from) and
 * {@code training-notes.md} (the format's workflow and recommendations, and the guidance).
 */
final class DatasetMetadata {

    private DatasetMetadata() {
    }

    static Map<String, Object> of(LoraDataset dataset, List<String> files, Instant at, String exportedBy) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> talent = new LinkedHashMap<>();
        talent.put("name", dataset.name());
        talent.put("slug", dataset.slug());
        talent.put("lineageId", dataset.lineageId().toString());
        talent.put("attributes", dataset.attributes());
        json.put("talent", talent);
        json.put("version", Map.of("number", dataset.version(), "id", dataset.versionId().toString()));
        json.put("format", dataset.format().dbValue());
        json.put("triggerWord", dataset.trigger());
        json.put("class", dataset.subjectClass().word());
        json.put("resize", dataset.longSide() == null ? "original" : dataset.longSide() + " px long side");
        json.put("imageCount", dataset.imageCount());
        json.put("exportedAt", at.toString());
        json.put("exportedBy", exportedBy);
        List<Map<String, Object>> images = new ArrayList<>();
        for (int i = 0; i < dataset.images().size(); i++) {
            DatasetImage image = dataset.images().get(i);
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("file", files.get(i));
            described.put("captionFile", image.baseName() + ".txt");
            described.put("caption", image.caption());
            described.put("suggestedCaption", image.suggested());
            described.put("captionEdited", image.edited());
            Map<String, Object> provenance = new LinkedHashMap<>();
            provenance.put("talentVersion", dataset.version());
            provenance.put("role", image.type().dbValue());
            provenance.put("sheetView", image.slot() == null ? null : image.slot().dbValue());
            provenance.put("imageId", image.imageId().toString());
            provenance.put("mediaSha256", image.mediaKey());
            provenance.put("originalWidth", image.width());
            provenance.put("originalHeight", image.height());
            provenance.put("libraryCaption", image.sourceCaption());
            described.put("provenance", provenance);
            images.add(described);
        }
        json.put("images", images);
        Map<String, Object> guidance = new LinkedHashMap<>();
        guidance.put("summary", dataset.guidance().summary());
        guidance.put("warning", dataset.guidance().warning());
        guidance.put("mirrorWarning", dataset.guidance().mirrorWarning());
        json.put("guidance", guidance);
        return json;
    }

    static String notes(LoraDataset dataset, TrainingDefaults defaults) {
        TrainingWorkflows.Workflow workflow = TrainingWorkflows.of(dataset.format());
        StringBuilder notes = new StringBuilder();
        notes.append("# ").append(dataset.name()).append(" v").append(dataset.version()).append(": LoRA dataset for ")
                .append(dataset.format().label()).append("\n\n");
        notes.append("Trigger word: `").append(dataset.trigger()).append("`, class: `").append(dataset.subjectClass().word())
                .append("`. Prompt with both: \"").append(dataset.trigger()).append(' ').append(dataset.subjectClass().word())
                .append(", ...\".\n\n");
        notes.append(dataset.imageCount()).append(" images, each with a same-name .txt caption. ").append(dataset.guidance().summary()).append("\n\n");
        if (dataset.guidance().warning() != null) {
            notes.append("**").append(dataset.guidance().warning()).append("**\n\n");
        }
        if (dataset.guidance().mirrorWarning() != null) {
            notes.append(dataset.guidance().mirrorWarning()).append("\n\n");
        }
        notes.append("For: ").append(workflow.forWhom()).append("\n\n");
        for (int i = 0; i < workflow.steps().size(); i++) {
            notes.append(i + 1).append(". ").append(workflow.steps().get(i)).append('\n');
        }
        if (dataset.format() == LoraFormat.KOHYA) {
            notes.append("\nRepeats per image: ").append(defaults.kohya().repeats(dataset.imageCount()))
                    .append(" (in the folder name and multiply.txt).\n");
        }
        return notes.toString();
    }
}
