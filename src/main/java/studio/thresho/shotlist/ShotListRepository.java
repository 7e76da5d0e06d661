package studio.thresho.shotlist;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ShotListRepository extends JpaRepository<ShotList, UUID> {

    List<ShotList> findByProjectIdOrderByName(UUID projectId);

    /** The list with its row locked, so that changes of its order are serialised. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from ShotList l where l.id = :id")
    Optional<ShotList> findForUpdate(@Param("id") UUID id);

    /**
     * Moves the order on when it is still the one the editor saw ({@code expected} null: whatever
     * it is); without touching the list's own lock, so a reorder never blocks a rename. 0: someone
     * else changed the order first.
     */
    @Modifying(flushAutomatically = true)
    @Query(value = "UPDATE shot_lists SET order_version = order_version + 1, updated_at = UTC_TIMESTAMP(6) "
            + "WHERE id = :id AND (:expected IS NULL OR order_version = :expected)", nativeQuery = true)
    int advanceOrder(@Param("id") String id, @Param("expected") Long expected);

    /** The list's last change moves with every change of its rows. */
    @Modifying(flushAutomatically = true)
    @Query(value = "UPDATE shot_lists SET updated_at = UTC_TIMESTAMP(6) WHERE id = :id", nativeQuery = true)
    void touch(@Param("id") String id);
}
