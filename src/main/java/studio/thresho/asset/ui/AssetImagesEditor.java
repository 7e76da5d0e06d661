package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.media.MediaService;
import studio.thresho.media.StoredMedia;
import studio.thresho.media.ui.MediaUpload;

/**
 * The images of an asset while its form is open: upload with a type (and, for the character
 * sheet, a view), caption, reorder by dragging rows, make the headshot, remove. Changes are kept
 * with the form and saved with it, as one version; the status line says what is missing.
 */
class AssetImagesEditor extends Div {

    /** One row of the grid: an image and its position. */
    record Row(int index, ImageDraft image) {
    }

    final Select<ImageType> type = new Select<>();
    final Select<SheetSlot> slot = new Select<>();
    final TextField caption = new TextField();
    final Grid<Row> grid = new Grid<>();
    final MediaUpload upload;
    final Span status = new Span();

    private final CategoryKind kind;
    private final List<FieldDefinition> fields;
    private final Consumer<ImageSet> onChanged;
    private ImageSet images;
    private Row dragged;

    AssetImagesEditor(MediaService media, CategoryKind kind, List<FieldDefinition> fields, ImageSet initial, Consumer<ImageSet> onChanged) {
        this.kind = kind;
        this.fields = fields;
        this.onChanged = onChanged;
        this.images = initial;
        addClassName("asset-images-editor");
        type.setLabel("Add as");
        type.setItems(List.of(ImageType.HEADSHOT, ImageType.CHARACTER_SHEET, ImageType.REFERENCE, ImageType.EXAMPLE, ImageType.MOOD));
        type.setItemLabelGenerator(ImageType::label);
        type.setValue(kind == CategoryKind.TALENT && initial.images().stream().noneMatch(image -> image.type() == ImageType.HEADSHOT)
                ? ImageType.HEADSHOT : ImageType.REFERENCE);
        slot.setLabel("View");
        slot.setItems(SheetSlot.values());
        slot.setItemLabelGenerator(value -> value == null ? "Next free view" : value.label());
        slot.setEmptySelectionAllowed(true);
        slot.setEmptySelectionCaption("Next free view");
        slot.setVisible(type.getValue() == ImageType.CHARACTER_SHEET);
        type.addValueChangeListener(change -> slot.setVisible(change.getValue() == ImageType.CHARACTER_SHEET));
        caption.setLabel("Caption");
        caption.setMaxLength(AssetRules.CAPTION_MAX_LENGTH);
        upload = new MediaUpload(media, this::attach);
        HorizontalLayout options = new HorizontalLayout(type, slot, caption);
        options.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        status.addClassName("images-status");

        grid.addComponentColumn(row -> new Image(row.image().thumbnailUrl(), row.image().type().label()))
                .setHeader("").setWidth("96px").setFlexGrow(0);
        grid.addColumn(row -> row.image().type().label() + (row.image().slot() == null ? "" : " · " + row.image().slot().label()))
                .setHeader("Role").setFlexGrow(2);
        grid.addColumn(row -> row.image().caption() == null ? "" : row.image().caption()).setHeader("Caption").setFlexGrow(3);
        grid.addComponentColumn(this::rowActions).setKey("actions").setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(start -> dragged = start.getDraggedItems().getFirst());
        grid.addDragEndListener(end -> dragged = null);
        grid.addDropListener(drop -> drop.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && !dragged.equals(target)) {
                moveNextTo(dragged, target, drop.getDropLocation());
            }
        }));
        Span hint = new Span(kind == CategoryKind.TALENT
                ? "Images are saved with the asset; the character-sheet composite is rendered from the headshot and views when you save."
                : "Images are saved with the asset.");
        hint.addClassName("dialog-note");
        add(status, options, upload, grid, hint);
        show();
    }

    void attach(StoredMedia stored) {
        ImageType chosen = type.getValue();
        if (change(current -> current.add(stored.key(), chosen, chosen == ImageType.CHARACTER_SHEET ? slot.getValue() : null,
                caption.getValue()))) {
            caption.clear();
            slot.clear();
            if (chosen == ImageType.HEADSHOT) {
                type.setValue(kind == CategoryKind.TALENT ? ImageType.CHARACTER_SHEET : ImageType.REFERENCE);
            }
        }
    }

    /** Moves one image before or after another, as a drop between rows does. */
    void moveNextTo(Row moved, Row target, GridDropLocation location) {
        int to = target.index() + (location == GridDropLocation.BELOW ? 1 : 0);
        change(current -> current.move(moved.index(), moved.index() < to ? to - 1 : to));
    }

    private Component rowActions(Row row) {
        HorizontalLayout actions = new HorizontalLayout();
        if (row.image().type() != ImageType.HEADSHOT) {
            Button headshot = new Button("Make headshot", click -> change(current -> current.makeHeadshot(row.index())));
            headshot.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(headshot);
        }
        Button captionButton = new Button(VaadinIcon.EDIT.create(), click -> editCaption(row));
        captionButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        captionButton.setAriaLabel("Edit caption");
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> change(current -> current.remove(row.index())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove image");
        actions.add(captionButton, remove);
        return actions;
    }

    private void editCaption(Row row) {
        TextField field = new TextField("Caption");
        field.setMaxLength(AssetRules.CAPTION_MAX_LENGTH);
        field.setValue(row.image().caption() == null ? "" : row.image().caption());
        field.setWidthFull();
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(field);
        dialog.setHeaderTitle("Caption");
        Button saveCaption = new Button("Apply", click -> {
            change(current -> current.caption(row.index(), field.getValue()));
            dialog.close();
        });
        saveCaption.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), saveCaption);
        dialog.open();
    }

    private boolean change(UnaryOperator<ImageSet> action) {
        try {
            images = action.apply(images);
            show();
            onChanged.accept(images);
            return true;
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
            return false;
        }
    }

    private void show() {
        grid.setItems(IntStream.range(0, images.size()).mapToObj(index -> new Row(index, images.images().get(index))).toList());
        List<String> missing = images.missing(kind, fields);
        status.setText(missing.isEmpty() ? images.size() + (images.size() == 1 ? " image" : " images") + ", nothing missing"
                : "Missing: " + String.join(", ", missing));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(missing.isEmpty() ? "badge success" : "badge contrast");
    }

    ImageSet images() {
        return images;
    }
}
