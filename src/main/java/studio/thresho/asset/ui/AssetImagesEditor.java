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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageService;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.media.MediaService;
import studio.thresho.media.StoredMedia;
import studio.thresho.media.ui.MediaUpload;

/**
 * The images of an asset: upload with a type (and, for the character sheet, a view), caption,
 * reorder by dragging rows, make the headshot, remove. The status line says what is missing.
 */
class AssetImagesEditor extends Div {

    final Select<ImageType> type = new Select<>();
    final Select<SheetSlot> slot = new Select<>();
    final TextField caption = new TextField();
    final Grid<AssetImageView> grid = new Grid<>();
    final MediaUpload upload;
    final Span status = new Span();

    private final AssetImageService images;
    private final Consumer<AssetDetail> onChanged;
    private AssetDetail asset;
    private AssetImageView dragged;

    AssetImagesEditor(AssetImageService images, MediaService media, AssetDetail asset, Consumer<AssetDetail> onChanged) {
        this.images = images;
        this.onChanged = onChanged;
        this.asset = asset;
        addClassName("asset-images-editor");
        type.setLabel("Add as");
        type.setItems(List.of(ImageType.HEADSHOT, ImageType.CHARACTER_SHEET, ImageType.REFERENCE, ImageType.EXAMPLE, ImageType.MOOD));
        type.setItemLabelGenerator(ImageType::label);
        type.setValue(asset.kind() == studio.thresho.asset.category.CategoryKind.TALENT && asset.imagesOf(ImageType.HEADSHOT).isEmpty()
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

        grid.addComponentColumn(image -> new Image(image.thumbnailUrl(), image.type().label())).setHeader("").setWidth("96px").setFlexGrow(0);
        grid.addColumn(image -> image.type().label() + (image.slot() == null ? "" : " · " + image.slot().label())).setHeader("Role").setFlexGrow(2);
        grid.addColumn(image -> image.caption() == null ? "" : image.caption()).setHeader("Caption").setFlexGrow(3);
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
        add(status, options, upload, grid);
        show(asset);
    }

    void attach(StoredMedia stored) {
        change(() -> images.addImage(asset.lineageId(), stored.key(), type.getValue(),
                type.getValue() == ImageType.CHARACTER_SHEET ? slot.getValue() : null, caption.getValue()));
        caption.clear();
        slot.clear();
        if (type.getValue() == ImageType.HEADSHOT) {
            type.setValue(asset.kind() == studio.thresho.asset.category.CategoryKind.TALENT ? ImageType.CHARACTER_SHEET : ImageType.REFERENCE);
        }
    }

    /** Moves one image before or after another, as a drop between rows does. */
    void moveNextTo(AssetImageView moved, AssetImageView target, GridDropLocation location) {
        List<UUID> order = new ArrayList<>(asset.images().stream().map(AssetImageView::id).toList());
        order.remove(moved.id());
        int index = order.indexOf(target.id()) + (location == GridDropLocation.BELOW ? 1 : 0);
        order.add(index, moved.id());
        change(() -> images.reorder(asset.lineageId(), order));
    }

    private Component rowActions(AssetImageView image) {
        HorizontalLayout actions = new HorizontalLayout();
        if (image.type() == ImageType.COMPOSITE) {
            actions.add(new Span("Rendered from the headshot and sheet"));
            return actions;
        }
        if (image.type() != ImageType.HEADSHOT) {
            Button headshot = new Button("Make headshot", click -> change(() -> images.makeHeadshot(asset.lineageId(), image.id())));
            headshot.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            actions.add(headshot);
        }
        Button captionButton = new Button(VaadinIcon.EDIT.create(), click -> editCaption(image));
        captionButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
        captionButton.setAriaLabel("Edit caption");
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> change(() -> images.removeImage(asset.lineageId(), image.id())));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove image");
        actions.add(captionButton, remove);
        return actions;
    }

    private void editCaption(AssetImageView image) {
        TextField field = new TextField("Caption");
        field.setMaxLength(AssetRules.CAPTION_MAX_LENGTH);
        field.setValue(image.caption() == null ? "" : image.caption());
        field.setWidthFull();
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog(field);
        dialog.setHeaderTitle("Caption");
        Button saveCaption = new Button("Save", click -> {
            change(() -> images.setCaption(asset.lineageId(), image.id(), field.getValue()));
            dialog.close();
        });
        saveCaption.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), saveCaption);
        dialog.open();
    }

    private void change(Supplier<AssetDetail> action) {
        try {
            show(action.get());
            onChanged.accept(asset);
        } catch (UserFacingException refused) {
            Notifications.error(refused.getMessage());
        }
    }

    private void show(AssetDetail detail) {
        this.asset = detail;
        grid.setItems(detail.images());
        status.setText(detail.completeness().summary());
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(detail.completeness().complete() ? "badge success" : "badge contrast");
    }

    AssetDetail asset() {
        return asset;
    }
}
