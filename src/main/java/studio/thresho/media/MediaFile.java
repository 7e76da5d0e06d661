package studio.thresho.media;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored file, keyed by the SHA-256 of its bytes. Never changes once written. */
@Entity
@Table(name = "media_files")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class MediaFile {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "media_kind", nullable = false, length = 8)
    private String mediaKind;

    @Column(name = "mime_type", nullable = false, length = 40)
    private String mimeType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(name = "width")
    private Integer width;

    @Column(name = "height")
    private Integer height;

    @Column(name = "derived_mime_type", length = 40)
    private String derivedMimeType;

    @Column(name = "original_filename", length = MediaLimits.MAX_FILENAME_LENGTH)
    private String originalFilename;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "created_by", length = 36)
    private UUID createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    StoredMedia toStoredMedia() {
        return new StoredMedia(sha256, mimeType, sizeBytes, width, height, originalFilename);
    }
}
