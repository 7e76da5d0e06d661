package studio.thresho.shotlist;

import jakarta.persistence.LockModeType;
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

    /** Loads the shot holding its row until commit: two clicks on Generate never both find it idle. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Shot s where s.id = :id")
    Optional<Shot> findForGeneration(@Param("id") UUID id);
}
