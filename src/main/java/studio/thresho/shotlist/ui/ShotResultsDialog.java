package studio.thresho.shotlist.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import java.util.function.BiConsumer;
import studio.thresho.generation.GeneratedImage;
import studio.thresho.generation.GenerationView;
import studio.thresho.shotlist.ShotFrames;
import studio.thresho.shotlist.ShotRow;

/** A storyboard frame opened: every result of the shot side by side, each with *Set as frame*. */
class ShotResultsDialog extends Dialog {

    final FrameStrip results;

    ShotResultsDialog(ShotRow row, ShotFrames made, boolean editor, BiConsumer<ShotRow, String> onSelect,
                      BiConsumer<GenerationView, GeneratedImage> onSave) {
        addClassName("shot-results-dialog");
        setHeaderTitle("Shot " + row.label() + (row.title() == null ? "" : " · " + row.title()));
        results = new FrameStrip(editor, (shot, key) -> {
            close();
            onSelect.accept(shot, key);
        }, onSave);
        results.show(row, made == null ? new ShotFrames(row.id(), null, java.util.List.of()) : made);
        if (made == null || made.results().isEmpty()) {
            results.status.setText("Not generated yet: generate the shot from the list to get results to choose from.");
        }
        add(results);
        getFooter().add(new Button("Close", click -> close()));
        setWidth("min(1100px, 95vw)");
    }
}
