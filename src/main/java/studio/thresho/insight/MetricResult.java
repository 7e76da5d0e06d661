package studio.thresho.insight;

import java.time.Instant;
import java.util.List;

/**
 * A metric over a period: its value (null without data), how many events or results it rests on,
 * a note beside it and its trend (one point per bucket, null where the bucket had no data).
 */
public record MetricResult(Metric metric, Double value, long sample, String note, List<Point> trend) {

    public record Point(Instant from, Double value) {
    }

    public boolean met() {
        return value != null && metric.met(value);
    }
}
