package studio.thresho.insight;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import studio.thresho.generation.ConsistencyVerdict;

/** Turns face distances into the verdicts and 0-100 similarities users see. */
final class Verdicts {

    /** The distance at which similarity reaches 0: twice dlib's same-person threshold. */
    static final double ZERO_SIMILARITY_DISTANCE = 1.2;
    /** From the most to the least worrying, for the verdict of a whole result. */
    private static final List<ConsistencyVerdict> SEVERITY = List.of(ConsistencyVerdict.DIFFERENT_PERSON,
            ConsistencyVerdict.DRIFTING, ConsistencyVerdict.NO_FACE, ConsistencyVerdict.CONSISTENT, ConsistencyVerdict.NO_REFERENCE);

    private Verdicts() {
    }

    static ConsistencyVerdict of(double distance, ScoringSettings settings) {
        if (distance < settings.consistentBelow()) {
            return ConsistencyVerdict.CONSISTENT;
        }
        return distance > settings.differentAbove() ? ConsistencyVerdict.DIFFERENT_PERSON : ConsistencyVerdict.DRIFTING;
    }

    /** 100 for identical faces, falling linearly to 0 at {@link #ZERO_SIMILARITY_DISTANCE}. */
    static int similarity(double distance) {
        return (int) Math.round(100 * Math.clamp(1 - distance / ZERO_SIMILARITY_DISTANCE, 0, 1));
    }

    static ConsistencyVerdict worst(Collection<ConsistencyVerdict> verdicts) {
        return verdicts.stream().min(Comparator.comparingInt(SEVERITY::indexOf)).orElse(ConsistencyVerdict.NO_REFERENCE);
    }
}
