package studio.thresho.asset;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssetImageRepository extends JpaRepository<AssetImage, UUID> {

    List<AssetImage> findByAssetIdOrderBySortOrderAsc(UUID assetId);
}
