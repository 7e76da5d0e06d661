package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import studio.thresho.generation.GeneratedImage;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.ui.ConsistencyBadge;
import studio.thresho.shotlist.ShotFrames;
import studio.thresho.shotlist.ShotRow;

/** The results of the shot being edited, newest first, each with "Set as frame" and "Save to library"; the selected frame is marked. */
class FrameStrip extends Div {

    final H3 heading = new H3();
    final Span status = new Span();
    final Div images = new Div();
    final List<Button> setAsFrame = new ArrayList<>();
    final List<Button> saveToLibrary = new ArrayList<>();

    private final BiConsumer<ShotRow, String> onSelect;
    private final BiConsumer<GenerationView, GeneratedImage> onSave;
    private final boolean editor;

    /** @param onSave offers a result to be saved to the library, with the generation that made it */
    FrameStrip(boolean editor, BiConsumer<ShotRow, String> onSelect, BiConsumer<GenerationView, GeneratedImage> onSave) {
        this.editor = editor;
        this.onSelect = onSelect;
        this.onSave = onSave;
        addClassName("shot-frames");
        images.addClassName("frame-strip");
        status.addClassName("shot-generation-status");
        add(heading, status, images);
        setVisible(false);
    }

    void show(ShotRow row, ShotFrames frames) {
        images.removeAll();
        setAsFrame.clear();
        saveToLibrary.clear();
        setVisible(row != null && frames != null);
        if (row == null || frames == null) {
            return;
        }
        heading.setText("Frames of shot " + row.label());
        List<GeneratedImage> results = frames.results();
        status.setText(frames.statusLabel() + (results.isEmpty() ? "" : " · " + results.size() + " results"));
        for (GeneratedImage result : results) {
            Div frame = new Div(new Image(result.thumbnailUrl(), "Result of shot " + row.label()));
            frame.addClassName("shot-frame");
            ConsistencyBadge.of(frames.review(result.mediaKey())).ifPresent(frame::add);
            boolean selected = result.mediaKey().equals(frames.selectedFrameKey());
            if (selected) {
                frame.addClassName("selected");
                frame.add(new Span("Selected frame"));
            } else if (editor) {
                Button select = new Button("Set as frame", click -> onSelect.accept(row, result.mediaKey()));
                select.addThemeVariants(ButtonVariant.LUMO_SMALL);
                setAsFrame.add(select);
                frame.add(select);
            }
            if (editor) {
                frames.generations().stream().filter(generation -> generation.results().contains(result)).findFirst().ifPresent(generation -> {
                    Button save = new Button("Save to library…", click -> onSave.accept(generation, result));
                    save.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                    save.addClassName("save-to-library");
                    saveToLibrary.add(save);
                    frame.add(save);
                });
            }
            images.add(frame);
        }
    }
}
