package studio.thresho.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import studio.thresho.insight.TalentConsistency;

/** The time axis of the Insights charts, drawn without a browser. */
class ChartsTest {

    private static String drawn(Svg svg) {
        return svg.getElement().getProperty("innerHTML", "") + svg.getElement().getOuterHTML();
    }

    @Test
    void resultsMadeSecondsApartGetHourLabelsNotMilliseconds() {
        Instant now = Instant.parse("2026-12-02T03:21:17Z");
        TalentConsistency talent = new TalentConsistency(UUID.randomUUID(), "Eileen", 80, 3, "midjourney", List.of(
                new TalentConsistency.Point(now, 91, "midjourney", "1.0.0", false),
                new TalentConsistency.Point(now.plusMillis(500), 42, "midjourney", "1.0.0", true),
                new TalentConsistency.Point(now.plusSeconds(1), 88, "midjourney", "1.0.0", false)));

        String svg = drawn(Charts.consistency(talent, TalentConsistency.Point::providerId));

        assertThat(svg).doesNotContainPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}").containsPattern(">\\d\\d:00<");
    }

    @Test
    void resultsMonthsApartGetDateLabels() {
        Instant start = Instant.parse("2026-09-01T10:00:00Z");
        TalentConsistency talent = new TalentConsistency(UUID.randomUUID(), "Marcus", 80, 2, "bfl", List.of(
                new TalentConsistency.Point(start, 91, "bfl", "1.0.0", false),
                new TalentConsistency.Point(start.plusSeconds(86_400L * 90), 85, "bfl", "2.0.0", false)));

        String svg = drawn(Charts.consistency(talent, TalentConsistency.Point::version));

        assertThat(svg).doesNotContainPattern("\\d\\d:\\d\\d:\\d\\d").containsPattern(">(\\d{1,2} \\w{3}|\\w{3} 2026)<");
    }
}
