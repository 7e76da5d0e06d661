package studio.thresho.asset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.Role;

/**
 * Operations on many assets at once. Each asset is changed in its own transaction through the
 * same service methods as a single change, so the same rules apply; what one asset refuses does
 * not stop the others, and the report says which were done and why others were refused.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class AssetBulkService {

    private final AssetService assets;
    private final AssetLifecycleService lifecycle;
    private final AssetScopeService scopes;

    AssetBulkService(AssetService assets, AssetLifecycleService lifecycle, AssetScopeService scopes) {
        this.assets = assets;
        this.lifecycle = lifecycle;
        this.scopes = scopes;
    }

    public BulkReport addTags(Collection<UUID> lineageIds, List<String> tags) {
        List<String> added = AssetRules.normaliseTags(tags);
        return each("Add tags", lineageIds, asset -> {
            Set<String> all = new LinkedHashSet<>(asset.tags());
            all.addAll(added);
            return save(asset, asset.categoryId(), new ArrayList<>(all));
        });
    }

    public BulkReport removeTags(Collection<UUID> lineageIds, List<String> tags) {
        List<String> removed = AssetRules.normaliseTags(tags);
        return each("Remove tags", lineageIds, asset -> save(asset, asset.categoryId(),
                asset.tags().stream().filter(tag -> !removed.contains(tag)).toList()));
    }

    public BulkReport moveToCategory(Collection<UUID> lineageIds, UUID categoryId) {
        return each("Move to category", lineageIds, asset -> save(asset, categoryId, asset.tags()));
    }

    public BulkReport promoteToGlobal(Collection<UUID> lineageIds) {
        return each("Promote to global", lineageIds, asset -> {
            AssetScopeService.Promotion promotion = scopes.promoteToGlobal(asset.lineageId());
            return promotion.slugChanged() ? "slug is now " + promotion.asset().slug() : null;
        });
    }

    public BulkReport delete(Collection<UUID> lineageIds) {
        return each("Delete", lineageIds, asset -> {
            lifecycle.delete(asset.lineageId());
            return null;
        });
    }

    private String save(AssetDetail asset, UUID categoryId, List<String> tags) {
        assets.save(new AssetDraft(asset.lineageId(), asset.lockVersion(), categoryId, asset.name(), null, false, asset.source(),
                tags, asset.values()));
        return null;
    }

    /** Runs the change for each asset; the function returns a note for a done asset, or null. */
    private BulkReport each(String action, Collection<UUID> lineageIds, Function<AssetDetail, String> change) {
        List<BulkReport.Outcome> outcomes = new ArrayList<>();
        for (UUID id : lineageIds) {
            String name = id.toString();
            try {
                AssetDetail asset = assets.get(id);
                name = asset.name();
                outcomes.add(new BulkReport.Outcome(id, name, true, change.apply(asset)));
            } catch (UserFacingException refused) {
                outcomes.add(new BulkReport.Outcome(id, name, false, refused.getMessage()));
            } catch (org.springframework.dao.OptimisticLockingFailureException changed) {
                outcomes.add(new BulkReport.Outcome(id, name, false, "changed by someone else meanwhile; try it again"));
            }
        }
        return new BulkReport(action, outcomes);
    }
}
