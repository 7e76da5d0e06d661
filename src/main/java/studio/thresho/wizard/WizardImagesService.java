package studio.thresho.wizard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.SheetSlot;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.GenerationAllowance;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.PlanPick;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.SeedChoice;
import studio.thresho.generation.Slot;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.Role;

/**
 * Steps 2 and 3: headshot options (all again, or more like a liked one), locking the chosen one
 * with its seed, then the 8 sheet views made from it with the provider's technique (FR-9.2):
 * the headshot goes as the character reference, which Flux takes as a reference image, OpenAI as
 * the input image of an edit and the offline storyboard as the sketch's reference; the locked seed
 * goes along (each regeneration of a view the next seed, so it visibly changes). Every image is a
 * generation through the planner, linked to the session; the session is saved with each.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class WizardImagesService {

    private static final String CHARACTER = "character";

    private final WizardSessions sessions;
    private final GenerationService generations;
    private final GenerationAllowance allowance;
    private final ProviderRegistry providers;

    WizardImagesService(WizardSessions sessions, GenerationService generations, GenerationAllowance allowance, ProviderRegistry providers) {
        this.sessions = sessions;
        this.generations = generations;
        this.allowance = allowance;
        this.providers = providers;
    }

    /** Step 2: a new set of options (the first, or "Regenerate all"), one generation each. */
    @Transactional
    public WizardSessionView generateHeadshots(UUID id, int options) {
        if (options < WizardLimits.MIN_HEADSHOTS || options > WizardLimits.MAX_HEADSHOTS) {
            throw new UserFacingException("The wizard makes " + WizardLimits.MIN_HEADSHOTS + " to " + WizardLimits.MAX_HEADSHOTS
                    + " headshot options at once.");
        }
        TalentWizardSession session = sessions.requireOpen(id);
        WizardState state = sessions.state(session);
        checkHeadshotsInFlight(session);
        allowance.requireRoom(state.brief().providerId(), options);
        List<PlanRequest.ExtraReference> mood = state.brief().inspirationKey() == null ? List.of()
                : List.of(new PlanRequest.ExtraReference(state.brief().inspirationKey(), "style", "Inspiration (mood)"));
        List<UUID> batch = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            batch.add(submit(session.getId(), state.brief(), WizardPrompts.headshot(state.brief()), SeedChoice.RANDOM, mood));
        }
        session.setStatus(WizardStatus.STEP2);
        return sessions.view(sessions.store(session, state.withHeadshotBatch(batch)));
    }

    /** Step 2, "More like this one": variations with the liked option as reference and seeds next to its own. */
    @Transactional
    public WizardSessionView moreLike(UUID id, UUID liked, int options) {
        TalentWizardSession session = sessions.requireOpen(id);
        WizardState state = sessions.state(session);
        WizardImage option = readyHeadshot(state, liked);
        checkHeadshotsInFlight(session);
        int count = Math.max(WizardLimits.MIN_HEADSHOTS, Math.min(WizardLimits.MAX_HEADSHOTS, options));
        allowance.requireRoom(state.brief().providerId(), count);
        GenerationProvider provider = providers.require(state.brief().providerId());
        List<PlanRequest.ExtraReference> reference = List.of(new PlanRequest.ExtraReference(option.mediaKey(), CHARACTER, "Liked headshot"));
        List<UUID> batch = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            SeedChoice seed = option.seed() == null ? SeedChoice.RANDOM : SeedChoice.fixed(near(provider, option.seed(), i));
            batch.add(submit(session.getId(), state.brief(), WizardPrompts.moreLike(state.brief()), seed, reference));
        }
        session.setStatus(WizardStatus.STEP2);
        return sessions.view(sessions.store(session, state.withHeadshotBatch(batch)));
    }

    /** Step 2 done: the option's image and seed are locked in the session. */
    @Transactional
    public WizardSessionView chooseHeadshot(UUID id, UUID chosen) {
        TalentWizardSession session = sessions.requireOpen(id);
        WizardState state = sessions.state(session);
        readyHeadshot(state, chosen);
        return sessions.view(sessions.store(session, state.withChosenHeadshot(chosen)));
    }

    /** Step 3: each view not made yet (all 8 at first), from the locked headshot. */
    @Transactional
    public WizardSessionView generateSheet(UUID id) {
        TalentWizardSession session = sessions.requireOpen(id);
        WizardState state = sessions.state(session);
        WizardImage headshot = locked(state);
        List<SheetSlot> missing = sessions.views(state).stream().filter(view -> view.current() == null && !view.dropped())
                .map(SheetViewState::slot).toList();
        if (missing.isEmpty() && session.status() == WizardStatus.STEP3) {
            throw new UserFacingException("Every view is made: regenerate the ones you want changed.");
        }
        allowance.requireRoom(state.brief().providerId(), missing.size());
        for (SheetSlot slot : missing) {
            state = state.withAttempt(slot, submitView(session.getId(), state, headshot, slot, 0));
        }
        session.setStatus(WizardStatus.STEP3);
        return sessions.view(sessions.store(session, state));
    }

    /** Step 3: one view again, leaving the others as they are. */
    @Transactional
    public WizardSessionView regenerateView(UUID id, SheetSlot slot) {
        TalentWizardSession session = sessions.requireOpen(id);
        WizardState state = sessions.state(session);
        WizardImage headshot = locked(state);
        SheetViewState view = sessions.views(state).get(slot.ordinal());
        int unanswered = cancelUnanswered(view.attempts());
        if (view.inFlight() - unanswered >= WizardLimits.MAX_VIEW_REGENERATIONS_IN_FLIGHT) {
            throw new UserFacingException(slot.label() + " is being made " + view.inFlight() + " times already; wait for one to finish.");
        }
        allowance.requireRoom(state.brief().providerId(), 1);
        UUID attempt = submitView(session.getId(), state, headshot, slot, view.attempts().size());
        session.setStatus(WizardStatus.STEP3);
        return sessions.view(sessions.store(session, state.withAttempt(slot, attempt)));
    }

    /** Step 3: drops a view from the sheet, or takes it back; 6 of the 8 are enough to continue. */
    @Transactional
    public WizardSessionView dropView(UUID id, SheetSlot slot, boolean dropped) {
        TalentWizardSession session = sessions.requireOpen(id);
        return sessions.view(sessions.store(session, sessions.state(session).withDropped(slot, dropped)));
    }

    /**
     * Steps 2 and 3 with a provider without an API (Midjourney): the image the user made with an
     * option's or a view's command becomes its result, as a provider's would, and the session is saved with it.
     */
    @Transactional
    public WizardSessionView attachResult(UUID id, UUID generation, String mediaKey) {
        TalentWizardSession session = sessions.requireOpen(id);
        WizardState state = sessions.state(session);
        if (!state.generations().contains(generation)) {
            throw new UserFacingException("That image is not one of this session's.");
        }
        generations.attachResults(generation, List.of(mediaKey));
        return sessions.view(sessions.store(session, state));
    }

    private UUID submitView(UUID session, WizardState state, WizardImage headshot, SheetSlot slot, int attempt) {
        GenerationProvider provider = providers.require(state.brief().providerId());
        SeedChoice seed = headshot.seed() == null ? SeedChoice.RANDOM : SeedChoice.fixed(near(provider, headshot.seed(), attempt));
        return submit(session, state.brief(), WizardPrompts.view(slot, state.brief()), seed,
                List.of(new PlanRequest.ExtraReference(headshot.mediaKey(), CHARACTER, WizardSessions.HEADSHOT_LABEL)));
    }

    private UUID submit(UUID session, WizardBrief brief, String prompt, SeedChoice seed, List<PlanRequest.ExtraReference> references) {
        List<PlanPick> picks = brief.styleLineageId() == null ? List.of() : List.of(PlanPick.of(Slot.STYLE, brief.styleLineageId()));
        PlanRequest request = new PlanRequest(brief.providerId(), picks, null, brief.brandProfileId(), null, 1, seed, prompt, null, Set.of())
                .forWizard(session, references);
        return generations.submit(request).id();
    }

    /** The locked seed for the first attempt, the next ones for regenerations; within the provider's range. */
    private static long near(GenerationProvider provider, long seed, int step) {
        long up = seed + step;
        return provider.seedRange().contains(up) ? up : seed - step;
    }

    private WizardImage readyHeadshot(WizardState state, UUID generation) {
        if (!state.headshots().contains(generation)) {
            throw new UserFacingException("That headshot is not one of this session's options.");
        }
        WizardImage option = WizardImage.of(generations.get(generation));
        if (!option.ready()) {
            throw new UserFacingException(option.running() ? "That headshot is still being made." : "That headshot failed: choose another.");
        }
        return option;
    }

    private WizardImage locked(WizardState state) {
        if (state.chosenHeadshot() == null) {
            throw new UserFacingException("Choose a headshot first: the sheet is made from it.");
        }
        return WizardImage.of(generations.get(state.chosenHeadshot()));
    }

    /**
     * A new command replaces the ones the user has not answered with an upload (Midjourney): they
     * are cancelled, so that they hold no place in the limits. Returns how many.
     */
    private int cancelUnanswered(List<UUID> attempts) {
        List<UUID> unanswered = attempts.stream().filter(attempt -> WizardImage.of(generations.get(attempt)).awaitingUpload()).toList();
        unanswered.forEach(generations::cancel);
        return unanswered.size();
    }

    private void checkHeadshotsInFlight(TalentWizardSession session) {
        cancelUnanswered(sessions.state(session).headshotBatch());
        long running = sessions.view(session).headshots().stream().filter(WizardImage::running).count();
        if (running > 0) {
            throw new UserFacingException(running + " headshot option" + (running == 1 ? " is" : "s are")
                    + " still being made: wait for them before asking for more (at most " + WizardLimits.MAX_HEADSHOTS + " at once).");
        }
    }
}
