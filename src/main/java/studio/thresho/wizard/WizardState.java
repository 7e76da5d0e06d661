package studio.thresho.wizard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.asset.SheetSlot;

/**
 * What a session holds beyond the spec's columns, stored as JSON: the brief, the headshot options
 * (each a generation record; the current batch is what the page shows), the locked headshot, each
 * sheet view's attempts (oldest first, the last one current) and whether the user dropped it, and
 * the profile. Lists and maps are copied on every change, never shared.
 *
 * @param headshots       every headshot generation of the session, oldest first
 * @param headshotBatch   the options on show (the last "Regenerate all" or "More like this one")
 * @param descriptionNote where the proposed physical description comes from, for step 4
 */
record WizardState(WizardBrief brief, List<UUID> headshots, List<UUID> headshotBatch, UUID chosenHeadshot, Map<SheetSlot, ViewTrack> views,
                   WizardProfile profile, String descriptionNote, boolean global) {

    WizardState {
        headshots = headshots == null ? List.of() : List.copyOf(headshots);
        headshotBatch = headshotBatch == null ? List.of() : List.copyOf(headshotBatch);
        views = views == null ? Map.of() : Map.copyOf(views);
        profile = profile == null ? WizardProfile.empty() : profile;
    }

    /** One view of the sheet: its generations, oldest first, and whether the user dropped it. */
    record ViewTrack(List<UUID> attempts, boolean dropped) {

        ViewTrack {
            attempts = attempts == null ? List.of() : List.copyOf(attempts);
        }

        UUID current() {
            return attempts.isEmpty() ? null : attempts.getLast();
        }
    }

    static WizardState of(WizardBrief brief) {
        return new WizardState(brief, List.of(), List.of(), null, Map.of(), null, null, false);
    }

    WizardState withBrief(WizardBrief changed) {
        return new WizardState(changed, headshots, headshotBatch, chosenHeadshot, views, profile, descriptionNote, global);
    }

    WizardState withHeadshotBatch(List<UUID> batch) {
        List<UUID> all = new ArrayList<>(headshots);
        all.addAll(batch);
        return new WizardState(brief, all, batch, chosenHeadshot, views, profile, descriptionNote, global);
    }

    WizardState withChosenHeadshot(UUID chosen) {
        // a new headshot makes the sheet made from the previous one stale
        boolean changed = chosenHeadshot != null && !chosenHeadshot.equals(chosen);
        return new WizardState(brief, headshots, headshotBatch, chosen, changed ? Map.of() : views, profile, descriptionNote, global);
    }

    WizardState withAttempt(SheetSlot slot, UUID generation) {
        Map<SheetSlot, ViewTrack> next = new LinkedHashMap<>(views);
        ViewTrack track = next.getOrDefault(slot, new ViewTrack(List.of(), false));
        List<UUID> attempts = new ArrayList<>(track.attempts());
        attempts.add(generation);
        next.put(slot, new ViewTrack(attempts, false));
        return new WizardState(brief, headshots, headshotBatch, chosenHeadshot, next, profile, descriptionNote, global);
    }

    WizardState withDropped(SheetSlot slot, boolean dropped) {
        Map<SheetSlot, ViewTrack> next = new LinkedHashMap<>(views);
        ViewTrack track = next.getOrDefault(slot, new ViewTrack(List.of(), false));
        next.put(slot, new ViewTrack(track.attempts(), dropped));
        return new WizardState(brief, headshots, headshotBatch, chosenHeadshot, next, profile, descriptionNote, global);
    }

    WizardState withProfile(WizardProfile changed, String note) {
        return new WizardState(brief, headshots, headshotBatch, chosenHeadshot, views, changed, note, global);
    }

    WizardState withGlobal(boolean toGlobal) {
        return new WizardState(brief, headshots, headshotBatch, chosenHeadshot, views, profile, descriptionNote, toGlobal);
    }

    /** Every generation of the session: the headshots, then each view's attempts. */
    List<UUID> generations() {
        List<UUID> all = new ArrayList<>(headshots);
        views.values().forEach(track -> all.addAll(track.attempts()));
        return all;
    }
}
