package studio.thresho.asset.category;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import studio.thresho.base.AbstractTimestampedEntity;

@Entity
@Table(name = "asset_categories")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class AssetCategory extends AbstractTimestampedEntity {

    @Column(name = "name", nullable = false, length = CategoryRules.NAME_MAX_LENGTH)
    private String name;

    @Column(name = "slug", nullable = false, length = 80, updatable = false)
    private String slug;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "parent_id", length = 36)
    private UUID parentId;

    /** The category's own fields as JSON (a list of {@link FieldDefinition}). */
    @Column(name = "`schema`", columnDefinition = "longtext")
    private String schemaJson;

    @Column(name = "icon", length = 64)
    private String icon;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(name = "is_system", nullable = false, updatable = false)
    private boolean system;

    AssetCategory(String name, String slug, UUID parentId, String icon, int sortOrder) {
        this.name = name;
        this.slug = slug;
        this.parentId = parentId;
        this.icon = icon;
        this.sortOrder = sortOrder;
    }
}
