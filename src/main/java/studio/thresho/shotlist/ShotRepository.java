package studio.thresho.shotlist;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ShotRepository extends JpaRepository<Shot, UUID> {

    List<Shot> findByShotListIdOrderBySortOrder(UUID shotListId);

    long countByShotListId(UUID shotListId);

    long countByShotListIdAndSortOrderLessThan(UUID shotListId, int sortOrder);

    /** Loads the shot and bumps its lock version at commit: its cast changed, so an editor holding the old row is told. */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select s from Shot s where s.id = :id")
    Optional<Shot> findForCastChange(@Param("id") UUID id);

    /**
     * Loads the shots holding their rows until commit, so two clicks on Generate never both find one
     * idle; in the order of their ids, so two batches over the same shots never deadlock.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Shot s where s.id in :ids order by s.id")
    List<Shot> lockForGeneration(@Param("ids") Collection<UUID> ids);
}
