package studio.thresho.shotlist;

import java.math.BigDecimal;

/** The editable fields of a shot row; blank texts are stored as none. */
public record ShotDraft(String label, String title, String description, String framing, String cameraAngle, String cameraMovement,
                        BigDecimal durationSeconds, String aspectRatio, String notes, ShotStatus status) {

    public static ShotDraft of(ShotRow row) {
        return new ShotDraft(row.customLabel(), row.title(), row.description(), row.framing(), row.cameraAngle(), row.cameraMovement(),
                row.durationSeconds(), row.aspectRatio(), row.notes(), row.status());
    }

    public ShotDraft withTitle(String newTitle) {
        return new ShotDraft(label, newTitle, description, framing, cameraAngle, cameraMovement, durationSeconds, aspectRatio, notes, status);
    }

    public ShotDraft withLabel(String newLabel) {
        return new ShotDraft(newLabel, title, description, framing, cameraAngle, cameraMovement, durationSeconds, aspectRatio, notes, status);
    }
}
