package studio.thresho.generation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ResultScoreRepository extends JpaRepository<ResultScore, UUID> {

    /** Succeeded image generations with a talent cast and at least one result. */
    String SCORABLE = """
            FROM generation_records g
            WHERE g.status = 'succeeded' AND g.media_kind = 'image'
              AND g.results IS NOT NULL AND JSON_LENGTH(g.results) > 0
              AND JSON_SEARCH(g.asset_versions, 'one', 'talent', NULL, '$[*].role') IS NOT NULL
            """;
    String SCORED = " EXISTS (SELECT 1 FROM result_scores s WHERE s.generation_id = g.id AND s.scored_at IS NOT NULL)";

    Optional<ResultScore> findByGenerationIdAndMediaKey(UUID generationId, String mediaKey);

    /** A locking read: it sees the latest committed row, not the transaction's snapshot from before its generation was locked. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ResultScore s where s.generationId = :generationId and s.mediaKey = :mediaKey")
    Optional<ResultScore> findForUpdate(@org.springframework.data.repository.query.Param("generationId") UUID generationId,
                                        @org.springframework.data.repository.query.Param("mediaKey") String mediaKey);


    List<ResultScore> findByGenerationIdIn(Collection<UUID> generationIds);

    @Query(value = "SELECT g.id " + SCORABLE + " AND NOT" + SCORED + " ORDER BY g.completed_at, g.id LIMIT :limit", nativeQuery = true)
    List<String> findUnscoredGenerationIds(int limit);

    @Query(value = "SELECT COUNT(*) " + SCORABLE, nativeQuery = true)
    long countScorable();

    @Query(value = "SELECT COUNT(*) " + SCORABLE + " AND" + SCORED, nativeQuery = true)
    long countScored();

    @Query(value = """
            SELECT g.id FROM generation_records g
            WHERE g.project_id = :projectId
              AND EXISTS (SELECT 1 FROM result_scores s WHERE s.generation_id = g.id AND s.verdict IN ('drifting', 'different_person'))
            ORDER BY g.created_at DESC LIMIT :limit
            """, nativeQuery = true)
    List<String> findFlaggedGenerationIds(String projectId, int limit);
}
