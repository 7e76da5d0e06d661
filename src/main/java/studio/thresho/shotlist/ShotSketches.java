package studio.thresho.shotlist;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.provider.StoryboardSketches;

/**
 * The sketch a shot without a selected frame shows on the storyboard and in its PDF, drawn directly
 * by the offline storyboard renderer from the shot's text (no generation record, no job). The seed
 * comes from the shot's id, so a shot always shows the same sketch.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ShotSketches {

    private final StoryboardSketches sketches;

    ShotSketches(StoryboardSketches sketches) {
        this.sketches = sketches;
    }

    /** A PNG sketch of the shot. */
    public byte[] sketch(ShotRow row) {
        String title = "Shot " + row.label() + (row.title() == null ? "" : " \u00b7 " + row.title());
        String cast = row.cast().isEmpty() ? null : "With " + row.cast().stream().map(CastChip::name).collect(Collectors.joining(", "));
        String text = Stream.of(row.framing(), row.description(), cast).filter(Objects::nonNull).collect(Collectors.joining(". "));
        long seed = row.id().getMostSignificantBits() ^ row.id().getLeastSignificantBits();
        return sketches.sketch(title, text.isBlank() ? "No description yet." : text, Math.abs(seed % Integer.MAX_VALUE));
    }
}
