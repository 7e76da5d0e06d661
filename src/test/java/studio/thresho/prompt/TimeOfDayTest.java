package studio.thresho.prompt;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The environment schema's time-of-day choices. */
class TimeOfDayTest {

    @Test
    void hasTheSchemasChoicesInOrder() {
        assertThat(TimeOfDay.values()).extracting(TimeOfDay::label)
                .containsExactly("Dawn", "Morning", "Midday", "Afternoon", "Golden Hour", "Dusk", "Night");
    }

    @Test
    void readsLabelsInAnyCaseAndTheStoredForm() {
        assertThat(TimeOfDay.ofLabel("Golden Hour")).contains(TimeOfDay.GOLDEN_HOUR);
        assertThat(TimeOfDay.ofLabel("golden_hour")).contains(TimeOfDay.GOLDEN_HOUR);
        assertThat(TimeOfDay.ofLabel("NIGHT")).contains(TimeOfDay.NIGHT);
        assertThat(TimeOfDay.ofLabel("teatime")).isEmpty();
        assertThat(TimeOfDay.ofLabel(null)).isEmpty();
    }
}
