package studio.thresho.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import studio.thresho.base.AbstractEntity;

/** A reference image of one asset version. */
@Entity
@Table(name = "asset_images")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AssetImage extends AbstractEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "asset_id", length = 36, nullable = false, updatable = false)
    private UUID assetId;

    /** Media key (SHA-256) in the media store. */
    @Column(name = "image_path", length = 255, nullable = false)
    private String imagePath;

    @Column(name = "image_type", length = 20, nullable = false)
    private String imageType;

    @Column(name = "slot", length = 32)
    private String slot;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "caption", length = AssetRules.CAPTION_MAX_LENGTH)
    private String caption;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    AssetImage(UUID assetId, String imagePath, ImageType type, SheetSlot slot, int sortOrder, String caption) {
        this.assetId = assetId;
        this.imagePath = imagePath;
        this.imageType = type.dbValue();
        this.slot = slot == null ? null : slot.dbValue();
        this.sortOrder = sortOrder;
        this.caption = caption;
    }

    ImageType type() {
        return ImageType.ofDbValue(imageType).orElseThrow();
    }
}
