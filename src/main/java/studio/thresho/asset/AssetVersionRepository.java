package studio.thresho.asset;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.query.Param;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssetVersionRepository extends JpaRepository<AssetVersion, UUID> {

    List<AssetVersion> findByLineageId(UUID lineageId);

    List<AssetVersion> findByLineageIdOrderByCreatedAtDesc(UUID lineageId);

    Optional<AssetVersion> findByLineageIdAndVersion(UUID lineageId, String version);

    long countByLineageId(UUID lineageId);

    @Query("select v.tagsJson from AssetVersion v where v.latest = true and v.tagsJson is not null")
    List<String> latestTags();
}
