package studio.thresho.generation.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import studio.thresho.generation.ConsistencyVerdict;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.TalentScore;

/**
 * A result's measured consistency as a badge: similarity 0-100 and the verdict, each talent's
 * score and the thresholds on hover. Shown wherever results are: Generate, a generation's record,
 * a shot's frames and the storyboard.
 */
public class ConsistencyBadge extends Span {

    ConsistencyBadge(ResultReview review) {
        ConsistencyVerdict verdict = review.verdict();
        setText(review.similarity() == null ? verdict.label() : review.similarity() + " · " + verdict.label());
        getElement().getThemeList().add("badge " + switch (verdict) {
            case CONSISTENT -> "success";
            case DRIFTING -> "warning";
            case DIFFERENT_PERSON -> "error";
            case NO_FACE, NO_REFERENCE -> "contrast";
        });
        addClassName("consistency-badge");
        setTitle(review.talents().stream().map(ConsistencyBadge::describe).collect(Collectors.joining("\n"))
                + String.format(Locale.ROOT, "%nConsistent below face distance %.2f, different person above %.2f. Model: %s",
                        review.consistentBelow(), review.differentAbove(), review.model()));
    }

    /** The badge of a scored result; empty while it is not scored (or nobody was cast). */
    public static Optional<ConsistencyBadge> of(ResultReview review) {
        return review != null && review.scored() ? Optional.of(new ConsistencyBadge(review)) : Optional.empty();
    }

    private static String describe(TalentScore talent) {
        return talent.name() + ": " + (talent.similarity() == null ? talent.verdict().label()
                : String.format(Locale.ROOT, "%d (face distance %.2f), %s", talent.similarity(), talent.distance(), talent.verdict().label()));
    }
}
