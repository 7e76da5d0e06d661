package studio.thresho.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.asset.ConsistencyService;
import studio.thresho.asset.ConsistencySettings;
import studio.thresho.asset.PromptFragment;
import studio.thresho.asset.PromptFragmentService;
import studio.thresho.brand.BrandProfileService;
import studio.thresho.brand.BrandProfileView;

/**
 * What planning reads from the library, each thing read once: a batch of plans (a shot list's 200
 * shots casting the same three people) reads each asset version, consistency setting, brand and
 * fragment list once instead of once per plan. Lives only as long as one batch or one plan.
 */
final class PlanLookups {

    private final AssetVersionService versions;
    private final ConsistencyService consistency;
    private final BrandProfileService brands;
    private final PromptFragmentService fragments;
    private final Map<List<UUID>, AssetDetail> assets = new HashMap<>();
    private final Map<UUID, ConsistencySettings> settings = new HashMap<>();
    private final Map<UUID, Optional<BrandProfileView>> brandsById = new HashMap<>();
    private final Map<UUID, List<PromptFragment>> fragmentsByVersion = new HashMap<>();

    PlanLookups(AssetVersionService versions, ConsistencyService consistency, BrandProfileService brands, PromptFragmentService fragments) {
        this.versions = versions;
        this.consistency = consistency;
        this.brands = brands;
        this.fragments = fragments;
    }

    /** The pinned version, else the active one. */
    AssetDetail asset(UUID lineageId, UUID pinnedVersionId) {
        List<UUID> key = Arrays.asList(lineageId, pinnedVersionId);
        AssetDetail found = assets.get(key);
        if (found == null) {
            found = versions.resolve(lineageId, pinnedVersionId);
            assets.put(key, found);
        }
        return found;
    }

    ConsistencySettings consistency(UUID lineageId) {
        return settings.computeIfAbsent(lineageId, consistency::get);
    }

    Optional<Long> savedSeed(UUID lineageId, String providerId) {
        return Optional.ofNullable(consistency(lineageId).seeds().get(providerId));
    }

    Optional<BrandProfileView> brand(UUID brandProfileId) {
        return brandsById.computeIfAbsent(brandProfileId, brands::find);
    }

    /** The fragments of each version, the ones not read yet in one query. */
    Map<UUID, List<PromptFragment>> fragments(Collection<UUID> versionIds) {
        List<UUID> missing = versionIds.stream().filter(id -> !fragmentsByVersion.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<UUID, List<PromptFragment>> read = fragments.of(missing);
            missing.forEach(id -> fragmentsByVersion.put(id, read.getOrDefault(id, List.of())));
        }
        Map<UUID, List<PromptFragment>> wanted = new LinkedHashMap<>();
        versionIds.forEach(id -> {
            List<PromptFragment> found = fragmentsByVersion.get(id);
            if (!found.isEmpty()) {
                wanted.put(id, new ArrayList<>(found));
            }
        });
        return wanted;
    }
}
