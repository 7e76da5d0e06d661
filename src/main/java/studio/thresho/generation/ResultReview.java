package studio.thresho.generation;

import java.time.Instant;
import java.util.List;

/**
 * What is known of one result's consistency: the measured score (null fields until it is scored)
 * and the 1-5 rating a user gave (null until rated).
 */
public record ResultReview(String mediaKey, ConsistencyVerdict verdict, Integer similarity, String model,
                           Double consistentBelow, Double differentAbove, List<TalentScore> talents, Instant scoredAt,
                           Integer rating) {

    public boolean scored() {
        return scoredAt != null;
    }

    public boolean flagged() {
        return verdict != null && verdict.flagged();
    }
}
