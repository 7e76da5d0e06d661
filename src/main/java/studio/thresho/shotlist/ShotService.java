package studio.thresho.shotlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.AssetVersionService;
import studio.thresho.base.UserFacingException;
import studio.thresho.security.Role;

/**
 * The rows of a shot list: read them with their casts, add, insert, duplicate, delete, edit, and
 * reorder. Every change of the order names the order the editor saw ({@code expectedOrder}); when
 * someone else changed it first, the change is refused with a message and nothing is lost.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class ShotService {

    static final String ORDER_CHANGED = "Someone else changed the order of this list meanwhile; the list now shows their order. Try again.";

    private final ShotRepository shots;
    private final ShotListRepository lists;
    private final CastStore casts;
    private final CastUsage usage;
    private final AssetVersionService versions;
    private final JdbcTemplate jdbc;

    ShotService(ShotRepository shots, ShotListRepository lists, CastStore casts, CastUsage usage, AssetVersionService versions,
                JdbcTemplate jdbc) {
        this.shots = shots;
        this.lists = lists;
        this.casts = casts;
        this.usage = usage;
        this.versions = versions;
        this.jdbc = jdbc;
    }

    /** The rows in order, each with its cast. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ShotRow> rows(UUID listId) {
        return rowsOf(shots.findByShotListIdOrderBySortOrder(listId));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public ShotRow row(UUID shotId) {
        Shot shot = load(shotId);
        int position = (int) shots.countByShotListIdAndSortOrderLessThan(shot.getShotListId(), shot.getSortOrder()) + 1;
        ChipResolver resolver = new ChipResolver(versions);
        return rowOf(shot, position, casts.ofShot(shotId).stream().map(resolver::chip).toList());
    }

    /** A new empty row at the end. */
    @Transactional
    public ShotRow add(UUID listId, Long expectedOrder) {
        return insert(listId, Integer.MAX_VALUE, expectedOrder);
    }

    /** A new empty row at the 1-based {@code position}; the rows from there move down. */
    @Transactional
    public ShotRow insert(UUID listId, int position, Long expectedOrder) {
        ShotList list = lists.findById(listId).orElseThrow(() -> new UserFacingException("That shot list no longer exists."));
        advanceOrder(listId, expectedOrder);
        List<Shot> all = new ArrayList<>(shots.findByShotListIdOrderBySortOrder(listId));
        if (all.size() >= ShotLimits.MAX_SHOTS) {
            throw new UserFacingException(list.getName() + " already has " + ShotLimits.MAX_SHOTS + " shots, as many as a list holds.");
        }
        int index = Math.clamp(position - 1L, 0, all.size());
        Shot shot = shots.save(new Shot(listId, index));
        all.add(index, shot);
        renumber(all);
        return row(shot.getId());
    }

    /** A copy of the row with its cast, context and pins, right below it. */
    @Transactional
    public ShotRow duplicate(UUID shotId, Long expectedOrder) {
        Shot original = load(shotId);
        ShotList list = lists.findById(original.getShotListId()).orElseThrow();
        advanceOrder(list.getId(), expectedOrder);
        List<Shot> all = new ArrayList<>(shots.findByShotListIdOrderBySortOrder(list.getId()));
        if (all.size() >= ShotLimits.MAX_SHOTS) {
            throw new UserFacingException(list.getName() + " already has " + ShotLimits.MAX_SHOTS + " shots, as many as a list holds.");
        }
        int index = all.indexOf(original) + 1;
        Shot copy = shots.save(original.copyTo(list.getId(), index));
        all.add(index, copy);
        renumber(all);
        for (StoredCast cast : casts.ofShot(shotId)) {
            StoredCast copied = new StoredCast(UUID.randomUUID(), copy.getId(), cast.slot(), cast.sortOrder(), cast.lineageId(),
                    cast.pinnedVersionId(), cast.context());
            casts.insert(copied);
            usage.cast(copied, list.getName(), ShotListService.label(copy, index + 1));
        }
        return row(copy.getId());
    }

    @Transactional
    public void delete(UUID listId, Collection<UUID> shotIds, Long expectedOrder) {
        advanceOrder(listId, expectedOrder);
        List<Shot> all = new ArrayList<>(shots.findByShotListIdOrderBySortOrder(listId));
        Set<UUID> doomed = Set.copyOf(shotIds);
        List<Shot> removed = all.stream().filter(shot -> doomed.contains(shot.getId())).toList();
        shots.deleteAll(removed);
        shots.flush();
        all.removeAll(removed);
        renumber(all);
    }

    /** Saves a row's fields, unless someone else saved the row since {@code expectedLockVersion}. */
    @Transactional
    public ShotRow update(UUID shotId, long expectedLockVersion, ShotDraft draft) {
        Shot shot = load(shotId);
        if (!Objects.equals(shot.getLockVersion(), expectedLockVersion)) {
            throw new UserFacingException("Shot " + ShotListService.label(shot, shot.getSortOrder() + 1)
                    + " was changed by someone else meanwhile; the row now shows their changes.");
        }
        shot.setLabel(ShotTexts.optional("The label", draft.label(), ShotLimits.LABEL_MAX_LENGTH));
        shot.setTitle(ShotTexts.optional("The title", draft.title(), ShotLimits.TITLE_MAX_LENGTH));
        shot.setDescription(ShotTexts.optional("The description", draft.description(), ShotLimits.TEXT_MAX_LENGTH));
        shot.setFraming(ShotTexts.optional("The framing", draft.framing(), ShotLimits.FRAMING_MAX_LENGTH));
        shot.setCameraAngle(ShotTexts.optional("The camera angle", draft.cameraAngle(), ShotLimits.CAMERA_MAX_LENGTH));
        shot.setCameraMovement(ShotTexts.optional("The camera movement", draft.cameraMovement(), ShotLimits.CAMERA_MAX_LENGTH));
        shot.setDurationSeconds(ShotTexts.duration(draft.durationSeconds()));
        shot.setAspectRatio(ShotTexts.optional("The aspect ratio", draft.aspectRatio(), ShotLimits.ASPECT_RATIO_MAX_LENGTH));
        shot.setNotes(ShotTexts.optional("The notes", draft.notes(), ShotLimits.TEXT_MAX_LENGTH));
        shot.setStatus((draft.status() == null ? ShotStatus.PLANNED : draft.status()).code());
        shots.saveAndFlush(shot);
        lists.touch(shot.getShotListId().toString());
        return row(shotId);
    }

    /** Moves a row to the 1-based {@code position} (clamped to the list); Move up/down and drag use it too. */
    @Transactional
    public void moveTo(UUID shotId, int position, Long expectedOrder) {
        Shot shot = load(shotId);
        advanceOrder(shot.getShotListId(), expectedOrder);
        List<Shot> all = new ArrayList<>(shots.findByShotListIdOrderBySortOrder(shot.getShotListId()));
        all.remove(shot);
        all.add(Math.clamp(position - 1L, 0, all.size()), shot);
        renumber(all);
    }

    List<ShotRow> rowsOf(List<Shot> ordered) {
        ChipResolver resolver = new ChipResolver(versions);
        Map<UUID, List<CastChip>> chips = casts.ofShots(ordered.stream().map(Shot::getId).toList()).stream()
                .map(resolver::chip).collect(Collectors.groupingBy(CastChip::shotId));
        List<ShotRow> rows = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Shot shot = ordered.get(i);
            rows.add(rowOf(shot, i + 1, chips.getOrDefault(shot.getId(), List.of())));
        }
        return rows;
    }

    private static ShotRow rowOf(Shot shot, int position, List<CastChip> chips) {
        return new ShotRow(shot.getId(), shot.getShotListId(), position, shot.getLabel(), shot.getTitle(), shot.getDescription(),
                shot.getFraming(), shot.getCameraAngle(), shot.getCameraMovement(), shot.getDurationSeconds(), shot.getAspectRatio(),
                shot.getNotes(), ShotStatus.of(shot.getStatus()), Objects.requireNonNullElse(shot.getLockVersion(), 0L), chips);
    }

    private void advanceOrder(UUID listId, Long expectedOrder) {
        if (lists.advanceOrder(listId.toString(), expectedOrder) == 0) {
            throw new UserFacingException(lists.existsById(listId) ? ORDER_CHANGED : "That shot list no longer exists.");
        }
    }

    /** Positions move in SQL: a reorder must not bump the rows' own lock, or every open edit would be refused. */
    private void renumber(List<Shot> ordered) {
        shots.flush();
        List<Object[]> updates = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            updates.add(new Object[] {i, ordered.get(i).getId().toString()});
        }
        jdbc.batchUpdate("UPDATE shots SET sort_order = ? WHERE id = ?", updates);
    }

    private Shot load(UUID shotId) {
        return shots.findById(shotId).orElseThrow(() -> new UserFacingException("That shot was deleted meanwhile."));
    }
}
