package studio.thresho.generation.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;

/** What the consistency badges measure and what they cannot say, beside the results. */
final class ConsistencyNote {

    static final String SUMMARY = "About consistency scores";

    private ConsistencyNote() {
    }

    static Details create() {
        Details note = new Details(SUMMARY,
                new Paragraph("Each result with a cast talent is compared with that talent's headshot (and character-sheet front face) "
                        + "of the exact version used, by a face-recognition model trained on photographs (dlib's ResNet). "
                        + "The score (0-100) measures how alike the two faces are to that model, nothing else: not likeness of "
                        + "outfit, hair styling or body."),
                new Paragraph("Stylised images (illustration, anime, heavy grading) score less reliably, and sketches often show no "
                        + "face the model can find. The thresholds behind Consistent, Drifting and Different person are settings: "
                        + "calibrate them on your own talents and styles. A score is never proof of anyone's identity; "
                        + "your rating beside it is what the team agreed."));
        note.addClassName("consistency-note");
        return note;
    }
}
