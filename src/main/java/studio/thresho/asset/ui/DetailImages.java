package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.ImageType;
import studio.thresho.asset.SheetSlot;
import studio.thresho.media.ui.ImageViewer;

/** The detail view's pictures: the character sheet slot by slot, the other images in a gallery, Animate for editors. */
final class DetailImages {

    private final AssetDetail asset;
    private final boolean canEdit;

    DetailImages(AssetDetail asset, boolean canEdit) {
        this.asset = asset;
        this.canEdit = canEdit;
    }

    /** Opens the video settings for the still on the Generate page (linked by its path: it belongs to the generation module). */
    Button animateButton(String mediaKey) {
        Button animate = new Button("Animate", VaadinIcon.FILM.create(), click -> UI.getCurrent().navigate("generate",
                QueryParameters.simple(Map.of("animate", mediaKey, "asset", asset.lineageId().toString()))));
        animate.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        animate.addClassName("animate-image");
        return animate;
    }

    /** Every image of the asset, in the order the detail view shows them, as one group for the viewer. */
    List<ImageViewer.Shown> all() {
        return asset.images().stream().map(image -> new ImageViewer.Shown(image.mediaKey(), label(image))).toList();
    }

    static String label(AssetImageView image) {
        if (image.caption() != null) {
            return image.caption();
        }
        return image.slot() != null ? image.slot().label() : image.type().label();
    }

    /** The headshot (or first image) of the summary, opening the viewer on it. */
    Image primary(AssetImageView image, String alt) {
        Image picture = new Image(image.previewUrl(), alt);
        ImageViewer.opensOnClick(picture, all(), asset.images().indexOf(image));
        return picture;
    }

    Component sheet() {
        Div grid = new Div();
        grid.addClassName("sheet-grid");
        List<AssetImageView> views = asset.imagesOf(ImageType.CHARACTER_SHEET);
        List<AssetImageView> ordered = java.util.Arrays.stream(SheetSlot.values())
                .flatMap(slot -> views.stream().filter(view -> view.slot() == slot).findFirst().stream()).toList();
        List<ImageViewer.Shown> group = ordered.stream().map(view -> new ImageViewer.Shown(view.mediaKey(), view.slot().label())).toList();
        for (SheetSlot slot : SheetSlot.values()) {
            Div cell = new Div();
            cell.addClassName("sheet-cell");
            views.stream().filter(view -> view.slot() == slot).findFirst().ifPresentOrElse(
                    view -> {
                        Image picture = new Image(view.thumbnailUrl(), slot.label());
                        ImageViewer.opensOnClick(picture, group, ordered.indexOf(view));
                        cell.add(picture);
                    },
                    () -> {
                        cell.addClassName("empty");
                        cell.add(VaadinIcon.PLUS_CIRCLE_O.create());
                    });
            Span label = new Span(slot.label());
            label.addClassName("sheet-label");
            cell.add(label);
            grid.add(cell);
        }
        return grid;
    }

    Component gallery(List<AssetImageView> images) {
        Div gallery = new Div();
        gallery.addClassName("image-gallery");
        List<ImageViewer.Shown> group = images.stream().map(image -> new ImageViewer.Shown(image.mediaKey(), label(image))).toList();
        for (AssetImageView image : images) {
            Image picture = new Image(image.thumbnailUrl(), image.caption() == null ? image.type().label() : image.caption());
            ImageViewer.opensOnClick(picture, group, images.indexOf(image));
            Div cell = new Div(picture);
            Span label = new Span(image.caption() == null ? image.type().label() : image.caption());
            label.addClassName("sheet-label");
            cell.add(label);
            if (canEdit && image.type() != ImageType.COMPOSITE) {
                cell.add(animateButton(image.mediaKey()));
            }
            cell.addClassName("gallery-cell");
            gallery.add(cell);
        }
        return gallery;
    }
}
