package studio.thresho.generation.ui;

import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetDraft;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.TalentAdded;
import studio.thresho.asset.VersionRequest;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.LengthLimit;
import studio.thresho.generation.Slot;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;
import studio.thresho.media.ui.MediaUpload;

/**
 * Quick Add (FR-5.3): a new asset from a name, a description and one image, saved as a draft in
 * the current project and selected at once; the rest can be filled in on its page later.
 */
class QuickAddDialog extends FormDialog {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final MediaUpload upload;
    final Image preview = new Image();

    private final Slot slot;
    private final UUID categoryId;
    private final AssetService assets;
    private final AssetSelectorDialog.Services services;
    private final Consumer<AssetDetail> onCreated;
    private final Instant opened = Instant.now();
    private String imageKey;

    QuickAddDialog(Slot slot, UUID categoryId, AssetSelectorDialog.Services services, Consumer<AssetDetail> onCreated) {
        super("Quick add: " + slot.label().toLowerCase(), "Create and select");
        this.slot = slot;
        this.categoryId = categoryId;
        this.assets = services.assets();
        this.services = services;
        this.onCreated = onCreated;
        addClassName("quick-add-dialog");
        LengthLimit.refuseOver(name, AssetRules.NAME_MAX_LENGTH);
        name.setRequired(true);
        name.setWidthFull();
        description.setMaxLength(AssetRules.DESCRIPTION_MAX_LENGTH);
        description.setWidthFull();
        description.setHelperText(slot == Slot.TALENT ? "How they look, for prompts" : "What it looks like, for prompts");
        upload = new MediaUpload(services.media(), stored -> {
            imageKey = stored.key();
            preview.setSrc(MediaUrls.of(imageKey, MediaVariant.THUMBNAIL));
            preview.setVisible(true);
        }).withUrlImport(services.urls());
        preview.setVisible(false);
        preview.addClassName("quick-add-preview");
        Paragraph note = new Paragraph("Saved as a draft in this project's library; complete it on its page later.");
        note.addClassName("dialog-note");
        addForm(name, description, upload, preview, note);
        setWidth("520px");
    }

    /** The image the asset will have, as if uploaded. */
    void useImage(String mediaKey) {
        imageKey = mediaKey;
    }

    @Override
    protected void submit() {
        Map<String, Object> values = new HashMap<>();
        if (!description.getValue().isBlank()) {
            values.put(slot == Slot.TALENT ? "physical_description" : "description", description.getValue());
        }
        ImageSet images = imageKey == null ? ImageSet.empty()
                : ImageSet.empty().add(imageKey, slot == Slot.TALENT ? ImageType.HEADSHOT : ImageType.REFERENCE, null, null);
        try {
            AssetDetail created = assets.save(new AssetDraft(null, null, categoryId, name.getValue(), null, false, null, List.of(), values),
                    images.images(), new VersionRequest(null, "Quick add from Generate", null));
            if (slot == Slot.TALENT) {
                services.events().publishEvent(new TalentAdded(created.projectId(), Duration.between(opened, Instant.now())));
            }
            onCreated.accept(created);
        } catch (studio.thresho.asset.category.AttributeValidationException invalid) {
            throw new UserFacingException(String.join("; ", invalid.fieldErrors().entrySet().stream()
                    .map(error -> labelOf(error.getKey()) + " " + error.getValue()).toList()) + ".");
        }
    }

    private static String labelOf(String key) {
        return switch (key) {
            case "name" -> "Name";
            case "description", "physical_description" -> "Description";
            default -> key;
        };
    }
}
