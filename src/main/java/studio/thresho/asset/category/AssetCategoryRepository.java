package studio.thresho.asset.category;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssetCategoryRepository extends JpaRepository<AssetCategory, UUID> {

    List<AssetCategory> findAllByOrderBySortOrderAscNameAsc();

    boolean existsBySlug(String slug);

    boolean existsByParentId(UUID parentId);
}
