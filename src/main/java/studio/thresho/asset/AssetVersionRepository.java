package studio.thresho.asset;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssetVersionRepository extends JpaRepository<AssetVersion, UUID> {

    List<AssetVersion> findByLineageId(UUID lineageId);

    @Query("select v.tagsJson from AssetVersion v where v.latest = true and v.tagsJson is not null")
    List<String> latestTags();
}
