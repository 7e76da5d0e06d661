package studio.thresho.wizard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import studio.thresho.asset.SheetSlot;

/**
 * A wizard session as its page shows it, with the images read from their generations.
 *
 * @param headshots       the options on show
 * @param chosenHeadshot  the locked headshot, or null before the user chose
 * @param views           the 8 views in the sheet's order; a view not generated yet has no current image
 * @param descriptionNote where step 4's proposed physical description comes from
 * @param manual          the provider has no API (Midjourney): each image is a command to paste and the user's upload
 * @param linkWarning     for such a provider, why the headshot cannot travel with the commands; null when it can
 */
public record WizardSessionView(UUID id, WizardStatus status, UUID projectId, UUID createdBy, Instant createdAt, Instant updatedAt,
                                WizardBrief brief, String providerName, List<WizardImage> headshots, WizardImage chosenHeadshot,
                                List<SheetViewState> views, WizardProfile profile, String descriptionNote, boolean global,
                                UUID talentLineageId, boolean manual, String linkWarning) {

    public WizardSessionView {
        headshots = List.copyOf(headshots);
        views = List.copyOf(views);
    }

    /** The seed locked with the headshot, when the provider gave one. */
    public Long lockedSeed() {
        return chosenHeadshot == null ? null : chosenHeadshot.seed();
    }

    public long acceptedViews() {
        return views.stream().filter(SheetViewState::accepted).count();
    }

    public boolean sheetEnough() {
        return acceptedViews() >= SheetSlot.MIN_VIEWS;
    }

    /** Whether a result may arrive by itself (the page polls); an image waiting for the user's upload will not. */
    public boolean generating() {
        return headshots.stream().anyMatch(image -> image.running() && !image.awaitingUpload())
                || views.stream().anyMatch(view -> view.inFlight() > view.awaitingUpload());
    }

    public Optional<SheetViewState> view(SheetSlot slot) {
        return views.stream().filter(view -> view.slot() == slot).findFirst();
    }
}
