package studio.thresho.base;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Base of every entity: a UUID id assigned on construction (stored as CHAR(36)) and a
 * {@code lock_version} for optimistic locking. A null lock version marks a new entity, so Spring
 * Data persists instead of merging although the id is already set.
 */
@MappedSuperclass
public abstract class AbstractEntity {

    @Id
    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "id", length = 36, nullable = false, updatable = false)
    private UUID id = UUID.randomUUID();

    @Version
    @Column(name = "lock_version", nullable = false)
    private Long lockVersion;

    public UUID getId() {
        return id;
    }

    public Long getLockVersion() {
        return lockVersion;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return other instanceof AbstractEntity entity
                && org.hibernate.Hibernate.getClass(this) == org.hibernate.Hibernate.getClass(entity)
                && id.equals(entity.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
