package studio.thresho.generation.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ScoringProgress;

/** Above the results: the flagged-for-review filter, the backfill's progress, and what the scores mean. */
final class ConsistencyToolbar {

    /** A result still unscored this long after its generation finished is not waited for (its job retries later). */
    static final Duration SCORING_WAIT = Duration.ofMinutes(10);

    private ConsistencyToolbar() {
    }

    static Div create(Checkbox flaggedOnly, ScoringProgress progress) {
        Div bar = new Div(flaggedOnly);
        if (!progress.complete()) {
            Span backfill = new Span("Consistency scoring in the background: " + progress.scored() + " of " + progress.total()
                    + " generations with a cast talent scored");
            backfill.addClassName("scoring-progress");
            bar.add(backfill);
        }
        bar.add(ConsistencyNote.create());
        bar.addClassName("consistency-toolbar");
        return bar;
    }

    /** Whether a score for this generation is still to come, so the page keeps polling for it. */
    static boolean awaitsScore(GenerationView generation, Map<String, ResultReview> reviews) {
        boolean talentCast = generation.assets().stream().anyMatch(asset -> "talent".equals(asset.role()));
        boolean recent = generation.completedAt() != null && generation.completedAt().isAfter(Instant.now().minus(SCORING_WAIT));
        boolean unscored = generation.results().stream().filter(image -> !image.video())
                .anyMatch(image -> reviews == null || reviews.get(image.mediaKey()) == null || !reviews.get(image.mediaKey()).scored());
        return generation.status() == GenerationStatus.SUCCEEDED && talentCast && recent && unscored;
    }
}
