package studio.thresho.shotlist;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.GenerationPlan;
import studio.thresho.generation.GenerationPlanner;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.SeedChoice;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.Role;

/**
 * A shot as the generation planner takes it: its specification, its cast with context and pins,
 * the list's brand and provider. The planner is the one place that turns these into a prompt.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class ShotPlanningService {

    private final ShotService rows;
    private final ShotListRepository lists;
    private final GenerationPlanner planner;
    private final ProviderRegistry providers;

    ShotPlanningService(ShotService rows, ShotListRepository lists, GenerationPlanner planner, ProviderRegistry providers) {
        this.rows = rows;
        this.lists = lists;
        this.planner = planner;
        this.providers = providers;
    }

    /**
     * The request for one image of the shot with the list's provider (else the studio's default) and
     * brand. The seed is the first talent's kept seed for that provider (random when none is kept),
     * so every shot of the same person in a list starts from the same seed and references.
     */
    @Transactional(readOnly = true)
    public PlanRequest request(UUID shotId) {
        ShotRow row = rows.row(shotId);
        ShotList list = list(row.shotListId());
        return request(row, list, providerOf(list));
    }

    /** The requests of the named shots of the list (every shot when none are named), in the list's order, its rows read once. */
    @Transactional(readOnly = true)
    public List<PlanRequest> requests(UUID listId, Collection<UUID> shotIds) {
        ShotList list = list(listId);
        String provider = providerOf(list);
        Set<UUID> wanted = Set.copyOf(shotIds);
        return rows.rows(listId).stream().filter(row -> wanted.isEmpty() || wanted.contains(row.id()))
                .map(row -> request(row, list, provider)).toList();
    }

    /** What the shot's prompt and references would be now. */
    @Transactional(readOnly = true)
    public GenerationPlan plan(UUID shotId) {
        return planner.plan(request(shotId));
    }

    /** The plan of every shot of the list, by shot; each asset the shots share is read once. */
    @Transactional(readOnly = true)
    public Map<UUID, GenerationPlan> planAll(UUID listId) {
        GenerationPlanner.Batch planning = planner.batch();
        Map<UUID, GenerationPlan> plans = new LinkedHashMap<>();
        requests(listId, Set.of()).forEach(request -> plans.put(request.shotId(), planning.plan(request)));
        return plans;
    }

    /** The list's provider while it is configured, else the studio's default. */
    @Transactional(readOnly = true)
    public String providerOf(UUID listId) {
        return providerOf(list(listId));
    }

    private String providerOf(ShotList list) {
        return list.getDefaultProviderId() != null && providers.find(list.getDefaultProviderId()).isPresent()
                ? list.getDefaultProviderId() : providers.defaultProvider().id();
    }

    private ShotList list(UUID listId) {
        return lists.findById(listId).orElseThrow(() -> new UserFacingException("That shot list no longer exists."));
    }

    private static PlanRequest request(ShotRow row, ShotList list, String provider) {
        return new PlanRequest(provider, row.cast().stream().map(CastChip::planPick).toList(), row.spec(), list.getBrandProfileId(),
                row.aspectRatio(), 1, SeedChoice.SAVED, null, row.id(), Set.of());
    }
}
