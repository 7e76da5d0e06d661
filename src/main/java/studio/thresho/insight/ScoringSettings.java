package studio.thresho.insight;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thresholds and pace of consistency scoring ({@code thresho.insight.*}). The thresholds are face
 * distances: dlib's model puts photos of one person below 0.6; studios should calibrate them on
 * their own talents and styles.
 *
 * @param consistentBelow a talent closer than this to its reference face is consistent
 * @param differentAbove  farther than this it is a different person; in between it is drifting
 * @param sweepInterval   how often the backfill looks for results not scored yet
 * @param sweepBatch      how many generations one sweep queues
 */
@ConfigurationProperties("thresho.insight")
public record ScoringSettings(@DefaultValue("0.5") double consistentBelow, @DefaultValue("0.6") double differentAbove,
                              @DefaultValue("30s") Duration sweepInterval, @DefaultValue("20") int sweepBatch) {

    public ScoringSettings {
        if (consistentBelow <= 0 || differentAbove < consistentBelow) {
            throw new IllegalArgumentException("thresho.insight: need 0 < consistent-below <= different-above, got "
                    + consistentBelow + " and " + differentAbove);
        }
        if (sweepBatch < 1) {
            throw new IllegalArgumentException("thresho.insight.sweep-batch must be at least 1");
        }
    }
}
