package studio.thresho.brand;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BrandProfileRepository extends JpaRepository<BrandProfile, UUID> {

    @Query("select b from BrandProfile b where b.projectId is null or b.projectId = :projectId order by b.name")
    List<BrandProfile> usableIn(@Param("projectId") UUID projectId);

    @Query("select b from BrandProfile b where b.projectId is null order by b.name")
    List<BrandProfile> studioWide();
}
