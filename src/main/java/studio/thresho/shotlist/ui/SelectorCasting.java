package studio.thresho.shotlist.ui;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.Slot;
import studio.thresho.generation.ui.AssetSelectorDialog;
import studio.thresho.generation.ui.Pick;
import studio.thresho.shotlist.CastChip;
import studio.thresho.shotlist.CastingService;
import studio.thresho.shotlist.ShotRow;

/** Casting through the Generate page's asset selector: a shot's slot, or the ticked shots in bulk. */
final class SelectorCasting {

    private final AssetSelectorDialog.Services selector;
    private final CastingService casting;

    SelectorCasting(AssetSelectorDialog.Services selector, CastingService casting) {
        this.selector = selector;
        this.casting = casting;
    }

    AssetSelectorDialog.Services services() {
        return selector;
    }

    /** The selector with what the shot casts in the slot already ticked; confirming replaces the slot's cast. */
    AssetSelectorDialog forShot(ShotRow row, Slot slot, Runnable onDone) {
        List<CastChip> current = row.castIn(slot);
        List<Pick> picks = current.stream()
                .map(chip -> Pick.of(chip.planPick(), selector.versions().resolve(chip.lineageId(), chip.pinnedVersionId()))).toList();
        return new AssetSelectorDialog(slot, picks, selector, chosen -> {
            casting.castSlot(row.id(), slot, chosen.stream().map(pick -> keepingPin(pick, current)).toList());
            onDone.run();
        });
    }

    /** The selector for the ticked shots: talent and props join their cast, other slots replace it. */
    AssetSelectorDialog forShots(Set<UUID> shots, Slot slot, IntConsumer onDone) {
        return new AssetSelectorDialog(slot, List.of(), selector,
                chosen -> onDone.accept(casting.bulkCast(shots, chosen.stream().map(Pick::planned).toList())));
    }

    /** A chip pinned to the version the selector shows stays pinned, even when that version is the active one. */
    private static PlanPick keepingPin(Pick pick, List<CastChip> current) {
        PlanPick planned = pick.planned();
        boolean wasPinnedThere = current.stream().anyMatch(chip -> chip.lineageId().equals(pick.asset().lineageId())
                && pick.asset().versionId().equals(chip.pinnedVersionId()));
        return wasPinnedThere ? new PlanPick(planned.slot(), planned.lineageId(), pick.asset().versionId(), planned.context()) : planned;
    }
}
