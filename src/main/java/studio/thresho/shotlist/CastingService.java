package studio.thresho.shotlist;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.security.Role;

/**
 * Who and what is cast in each shot: a shot's slot, bulk casting into ticked shots, recasting one
 * talent by another, and the chips' context and version pins (FR-11.4). Every new chip is recorded
 * in the asset's usage history; every changed shot's lock moves on, so an editor holding the old
 * row is told.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class CastingService {

    private final ShotRepository shots;
    private final ShotListRepository lists;
    private final ShotService rows;
    private final CastStore casts;
    private final CastUsage usage;
    private final AssetVersionService versions;

    CastingService(ShotRepository shots, ShotListRepository lists, ShotService rows, CastStore casts, CastUsage usage,
                   AssetVersionService versions) {
        this.shots = shots;
        this.lists = lists;
        this.rows = rows;
        this.casts = casts;
        this.usage = usage;
        this.versions = versions;
    }

    /** Replaces what one shot casts in a slot by the picks (as the asset selector confirmed them), keeping chips still picked. */
    @Transactional
    public ShotRow castSlot(UUID shotId, Slot slot, List<PlanPick> picks) {
        CastTarget target = target(shotId);
        List<StoredCast> current = casts.ofShot(shotId).stream().filter(cast -> cast.slot() == slot).toList();
        for (StoredCast cast : current) {
            if (picks.stream().noneMatch(pick -> pick.lineageId().equals(cast.lineageId()))) {
                casts.delete(cast.id());
            }
        }
        for (PlanPick pick : picks) {
            checkSlot(pick, slot);
            current.stream().filter(cast -> cast.lineageId().equals(pick.lineageId())).findFirst().ifPresentOrElse(cast -> {
                casts.pin(cast.id(), pick.pinnedVersionId());
                casts.setContext(cast.id(), ShotTexts.context(pick.context()));
            }, () -> add(target, pick));
        }
        checkLimits(target);
        return rows.row(shotId);
    }

    /**
     * Casts the picks into every given shot: talent and props join what the shot casts (an asset
     * already cast keeps its own context), an environment, lighting, camera or style replaces the
     * shot's. Returns how many chips were added.
     */
    @Transactional
    public int bulkCast(Collection<UUID> shotIds, List<PlanPick> picks) {
        if (shotIds.isEmpty()) {
            throw new UserFacingException("Tick the shots to cast first.");
        }
        int added = 0;
        for (UUID shotId : shotIds) {
            CastTarget target = target(shotId);
            List<StoredCast> current = casts.ofShot(shotId);
            for (PlanPick pick : picks) {
                if (!pick.slot().multiple()) {
                    current.stream().filter(cast -> cast.slot() == pick.slot() && !cast.lineageId().equals(pick.lineageId()))
                            .forEach(cast -> casts.delete(cast.id()));
                }
                if (current.stream().noneMatch(cast -> cast.slot() == pick.slot() && cast.lineageId().equals(pick.lineageId()))) {
                    add(target, pick);
                    added++;
                }
            }
            checkLimits(target);
        }
        return added;
    }

    /** The shots of the list (or only those given) that cast {@code from} and would cast {@code to} instead. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public RecastPreview previewRecast(UUID listId, UUID from, UUID to, Collection<UUID> onlyShots) {
        if (from.equals(to)) {
            throw new UserFacingException("Choose someone else to recast with.");
        }
        List<ShotRow> changing = rows.rows(listId).stream().filter(row -> onlyShots == null || onlyShots.isEmpty()
                || onlyShots.contains(row.id())).filter(row -> row.casts(from)).toList();
        return new RecastPreview(versions.resolve(from, null).name(), versions.resolve(to, null).name(), changing);
    }

    /**
     * Replaces {@code from} by {@code to} in the shots the preview listed, keeping each shot's
     * context for the part; the new chip follows {@code to}'s active version. Returns the shots changed.
     */
    @Transactional
    public int recast(UUID listId, UUID from, UUID to, Collection<UUID> onlyShots) {
        RecastPreview preview = previewRecast(listId, from, to, onlyShots);
        for (ShotRow row : preview.changing()) {
            CastTarget target = target(row.id());
            List<StoredCast> current = casts.ofShot(row.id());
            for (StoredCast cast : current.stream().filter(cast -> cast.lineageId().equals(from)).toList()) {
                boolean alreadyCast = current.stream().anyMatch(other -> other.slot() == cast.slot() && other.lineageId().equals(to));
                casts.delete(cast.id());
                if (!alreadyCast) {
                    StoredCast recast = new StoredCast(UUID.randomUUID(), row.id(), cast.slot(), cast.sortOrder(), to, null, cast.context());
                    casts.insert(recast);
                    usage.cast(recast, target.listName(), target.label());
                }
            }
        }
        return preview.changing().size();
    }

    /** Pins a chip to an exact version of its asset, or with null lets it follow the active version again. */
    @Transactional
    public void pin(UUID castId, UUID versionId) {
        StoredCast cast = casts.get(castId);
        if (versionId != null) {
            versions.resolve(cast.lineageId(), versionId);
        }
        target(cast.shotId());
        casts.pin(castId, versionId);
    }

    /** Locks a list for continuity: every chip that follows the active version is pinned to it. Returns the chips pinned. */
    @Transactional
    public int pinAll(UUID listId) {
        int pinned = 0;
        for (ShotRow row : rows.rows(listId)) {
            List<CastChip> following = row.cast().stream().filter(chip -> !chip.pinned()).toList();
            if (!following.isEmpty()) {
                target(row.id());
                following.forEach(chip -> casts.pin(chip.id(), chip.activeVersionId()));
                pinned += following.size();
            }
        }
        return pinned;
    }

    /**
     * Moves pins that are no longer the active version to the active one: the chips given, or with
     * null every such chip of the list. Returns the chips updated.
     */
    @Transactional
    public int updatePins(UUID listId, Collection<UUID> onlyChips) {
        int updated = 0;
        for (ShotRow row : rows.rows(listId)) {
            List<CastChip> outdated = row.cast().stream().filter(CastChip::pinOutdated)
                    .filter(chip -> onlyChips == null || onlyChips.contains(chip.id())).toList();
            if (!outdated.isEmpty()) {
                target(row.id());
                outdated.forEach(chip -> casts.pin(chip.id(), chip.activeVersionId()));
                updated += outdated.size();
            }
        }
        return updated;
    }

    /** Sets what the asset does or how it appears in this shot (FR-6.2). */
    @Transactional
    public void setContext(UUID castId, Map<String, String> context) {
        StoredCast cast = casts.get(castId);
        target(cast.shotId());
        casts.setContext(castId, ShotTexts.context(context));
    }

    @Transactional
    public void remove(UUID castId) {
        StoredCast cast = casts.get(castId);
        target(cast.shotId());
        casts.delete(castId);
    }

    private void add(CastTarget target, PlanPick pick) {
        int order = (int) casts.ofShot(target.shotId()).stream().filter(cast -> cast.slot() == pick.slot()).count();
        StoredCast cast = new StoredCast(UUID.randomUUID(), target.shotId(), pick.slot(), order, pick.lineageId(), pick.pinnedVersionId(),
                ShotTexts.context(pick.context()));
        casts.insert(cast);
        usage.cast(cast, target.listName(), target.label());
    }

    private void checkLimits(CastTarget target) {
        List<StoredCast> all = casts.ofShot(target.shotId());
        if (all.stream().filter(cast -> cast.slot() == Slot.TALENT).count() > ShotLimits.MAX_TALENTS) {
            throw new UserFacingException("Shot " + target.label() + " would cast more than " + ShotLimits.MAX_TALENTS
                    + " talents; a shot holds at most " + ShotLimits.MAX_TALENTS + ".");
        }
        if (all.stream().filter(cast -> cast.slot() == Slot.PROPS).count() > ShotLimits.MAX_PROPS) {
            throw new UserFacingException("Shot " + target.label() + " would cast more than " + ShotLimits.MAX_PROPS + " props.");
        }
    }

    private static void checkSlot(PlanPick pick, Slot slot) {
        if (pick.slot() != slot) {
            throw new UserFacingException("A " + pick.slot().label().toLowerCase() + " cannot be cast as " + slot.label().toLowerCase() + ".");
        }
    }

    /** The shot whose cast changes, its lock moved on, with the list name and label usage records keep. */
    private CastTarget target(UUID shotId) {
        Shot shot = shots.findForCastChange(shotId).orElseThrow(() -> new UserFacingException("That shot was deleted meanwhile."));
        ShotList list = lists.findById(shot.getShotListId()).orElseThrow();
        lists.touch(list.getId().toString());
        int position = (int) shots.countByShotListIdAndSortOrderLessThan(list.getId(), shot.getSortOrder()) + 1;
        return new CastTarget(shotId, list.getName(), ShotListService.label(shot, position));
    }

    private record CastTarget(UUID shotId, String listName, String label) {
    }

}
