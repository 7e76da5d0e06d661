package studio.thresho.generation.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.CategoryNode;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.FormDialog;
import studio.thresho.base.ui.LengthLimit;
import studio.thresho.base.ui.Notifications;
import studio.thresho.generation.GeneratedImage;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.PromotionTarget;
import studio.thresho.generation.ResultPromotionService;

/**
 * Save to library: a generated image becomes a new asset (category, name, image role), or joins any
 * asset of the project or the global library as a reference, its headshot or a named
 * character-sheet view, as a new version. Opened from the Generate page, a shot's frames and a
 * generation's record.
 */
public class PromoteDialog extends FormDialog {

    static final String EXISTING = "Add it to an asset";
    static final String NEW_ASSET = "Create a new asset";
    /** How many assets the picker lists for one search. */
    static final int MAX_CHOICES = 50;

    final RadioButtonGroup<String> target = new RadioButtonGroup<>();
    final ComboBox<PromotionTarget> asset = new ComboBox<>("Asset");
    final Select<CategoryNode> category = new Select<>();
    final TextField name = new TextField("Name");
    final PlacementFields placement = new PlacementFields();

    private final ResultPromotionService promotions;
    private final GenerationView generation;
    private final GeneratedImage image;
    private final List<PromotionTarget> used;

    public PromoteDialog(ResultPromotionService promotions, GenerationView generation, GeneratedImage image) {
        super("Save to library", "Save");
        this.promotions = promotions;
        this.generation = generation;
        this.image = image;
        this.used = promotions.usedBy(generation);
        addClassName("promote-dialog");
        setWidth("min(560px, 95vw)");
        target.setItems(EXISTING, NEW_ASSET);
        asset.setItems(query -> choices(query.getFilter().orElse("")).stream().skip(query.getOffset()).limit(query.getLimit()));
        asset.setItemLabelGenerator(PromotionTarget::label);
        asset.setPlaceholder("Search the library");
        asset.setWidthFull();
        used.stream().findFirst().ifPresent(asset::setValue);
        category.setLabel("Category");
        List<CategoryNode> tree = promotions.categories();
        category.setItems(tree);
        category.setItemLabelGenerator(node -> node == null ? "" : "\u2003".repeat(node.depth()) + node.name());
        tree.stream().filter(node -> node.kind() == CategoryKind.TALENT).findFirst().ifPresent(category::setValue);
        LengthLimit.refuseOver(name, AssetRules.NAME_MAX_LENGTH);
        name.setWidthFull();
        target.addValueChangeListener(change -> showTarget());
        target.setValue(used.isEmpty() ? NEW_ASSET : EXISTING);
        Image preview = new Image(image.thumbnailUrl(), "Result");
        preview.addClassName("quick-add-preview");
        addForm(preview, target, asset, category, name, placement);
    }

    /** The generation's own assets first, then the library's matches, each once. */
    private List<PromotionTarget> choices(String filter) {
        Map<UUID, PromotionTarget> choices = new LinkedHashMap<>();
        Stream<PromotionTarget> usedMatching = used.stream()
                .filter(choice -> filter.isBlank() || choice.name().toLowerCase().contains(filter.toLowerCase()));
        Stream.concat(usedMatching, promotions.targets(filter, MAX_CHOICES).stream())
                .forEach(choice -> choices.putIfAbsent(choice.lineageId(), choice));
        return new ArrayList<>(choices.values());
    }

    private void showTarget() {
        boolean existing = EXISTING.equals(target.getValue());
        asset.setVisible(existing);
        category.setVisible(!existing);
        name.setVisible(!existing);
        if (!existing && placement.role.getValue() == ImageType.REFERENCE && category.getValue() != null
                && category.getValue().kind() == CategoryKind.TALENT) {
            placement.role.setValue(ImageType.HEADSHOT);
        }
    }

    @Override
    protected void submit() {
        if (EXISTING.equals(target.getValue())) {
            if (asset.getValue() == null) {
                throw new UserFacingException("Choose the asset the image belongs to.");
            }
            AssetDetail saved = promotions.addToAsset(generation.id(), image.mediaKey(), asset.getValue().lineageId(), placement.placement());
            Notifications.success("Saved to " + saved.name() + " as v" + saved.version() + ".");
        } else {
            AssetDetail created = promotions.createAsset(generation.id(), image.mediaKey(),
                    category.getValue() == null ? null : category.getValue().id(), name.getValue(), placement.placement());
            Notifications.success("Created " + created.name() + (created.completeness().complete() ? "." : " as a draft: complete it on its page."));
        }
    }
}
