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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import studio.thresho.base.AbstractTimestampedEntity;

/** One version of an asset: a row of {@code assets_library}. */
@Entity
@Table(name = "assets_library")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AssetVersion extends AbstractTimestampedEntity {

    static final String FIRST_VERSION = "1.0.0";

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "lineage_id", length = 36, nullable = false, updatable = false)
    private UUID lineageId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "category_id", length = 36, nullable = false)
    private UUID categoryId;

    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "project_id", length = 36)
    private UUID projectId;

    @Column(name = "name", length = AssetRules.NAME_MAX_LENGTH, nullable = false)
    private String name;

    @Column(name = "slug", length = 100, nullable = false)
    private String slug;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    /** Media key of the image that represents the asset in grids. */
    @Column(name = "primary_image_path", length = 255)
    private String primaryImagePath;

    @Column(name = "attributes", columnDefinition = "longtext", nullable = false)
    private String attributesJson = "{}";

    @Column(name = "tags", columnDefinition = "longtext")
    private String tagsJson;

    @Column(name = "source", length = 20)
    private String source;

    @Column(name = "is_draft", nullable = false)
    private boolean draft;

    @Column(name = "usage_count", nullable = false)
    private int usageCount;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    @Column(name = "version", length = 20, nullable = false)
    private String version = FIRST_VERSION;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "parent_version_id", length = 36)
    private UUID parentVersionId;

    @Column(name = "is_latest", nullable = false)
    private boolean latest = true;

    @Column(name = "version_notes", columnDefinition = "text")
    private String versionNotes;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "created_by", length = 36)
    private UUID createdBy;

    AssetVersion(UUID lineageId, UUID categoryId, UUID projectId, String name, String slug, UUID createdBy) {
        this.lineageId = lineageId;
        this.categoryId = categoryId;
        this.projectId = projectId;
        this.name = name;
        this.slug = slug;
        this.createdBy = createdBy;
    }
}
