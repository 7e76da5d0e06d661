package studio.thresho.brand;

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

/** A brand's voice in prompts: tokens, style descriptors and terms to avoid. */
@Entity
@Table(name = "brand_profiles")
@Getter
@Setter(AccessLevel.PACKAGE)
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class BrandProfile extends AbstractTimestampedEntity {

    /** Null: a studio-wide profile every project may use. */
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "project_id", length = 36)
    private UUID projectId;

    @Column(name = "name", length = BrandRules.NAME_MAX_LENGTH, nullable = false)
    private String name;

    @Column(name = "description", columnDefinition = "text")
    private String description;

    /** A JSON list of phrases. */
    @Column(name = "tokens", columnDefinition = "longtext")
    private String tokensJson;

    @Column(name = "style_descriptors", columnDefinition = "text")
    private String styleDescriptors;

    @Column(name = "negative_prompt", columnDefinition = "text")
    private String negativeTerms;

    BrandProfile(UUID projectId, String name) {
        this.projectId = projectId;
        this.name = name;
    }
}
