package studio.thresho.asset.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import studio.thresho.asset.AssetImageView;
import studio.thresho.asset.VersionComparison;
import studio.thresho.asset.VersionComparison.ImageRow;
import studio.thresho.asset.VersionComparison.ImageStatus;
import studio.thresho.media.ui.ImageViewer;

/** The compare page's images, slot by slot, added, removed and replaced ones marked; each opens in the viewer. */
final class CompareImages {

    private CompareImages() {
    }

    static Component table(VersionComparison comparison) {
        if (comparison.images().isEmpty()) {
            return new Span("Neither version has images.");
        }
        Div table = new Div(VersionCompareView.cell("Slot", "head"), VersionCompareView.cell("v" + comparison.left().version(), "head"),
                VersionCompareView.cell("v" + comparison.right().version(), "head"));
        table.addClassName("compare-table");
        table.addClassName("compare-images");
        for (ImageRow row : comparison.images()) {
            Div label = new Div(new Span(row.slot()), statusBadge(row.status()));
            label.addClassName("compare-cell");
            // unchanged images stay folded away until asked for: the differences are what a comparison is for
            String marker = row.status() == ImageStatus.SAME ? "same" : "changed";
            label.addClassName(marker);
            // the viewer flips between the two sides of the slot
            List<ImageViewer.Shown> pair = java.util.stream.Stream.of(side(row.left(), comparison.left().version(), row.slot()),
                    side(row.right(), comparison.right().version(), row.slot())).filter(java.util.Objects::nonNull).toList();
            Component left = image(row.left(), marker, pair);
            Component right = image(row.right(), marker, pair);
            for (Component cell : List.of(label, left, right)) {
                cell.setVisible(row.status() != ImageStatus.SAME);
            }
            table.add(label, left, right);
        }
        return table;
    }

    private static ImageViewer.Shown side(AssetImageView image, String version, String slot) {
        return image == null ? null : new ImageViewer.Shown(image.mediaKey(), slot + " · v" + version);
    }

    private static Component image(AssetImageView image, String marker, List<ImageViewer.Shown> pair) {
        Div cell = new Div();
        cell.addClassName("compare-cell");
        cell.addClassName(marker);
        if (image == null) {
            cell.add(new Span("—"));
        } else {
            Image picture = new Image(image.thumbnailUrl(), image.caption() == null ? image.type().label() : image.caption());
            int index = 0;
            while (index < pair.size() - 1 && !pair.get(index).mediaKey().equals(image.mediaKey())) {
                index++;
            }
            ImageViewer.opensOnClick(picture, pair, index);
            cell.add(picture);
        }
        return cell;
    }

    private static Span statusBadge(ImageStatus status) {
        Span badge = new Span(switch (status) {
            case SAME -> "Same";
            case CHANGED -> "Replaced";
            case ADDED -> "Added";
            case REMOVED -> "Removed";
        });
        badge.getElement().getThemeList().add("badge small " + switch (status) {
            case SAME -> "contrast";
            case CHANGED -> "error";
            case ADDED -> "success";
            case REMOVED -> "error";
        });
        badge.addClassName("image-status");
        return badge;
    }
}
