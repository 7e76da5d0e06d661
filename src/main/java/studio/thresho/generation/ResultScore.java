package studio.thresho.generation;

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

/** The measured consistency of one result image and a user's rating of it ({@code result_scores}). */
@Entity
@Table(name = "result_scores")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class ResultScore extends AbstractTimestampedEntity {

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "generation_id", length = 36, nullable = false, updatable = false)
    private UUID generationId;

    @Column(name = "media_key", length = 64, nullable = false, updatable = false)
    private String mediaKey;

    @Column(name = "model", length = 120)
    private String model;

    @Column(name = "verdict", length = 24)
    private String verdict;

    @Column(name = "similarity")
    private Integer similarity;

    @Column(name = "consistent_below")
    private Double consistentBelow;

    @Column(name = "different_above")
    private Double differentAbove;

    @Column(name = "talents", columnDefinition = "longtext")
    private String talentsJson;

    @Column(name = "scored_at")
    private Instant scoredAt;

    @Column(name = "rating")
    private Integer rating;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "rated_by", length = 36)
    private UUID ratedBy;

    @Column(name = "rated_at")
    private Instant ratedAt;

    ResultScore(UUID generationId, String mediaKey) {
        this.generationId = generationId;
        this.mediaKey = mediaKey;
    }
}
