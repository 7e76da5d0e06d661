package studio.thresho.generation;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface GenerationRecordRepository extends JpaRepository<GenerationRecord, UUID>, JpaSpecificationExecutor<GenerationRecord> {

    List<GenerationRecord> findByCreatedAtGreaterThanEqual(java.time.Instant since);

    List<GenerationRecord> findByProjectIdAndCreatedAtGreaterThanEqual(UUID projectId, java.time.Instant since);

    /** The project's generations made outside a shot list and the talent wizard, newest first: the Generate page's own. */
    List<GenerationRecord> findByProjectIdAndShotIdIsNullAndWizardSessionIdIsNullOrderByCreatedAtDesc(UUID projectId, Pageable page);

    @Query("select distinct g.createdBy from GenerationRecord g where g.projectId = :projectId and g.createdBy is not null")
    List<UUID> creatorsIn(UUID projectId);
    long countByProjectIdAndProviderIdAndCreatedAtGreaterThanEqual(UUID projectId, String providerId, java.time.Instant since);
    List<GenerationRecord> findByShotIdInOrderByCreatedAt(java.util.Collection<UUID> shotIds);

    List<GenerationRecord> findByWizardSessionId(UUID wizardSessionId);

    /**
     * The record, locked until the transaction ends: a rating and the scoring job may reach a new
     * result at the same moment, and its score row is made by whichever comes first.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select g from GenerationRecord g where g.id = :id")
    Optional<GenerationRecord> findForUpdate(@Param("id") UUID id);
}
