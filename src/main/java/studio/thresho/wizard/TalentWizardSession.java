package studio.thresho.wizard;

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

/**
 * A wizard session ({@code talent_wizard_sessions}): the spec's columns, kept current for reports
 * and the media registry, and the wizard's full state as JSON.
 */
@Entity
@Table(name = "talent_wizard_sessions")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class TalentWizardSession extends AbstractTimestampedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "project_id", length = 36)
    private UUID projectId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "created_by", length = 36)
    private UUID createdBy;

    @Column(name = "status", length = 16, nullable = false)
    private String status = WizardStatus.STEP1.dbValue();

    @Column(name = "provider_id", length = 64)
    private String providerId;

    @Column(name = "description_input", columnDefinition = "text")
    private String descriptionInput;

    @Column(name = "inspiration_image_path", length = 255)
    private String inspirationImagePath;

    @Column(name = "selected_headshot_path", length = 255)
    private String selectedHeadshotPath;

    @Column(name = "headshot_seed", length = 64)
    private String headshotSeed;

    @Column(name = "character_sheet_paths", columnDefinition = "longtext")
    private String characterSheetPathsJson;

    @Column(name = "auto_description", columnDefinition = "text")
    private String autoDescription;

    @Column(name = "user_edits", columnDefinition = "longtext")
    private String userEditsJson;

    @Column(name = "state", columnDefinition = "longtext")
    private String stateJson;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "talent_lineage_id", length = 36)
    private UUID talentLineageId;

    @Column(name = "abandoned_at")
    private Instant abandonedAt;

    @Column(name = "cleaned_at")
    private Instant cleanedAt;

    TalentWizardSession(UUID projectId, UUID createdBy) {
        this.projectId = projectId;
        this.createdBy = createdBy;
    }

    WizardStatus status() {
        return WizardStatus.ofDbValue(status).orElseThrow(() -> new IllegalStateException("Unknown wizard status " + status));
    }

    void setStatus(WizardStatus next) {
        this.status = next.dbValue();
    }
}
