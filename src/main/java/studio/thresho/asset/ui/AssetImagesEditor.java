package studio.thresho.asset.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.ImageDraft;
import studio.thresho.asset.ImageSet;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.SheetViewNames;
import studio.thresho.asset.category.CategoryKind;
import studio.thresho.asset.category.FieldDefinition;
import studio.thresho.base.NaturalOrder;
import studio.thresho.base.UserFacingException;
import studio.thresho.base.ui.Notifications;
import studio.thresho.media.MediaService;
import studio.thresho.media.UrlImporter;
import studio.thresho.media.StoredMedia;
import studio.thresho.media.ui.MediaUpload;
import studio.thresho.media.ui.MediaUpload.Received;

/**
 * The images of an asset while its form is open: upload with a type (and, for the character
 * sheet, a view), caption, reorder by dragging rows, move a sheet view to another view (from its
 * menu, or by dropping it on another view's row), make the headshot, remove. Changes are kept
 * with the form and saved with it, as one version; the status line says what is missing.
 *
 * <p>Files chosen together are filed once all of them have finished uploading: sheet views by the
 * keywords of their names ({@link SheetViewNames}), the rest in natural order of their names.
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

    AssetImagesEditor(MediaService media, UrlImporter urls, CategoryKind kind, List<FieldDefinition> fields, ImageSet initial, Consumer<ImageSet> onChanged) {
        this.kind = kind;
        this.fields = fields;
        this.onChanged = onChanged;
        this.images = initial;
        addClassName("asset-images-editor");
        type.setLabel("Add as");
        type.setItems(List.of(ImageType.HEADSHOT, ImageType.CHARACTER_SHEET, ImageType.REFERENCE, ImageType.EXAMPLE, ImageType.MOOD));
        type.setItemLabelGenerator(ImageType::label);
        type.setValue(kind == CategoryKind.TALENT && !initial.hasHeadshot() ? ImageType.HEADSHOT : ImageType.REFERENCE);
        slot.setLabel("View");
        slot.setItems(SheetSlot.values());
        slot.setItemLabelGenerator(value -> value == null ? "From the file names" : value.label());
        slot.setEmptySelectionAllowed(true);
        slot.setEmptySelectionCaption("From the file names");
        slot.setHelperText("face, left, right, body-front, back, 3-4, action, smile…");
        slot.setVisible(type.getValue() == ImageType.CHARACTER_SHEET);
        type.addValueChangeListener(change -> slot.setVisible(change.getValue() == ImageType.CHARACTER_SHEET));
        caption.setLabel("Caption");
        caption.setMaxLength(AssetRules.CAPTION_MAX_LENGTH);
        upload = MediaUpload.perSelection(media, this::attachSelection).withUrlImport(urls);
        HorizontalLayout options = new HorizontalLayout(type, slot, caption);
        options.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        status.addClassName("images-status");

        grid.addComponentColumn(row -> new Image(row.image().thumbnailUrl(), role(row.image())))
                .setHeader("").setWidth("88px").setFlexGrow(0);
        grid.addColumn(row -> role(row.image())).setHeader("Role").setFlexGrow(3);
        grid.addColumn(row -> row.image().caption() == null ? "" : row.image().caption()).setHeader("Caption").setFlexGrow(2);
        grid.addComponentColumn(this::rowActions).setKey("actions").setHeader("").setWidth(ImageRowActions.COLUMN_WIDTH).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.ON_TOP_OR_BETWEEN);
        grid.addDragStartListener(start -> dragged = start.getDraggedItems().getFirst());
        grid.addDragEndListener(end -> dragged = null);
        grid.addDropListener(drop -> drop.getDropTargetItem().ifPresent(target -> {
            if (dragged != null && !dragged.equals(target)) {
                dropOn(dragged, target, drop.getDropLocation());
            }
        }));
        Span hint = new Span(kind == CategoryKind.TALENT
                ? "Images are saved with the asset; the character-sheet composite is rendered from the headshot and views when you save. "
                + "Drop a sheet view on another to swap them."
                : "Images are saved with the asset.");
        hint.addClassName("dialog-note");
        add(status, options, upload, grid, hint);
        show();
    }

    /** Files one stored image as the chosen type, as an upload of a single file does. */
    void attach(StoredMedia stored) {
        attachSelection(List.of(new Received(stored.originalFilename() == null ? stored.key() : stored.originalFilename(), stored)));
    }

    /** Files the images of one selection once all of them have been stored. */
    void attachSelection(List<Received> files) {
        ImageType chosen = type.getValue();
        String text = caption.getValue();
        List<Received> ordered = files.stream().sorted(Comparator.comparing(Received::fileName, NaturalOrder.INSTANCE)).toList();
        if (chosen == ImageType.HEADSHOT) {
            Received headshot = ordered.stream().filter(file -> SheetViewNames.namesHeadshot(file.fileName())).findFirst()
                    .orElse(ordered.getFirst());
            ImageType next = kind == CategoryKind.TALENT ? ImageType.CHARACTER_SHEET : ImageType.REFERENCE;
            type.setValue(next);
            fileAs(next, ordered.stream().filter(file -> file != headshot).toList(), text);
            placeHeadshot(headshot, text);
        } else {
            fileAs(chosen, ordered, text);
        }
        caption.clear();
        slot.clear();
    }

    private void fileAs(ImageType chosen, List<Received> files, String text) {
        if (files.isEmpty()) {
            return;
        }
        if (chosen != ImageType.CHARACTER_SHEET) {
            change(current -> {
                ImageSet next = current;
                for (Received file : files) {
                    next = next.add(file.stored().key(), chosen, null, text);
                }
                return next;
            });
            return;
        }
        Map<Received, SheetSlot> views = files.size() == 1 && slot.getValue() != null
                ? Map.of(files.getFirst(), slot.getValue()) : SheetViewNames.assign(files, Received::fileName, images.sheetSlots());
        change(current -> {
            ImageSet next = current;
            for (Map.Entry<Received, SheetSlot> view : views.entrySet()) {
                next = next.add(view.getKey().stored().key(), ImageType.CHARACTER_SHEET, view.getValue(), text);
            }
            return next;
        });
        List<String> left = files.stream().filter(file -> !views.containsKey(file)).map(Received::fileName).toList();
        if (!left.isEmpty()) {
            Notifications.error("A character sheet has " + SheetSlot.MAX_VIEWS + " views; not added: " + String.join(", ", left) + ".");
        }
    }

    private void placeHeadshot(Received file, String text) {
        if (!images.hasHeadshot()) {
            change(current -> current.add(file.stored().key(), ImageType.HEADSHOT, null, text));
            return;
        }
        new HeadshotReplacement(keepOld -> change(current -> current.replaceHeadshot(file.stored().key(), text, keepOld))).open();
    }

    /** A drop between rows reorders; a sheet view dropped on another sheet view swaps their views. */
    void dropOn(Row moved, Row target, GridDropLocation location) {
        if (location == GridDropLocation.ON_TOP) {
            if (moved.image().type() == ImageType.CHARACTER_SHEET && target.image().type() == ImageType.CHARACTER_SHEET) {
                change(current -> current.moveToSlot(moved.index(), target.image().slot()));
                return;
            }
            location = GridDropLocation.ABOVE;
        }
        int to = target.index() + (location == GridDropLocation.BELOW ? 1 : 0);
        change(current -> current.move(moved.index(), moved.index() < to ? to - 1 : to));
    }

    /** What the image is to the asset: "Headshot", "Character sheet · Front face". */
    private static String role(ImageDraft image) {
        return image.type().label() + (image.slot() == null ? "" : " · " + image.slot().label());
    }

    private ImageRowActions rowActions(Row row) {
        return new ImageRowActions(row.image(), images.sheetSlots(), new ImageRowActions.Handler() {
            @Override
            public void moveToSlot(SheetSlot target) {
                change(current -> current.moveToSlot(row.index(), target));
            }

            @Override
            public void makeHeadshot() {
                if (images.hasHeadshot()) {
                    new HeadshotReplacement(keepOld -> change(current -> current.makeHeadshot(row.index(), keepOld))).open();
                } else {
                    change(current -> current.makeHeadshot(row.index()));
                }
            }

            @Override
            public void editCaption() {
                AssetImagesEditor.this.editCaption(row);
            }

            @Override
            public void remove() {
                change(current -> current.remove(row.index()));
            }
        });
    }

    private void editCaption(Row row) {
        TextField field = new TextField("Caption");
        field.setMaxLength(AssetRules.CAPTION_MAX_LENGTH);
        field.setValue(row.image().caption() == null ? "" : row.image().caption());
        field.setWidthFull();
        Dialog dialog = new Dialog(field);
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
        List<String> missing = images.missing(fields);
        status.setText(missing.isEmpty() ? images.size() + (images.size() == 1 ? " image" : " images") + ", nothing missing"
                : "Missing: " + String.join(", ", missing));
        status.getElement().getThemeList().clear();
        status.getElement().getThemeList().add(missing.isEmpty() ? "badge success" : "badge contrast");
    }

    ImageSet images() {
        return images;
    }
}
