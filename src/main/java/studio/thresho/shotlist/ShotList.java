package studio.thresho.shotlist;

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

/** A campaign's shot list in a project; {@code orderVersion} guards the order of its rows. */
@Entity
@Table(name = "shot_lists")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ShotList extends AbstractTimestampedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "project_id", length = 36, nullable = false)
    private UUID projectId;

    @Column(name = "name", length = ShotLimits.NAME_MAX_LENGTH, nullable = false)
    private String name;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @Column(name = "status", length = 16, nullable = false)
    private String status = ShotListStatus.DRAFT.code();

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "brand_profile_id", length = 36)
    private UUID brandProfileId;

    @Column(name = "default_provider_id", length = 64)
    private String defaultProviderId;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @Column(name = "order_version", nullable = false)
    private long orderVersion;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "created_by", length = 36)
    private UUID createdBy;

    ShotList(UUID projectId, String name) {
        this.projectId = projectId;
        this.name = name;
    }

    void orderChanged() {
        orderVersion++;
    }
}
