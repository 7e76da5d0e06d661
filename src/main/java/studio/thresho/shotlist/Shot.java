package studio.thresho.shotlist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import studio.thresho.base.AbstractTimestampedEntity;

/** One row of a shot list: its label, what happens and how it is framed; the cast is kept in {@code shot_casts}. */
@Entity
@Table(name = "shots")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Shot extends AbstractTimestampedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "shot_list_id", length = 36, nullable = false)
    private UUID shotListId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The producer's label ("1A"); null shows the position. */
    @Column(name = "shot_number", length = ShotLimits.LABEL_MAX_LENGTH)
    private String label;

    @Column(name = "title", length = ShotLimits.TITLE_MAX_LENGTH)
    private String title;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @Column(name = "shot_type", length = ShotLimits.FRAMING_MAX_LENGTH)
    private String framing;

    @Column(name = "camera_angle", length = ShotLimits.CAMERA_MAX_LENGTH)
    private String cameraAngle;

    @Column(name = "camera_movement", length = ShotLimits.CAMERA_MAX_LENGTH)
    private String cameraMovement;

    @Column(name = "duration_seconds", precision = 6, scale = 2)
    private BigDecimal durationSeconds;

    @Column(name = "aspect_ratio", length = ShotLimits.ASPECT_RATIO_MAX_LENGTH)
    private String aspectRatio;

    @Column(name = "notes", columnDefinition = "text")
    private String notes;

    @Column(name = "status", length = 16, nullable = false)
    private String status = ShotStatus.PLANNED.code();

    /** The media key of the result picked as the shot's frame; null until the producer picks one. */
    @Column(name = "selected_frame_key", length = 64)
    private String selectedFrameKey;

    Shot(UUID shotListId, int sortOrder) {
        this.shotListId = shotListId;
        this.sortOrder = sortOrder;
    }

    /** A copy of the fields (not the cast) for another position or list. */
    Shot copyTo(UUID listId, int position) {
        Shot copy = new Shot(listId, position);
        copy.label = label;
        copy.title = title;
        copy.description = description;
        copy.framing = framing;
        copy.cameraAngle = cameraAngle;
        copy.cameraMovement = cameraMovement;
        copy.durationSeconds = durationSeconds;
        copy.aspectRatio = aspectRatio;
        copy.notes = notes;
        copy.status = ShotStatus.PLANNED.code();
        return copy;
    }
}
