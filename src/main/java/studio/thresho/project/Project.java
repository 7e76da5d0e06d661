package studio.thresho.project;

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
@Table(name = "projects")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class Project extends AbstractTimestampedEntity {

    @Column(name = "name", nullable = false, length = ProjectService.NAME_MAX_LENGTH)
    private String name;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    @Column(name = "archived", nullable = false)
    private boolean archived;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "created_by", length = 36)
    private UUID createdBy;

    Project(String name, String description, UUID createdBy) {
        this.name = name;
        this.description = description;
        this.createdBy = createdBy;
    }

    ProjectSummary toSummary() {
        return new ProjectSummary(getId(), name, description, archived);
    }
}
