package studio.thresho.generation;

import java.util.List;

/**
 * A result's consistency as measured by a face model, to keep with the generation.
 *
 * @param similarity      the lowest similarity among the talents (0-100), null when no face was compared
 * @param verdict         the worst verdict among the talents
 * @param consistentBelow face distance below which a talent counts as consistent
 * @param differentAbove  face distance above which a talent counts as a different person
 */
public record MeasuredScore(String mediaKey, String model, ConsistencyVerdict verdict, Integer similarity,
                            double consistentBelow, double differentAbove, List<TalentScore> talents) {

    public MeasuredScore {
        talents = List.copyOf(talents);
    }
}
