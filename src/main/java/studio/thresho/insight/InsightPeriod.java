package studio.thresho.insight;

import java.time.Duration;
import java.time.Instant;

/** How far back a metric looks, and how its trend is bucketed. */
public enum InsightPeriod {
    DAYS_7("Last 7 days", 7, 1),
    DAYS_30("Last 30 days", 30, 5),
    DAYS_90("Last 90 days", 90, 7);

    private final String label;
    private final int days;
    private final int bucketDays;

    InsightPeriod(String label, int days, int bucketDays) {
        this.label = label;
        this.days = days;
        this.bucketDays = bucketDays;
    }

    public String label() {
        return label;
    }

    public Instant since(Instant now) {
        return now.minus(Duration.ofDays(days));
    }

    public Duration bucket() {
        return Duration.ofDays(bucketDays);
    }

    public int buckets() {
        return days / bucketDays;
    }
}
