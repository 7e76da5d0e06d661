package studio.thresho.wizard;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TalentWizardSessionRepository extends JpaRepository<TalentWizardSession, UUID> {

    /** The user's own sessions and those of the project, most recently changed first. */
    @Query("select s from TalentWizardSession s where (s.createdBy = :user or s.projectId = :project) and s.status in :statuses "
            + "order by s.updatedAt desc")
    List<TalentWizardSession> overview(@Param("user") UUID user, @Param("project") UUID project,
                                       @Param("statuses") Collection<String> statuses);

    @Modifying(flushAutomatically = true)
    @Query(value = "UPDATE talent_wizard_sessions SET character_sheet_paths = :paths, updated_at = UTC_TIMESTAMP(6) WHERE id = :id",
            nativeQuery = true)
    void mirrorResults(@Param("id") String id, @Param("paths") String paths);

    List<TalentWizardSession> findByStatusInAndUpdatedAtBefore(Collection<String> statuses, Instant before);

    List<TalentWizardSession> findByStatusAndAbandonedAtBeforeAndCleanedAtIsNull(String status, Instant before);
}
