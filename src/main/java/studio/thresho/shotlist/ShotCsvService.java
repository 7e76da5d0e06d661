package studio.thresho.shotlist;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.AssetService;
import studio.thresho.asset.AssetSummary;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.security.Role;

/**
 * Shot rows to and from CSV for producers who keep lists in spreadsheets. Names are matched to the
 * library, the project's first and then the global one; a row naming an unknown asset is reported
 * with its line and nothing of the file is imported.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class ShotCsvService {

    private final ShotService shots;
    private final CastingService casting;
    private final ShotListService lists;
    private final AssetService assets;

    ShotCsvService(ShotService shots, CastingService casting, ShotListService lists, AssetService assets) {
        this.shots = shots;
        this.casting = casting;
        this.lists = lists;
        this.assets = assets;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] export(UUID listId) {
        return ShotCsv.write(shots.rows(listId)).getBytes(StandardCharsets.UTF_8);
    }

    /** Appends the file's rows to the list, all or nothing. Returns how many shots were added. */
    @Transactional(rollbackFor = Exception.class)
    public int importRows(UUID listId, byte[] file) {
        ShotListSummary list = lists.get(listId);
        int room = ShotLimits.MAX_SHOTS - list.shotCount();
        List<CsvShot> read = ShotCsv.read(file, Math.max(room, 0));
        Map<Slot, Map<String, UUID>> library = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        List<List<PlanPick>> casts = new ArrayList<>();
        for (CsvShot shot : read) {
            List<PlanPick> picks = new ArrayList<>();
            shot.cast().forEach((slot, names) -> names.forEach(name -> {
                Optional<UUID> lineage = Optional.ofNullable(library.computeIfAbsent(slot, this::namesOf).get(key(name)));
                lineage.ifPresentOrElse(id -> picks.add(PlanPick.of(slot, id)), () -> unknown.add("Line " + shot.line() + ": no "
                        + slot.label().toLowerCase(Locale.ROOT) + " named \"" + name + "\" in the project or the global library."));
            }));
            casts.add(picks);
        }
        if (!unknown.isEmpty()) {
            throw new UserFacingException("Nothing was imported. " + String.join(" ", unknown));
        }
        long order = list.orderVersion();
        for (int i = 0; i < read.size(); i++) {
            ShotRow row = shots.add(listId, order++);
            shots.update(row.id(), row.lockVersion(), read.get(i).draft());
            if (!casts.get(i).isEmpty()) {
                casting.bulkCast(List.of(row.id()), casts.get(i));
            }
        }
        return read.size();
    }

    /** Names of the slot's assets (lower case) to their lineage; a project asset wins over a global one of the same name. */
    private Map<String, UUID> namesOf(Slot slot) {
        Map<String, UUID> names = new HashMap<>();
        assets.referenceChoices(slot.categorySlug()).stream().sorted(Comparator.comparing(AssetSummary::global).reversed())
                .forEach(asset -> names.put(key(asset.name()), asset.lineageId()));
        return names;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
