package studio.thresho.generation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;
import studio.thresho.base.AbstractTimestampedEntity;

/** One submission to a provider and its outcome, with the exact asset versions it used. */
@Entity
@Table(name = "generation_records")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class GenerationRecord extends AbstractTimestampedEntity {

    static final String IMAGE = "image";
    static final String VIDEO = "video";

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "project_id", length = 36)
    private UUID projectId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "shot_id", length = 36)
    private UUID shotId;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "brand_profile_id", length = 36)
    private UUID brandProfileId;

    /** The talent wizard session the generation belongs to, or null. */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "wizard_session_id", length = 36)
    private UUID wizardSessionId;

    @Column(name = "provider_id", length = 64, nullable = false)
    private String providerId;

    @Column(name = "model", length = 128)
    private String model;

    @Column(name = "media_kind", length = 8, nullable = false)
    private String mediaKind = "image";

    /** The prompt sent: the assembled one, or the user's edit of it. */
    @Column(name = "prompt", columnDefinition = "text", nullable = false)
    private String prompt;

    @Column(name = "assembled_prompt", columnDefinition = "text")
    private String assembledPrompt;

    @Column(name = "negative_prompt", columnDefinition = "text")
    private String negativePrompt;

    @Column(name = "parameters", columnDefinition = "longtext")
    private String parametersJson;

    @Column(name = "asset_versions", columnDefinition = "longtext")
    private String assetVersionsJson;

    @Column(name = "references_sent", columnDefinition = "longtext")
    private String referencesJson;

    /** What the user has to do for a provider without an API (the Midjourney command). */
    @Column(name = "provider_instructions", columnDefinition = "text")
    private String providerInstructions;

    @Column(name = "status", length = 24, nullable = false)
    private String status = GenerationStatus.QUEUED.dbValue();

    @Column(name = "progress")
    private Integer progress;

    @Column(name = "external_id", length = 255)
    private String externalId;

    @Column(name = "seed")
    private Long seed;

    @Column(name = "error_message", columnDefinition = "text")
    private String errorMessage;

    @Column(name = "results", columnDefinition = "longtext")
    private String resultsJson;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "created_by", length = 36)
    private UUID createdBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Transient
    @Getter(AccessLevel.NONE)
    private final transient List<Object> events = new ArrayList<>();

    GenerationRecord(UUID projectId, String providerId, String prompt, UUID createdBy) {
        this.projectId = projectId;
        this.providerId = providerId;
        this.prompt = prompt;
        this.createdBy = createdBy;
    }

    GenerationStatus status() {
        return GenerationStatus.ofDbValue(status);
    }

    void setStatus(GenerationStatus status) {
        if (status == GenerationStatus.SUCCEEDED && status() != GenerationStatus.SUCCEEDED) {
            events.add(new GenerationCompleted(getId()));
        }
        this.status = status.dbValue();
    }

    /** Published by Spring Data when the record is saved. */
    @DomainEvents
    List<Object> domainEvents() {
        return List.copyOf(events);
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        events.clear();
    }
}
