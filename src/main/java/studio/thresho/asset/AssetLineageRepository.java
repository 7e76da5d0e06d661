package studio.thresho.asset;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssetLineageRepository extends JpaRepository<AssetLineage, UUID> {

    boolean existsByScopeKeyAndSlug(String scopeKey, String slug);

    Optional<AssetLineage> findByScopeKeyAndSlug(String scopeKey, String slug);

    /** Whether an asset of the library (project id or "global") is named so in its latest version. */
    @Query("select count(l) > 0 from AssetLineage l, AssetVersion v where v.id = l.latestVersionId and l.scopeKey = :scope and v.name = :name")
    boolean existsNamed(@Param("scope") String scopeKey, @Param("name") String name);

    /**
     * A page of cards in one query: rows of (lineage, its active version, how many versions it has),
     * for the lineages that have an active version.
     */
    @Query("""
            select l, v, (select count(x) from AssetVersion x where x.lineageId = l.id)
            from AssetLineage l, AssetVersion v where v.id = l.activeVersionId and l.id in :ids""")
    List<Object[]> cardsOf(@Param("ids") Collection<UUID> ids);

    /** The lineage, locked until the transaction ends: versions of one asset are created one after the other. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select l from AssetLineage l where l.id = :id")
    Optional<AssetLineage> findForUpdate(@Param("id") UUID id);
}
