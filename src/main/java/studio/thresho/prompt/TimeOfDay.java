package studio.thresho.prompt;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The environment schema's time-of-day choices, as labels and as they read inside a prompt. */
public enum TimeOfDay {
    DAWN("Dawn", "at dawn"),
    MORNING("Morning", "in the morning"),
    MIDDAY("Midday", "at midday"),
    AFTERNOON("Afternoon", "in the afternoon"),
    GOLDEN_HOUR("Golden Hour", "at golden hour"),
    DUSK("Dusk", "at dusk"),
    NIGHT("Night", "at night");

    private final String label;
    private final String phrase;

    TimeOfDay(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    public String label() {
        return label;
    }

    /** "at golden hour", "in the morning". */
    public String phrase() {
        return phrase;
    }

    /** Accepts the label in any case, and the stored form ("golden_hour") too. */
    public static Optional<TimeOfDay> ofLabel(String label) {
        if (label == null) {
            return Optional.empty();
        }
        String wanted = squeeze(label);
        return Arrays.stream(values()).filter(time -> squeeze(time.label).equals(wanted)).findFirst();
    }

    private static String squeeze(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
