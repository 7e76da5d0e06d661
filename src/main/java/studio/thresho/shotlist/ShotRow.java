package studio.thresho.shotlist;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import studio.thresho.generation.Slot;
import studio.thresho.prompt.ShotSpec;

/**
 * One shot row with its cast.
 *
 * @param position    1-based place in the list
 * @param customLabel the producer's label, or null to show the position
 */
public record ShotRow(UUID id, UUID shotListId, int position, String customLabel, String title, String description, String framing,
                      String cameraAngle, String cameraMovement, BigDecimal durationSeconds, String aspectRatio, String notes,
                      ShotStatus status, long lockVersion, List<CastChip> cast) {

    public ShotRow {
        cast = List.copyOf(cast);
    }

    /** "1A", or the position when the producer gave none. */
    public String label() {
        return customLabel == null ? String.valueOf(position) : customLabel;
    }

    /** The shot's specification as the prompt takes it. */
    public ShotSpec spec() {
        return new ShotSpec(framing, cameraAngle, cameraMovement, null,
                durationSeconds == null ? null : durationSeconds.intValue(), description);
    }

    public List<CastChip> castIn(Slot slot) {
        return cast.stream().filter(chip -> chip.slot() == slot).toList();
    }

    public boolean casts(UUID lineageId) {
        return cast.stream().anyMatch(chip -> chip.lineageId().equals(lineageId));
    }
}
