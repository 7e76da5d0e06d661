package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.BiConsumer;
import studio.thresho.generation.ui.ConsistencyBadge;
import studio.thresho.media.MediaUrls;
import studio.thresho.media.MediaVariant;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.ShotFrames;
import studio.thresho.shotlist.ShotRow;
import studio.thresho.shotlist.ShotSketches;

/**
 * One frame of the storyboard: the shot's selected frame, else its sketch drawn on the spot by the
 * offline renderer, then status, label, title, framing, description and cast with versions. Clicking
 * the picture opens the shot's results; an editor drags a frame onto another to move it there.
 */
class StoryboardCard extends Div {

    final Image picture;
    final Span status = new Span();
    final ShotRow row;

    StoryboardCard(ShotRow row, ShotFrames made, ShotSketches sketches) {
        this.row = row;
        addClassName("storyboard-frame");
        String key = made == null ? null : made.selectedFrameKey();
        if (key != null) {
            picture = new Image(MediaUrls.of(key, MediaVariant.PREVIEW), "Frame of shot " + row.label());
        } else {
            picture = new Image(DownloadHandler.fromInputStream(request -> new DownloadResponse(new ByteArrayInputStream(sketches.sketch(row)),
                    "sketch-" + row.id() + ".png", "image/png", -1)), "Sketch of shot " + row.label());
            picture.addClassName("storyboard-sketch");
        }
        picture.addClassName("storyboard-picture");
        add(picture);
        if (key != null) {
            ConsistencyBadge.of(made.review(key)).ifPresent(this::add);
        }
        status.setText(made == null ? "Not generated" : made.statusLabel() + (key == null ? " · no frame selected" : ""));
        status.addClassName("storyboard-status");
        Span label = new Span(row.label() + (row.title() == null ? "" : " · " + row.title()));
        label.addClassName("storyboard-label");
        add(status, label);
        if (row.framing() != null) {
            add(new Span(row.framing()));
        }
        if (row.description() != null) {
            add(new Paragraph(row.description()));
        }
        if (!row.cast().isEmpty()) {
            Span cast = new Span(CastChip.withVersions(row.cast()));
            cast.addClassName("storyboard-cast");
            add(cast);
        }
    }

    /** Lets an editor drag this frame onto another; {@code moveTo} gets the dragged shot and the position it lands on. */
    void draggable(BiConsumer<ShotRow, Integer> moveTo) {
        DragSource<StoryboardCard> source = DragSource.create(this);
        source.setDragData(row);
        DropTarget<StoryboardCard> target = DropTarget.create(this);
        target.addDropListener(drop -> drop.getDragData().filter(ShotRow.class::isInstance).map(ShotRow.class::cast)
                .filter(dragged -> !dragged.id().equals(row.id()))
                .ifPresent(dragged -> moveTo.accept(dragged, row.position())));
    }
}
