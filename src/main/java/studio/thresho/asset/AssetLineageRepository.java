package studio.thresho.asset;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssetLineageRepository extends JpaRepository<AssetLineage, UUID> {

    boolean existsByScopeKeyAndSlug(String scopeKey, String slug);

    List<AssetLineage> findByArchivedFalse();
}
