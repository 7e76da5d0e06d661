package studio.thresho.wizard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;
import studio.thresho.asset.SheetSlot;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationView;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.provider.PublicLinkNotes;
import studio.thresho.media.ShareLinkService;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.SignedInUser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes sessions: access (the user's own, or the current project's), the JSON state
 * with the spec's columns kept current beside it, and the page's view with the images read from
 * their generations. Runs in the callers' transactions.
 */
@Component
class WizardSessions {

    /** How the locked headshot is named where it goes as a reference. */
    static final String HEADSHOT_LABEL = "The headshot";

    private final TalentWizardSessionRepository repository;
    private final GenerationService generations;
    private final ProviderRegistry providers;
    private final CurrentUser currentUser;
    private final CurrentProjectService currentProject;
    private final JsonMapper json;
    private final ShareLinkService shareLinks;

    WizardSessions(TalentWizardSessionRepository repository, GenerationService generations, ProviderRegistry providers, CurrentUser currentUser,
                   CurrentProjectService currentProject, JsonMapper json, ShareLinkService shareLinks) {
        this.shareLinks = shareLinks;
        this.repository = repository;
        this.generations = generations;
        this.providers = providers;
        this.currentUser = currentUser;
        this.currentProject = currentProject;
        this.json = json;
    }

    /** The session, if the user may see it: their own or one of the current project. */
    TalentWizardSession require(UUID id) {
        TalentWizardSession session = repository.findById(id).orElseThrow(() -> new UserFacingException("That wizard session no longer exists."));
        UUID user = currentUser.get().map(SignedInUser::id).orElse(null);
        UUID project = currentProject.current().map(ProjectSummary::id).orElse(null);
        if (!Objects.equals(session.getCreatedBy(), user) && !Objects.equals(session.getProjectId(), project)) {
            throw new UserFacingException("That wizard session belongs to another project: switch to it first.");
        }
        return session;
    }

    /** The session for a change: it must be open and belong to the current project, where its generations go. */
    TalentWizardSession requireOpen(UUID id) {
        TalentWizardSession session = require(id);
        if (!session.status().open()) {
            throw new UserFacingException("This wizard session is " + session.status().label().toLowerCase() + ": start a new one.");
        }
        UUID project = currentProject.current().map(ProjectSummary::id).orElse(null);
        if (!Objects.equals(session.getProjectId(), project)) {
            throw new UserFacingException("This wizard session belongs to another project: switch to it to continue.");
        }
        return session;
    }

    WizardState state(TalentWizardSession session) {
        return session.getStateJson() == null ? WizardState.of(new WizardBrief(session.getDescriptionInput(), null, null, null,
                session.getProviderId(), null, null)) : json.readValue(session.getStateJson(), WizardState.class);
    }

    /** Saves the state and the spec's columns that mirror it. */
    TalentWizardSession store(TalentWizardSession session, WizardState state) {
        session.setStateJson(json.writeValueAsString(state));
        WizardBrief brief = state.brief();
        session.setDescriptionInput(brief.description());
        session.setInspirationImagePath(brief.inspirationKey());
        session.setProviderId(brief.providerId());
        WizardImage chosen = state.chosenHeadshot() == null ? null : WizardImage.of(generations.get(state.chosenHeadshot()));
        session.setSelectedHeadshotPath(chosen == null ? null : chosen.mediaKey());
        session.setHeadshotSeed(chosen == null || chosen.seed() == null ? null : String.valueOf(chosen.seed()));
        session.setCharacterSheetPathsJson(sheetPaths(state));
        session.setAutoDescription(state.descriptionNote() == null ? null : state.profile().physicalDescription());
        session.setUserEditsJson(json.writeValueAsString(state.profile()));
        return repository.saveAndFlush(session);
    }

    /**
     * Saves the sheet as its results arrive, without taking the session's lock: a result must not
     * make the user's next click fail as a concurrent edit.
     */
    void mirrorResults(TalentWizardSession session) {
        repository.mirrorResults(session.getId().toString(), sheetPaths(state(session)));
    }

    /** The kept views' media keys by view, as the spec's {@code character_sheet_paths}. */
    private String sheetPaths(WizardState state) {
        Map<String, String> sheet = new LinkedHashMap<>();
        for (SheetViewState view : views(state)) {
            if (view.accepted()) {
                sheet.put(view.slot().dbValue(), view.current().mediaKey());
            }
        }
        return json.writeValueAsString(sheet);
    }

    WizardSessionView view(TalentWizardSession session) {
        WizardState state = state(session);
        java.util.Optional<GenerationProvider> provider = state.brief().providerId() == null ? java.util.Optional.empty()
                : providers.find(state.brief().providerId());
        String providerName = provider.map(GenerationProvider::displayName).orElse(state.brief().providerId());
        boolean manual = provider.map(GenerationProvider::manual).orElse(false);
        List<WizardImage> headshots = state.headshotBatch().stream().map(id -> WizardImage.of(generations.get(id))).toList();
        WizardImage chosen = state.chosenHeadshot() == null ? null : WizardImage.of(generations.get(state.chosenHeadshot()));
        return new WizardSessionView(session.getId(), session.status(), session.getProjectId(), session.getCreatedBy(), session.getCreatedAt(),
                session.getUpdatedAt(), state.brief(), providerName, headshots, chosen, views(state), state.profile(), state.descriptionNote(),
                state.global(), session.getTalentLineageId(), manual,
                manual && !shareLinks.configured() ? PublicLinkNotes.leftOut(HEADSHOT_LABEL) : null);
    }

    List<SheetViewState> views(WizardState state) {
        List<SheetViewState> views = new ArrayList<>();
        for (SheetSlot slot : SheetSlot.values()) {
            WizardState.ViewTrack track = state.views().get(slot);
            if (track == null || track.attempts().isEmpty()) {
                views.add(new SheetViewState(slot, null, List.of(), 0, 0, track != null && track.dropped()));
                continue;
            }
            List<GenerationView> attempts = track.attempts().stream().map(generations::get).toList();
            int inFlight = (int) attempts.stream().filter(attempt -> !attempt.status().finished()).count();
            int awaitingUpload = (int) attempts.stream().filter(attempt -> WizardImage.of(attempt).awaitingUpload()).count();
            views.add(new SheetViewState(slot, WizardImage.of(attempts.getLast()), track.attempts(), inFlight, awaitingUpload, track.dropped()));
        }
        return views;
    }

    WizardSessionSummary summary(TalentWizardSession session, UUID user) {
        WizardState state = state(session);
        String name = state.profile().name();
        String description = state.brief().description() == null ? "" : state.brief().description().strip();
        String title = name != null && !name.isBlank() ? name : description.length() > 80 ? description.substring(0, 79) + "\u2026" : description;
        return new WizardSessionSummary(session.getId(), title, session.status(), session.getUpdatedAt(),
                Objects.equals(session.getCreatedBy(), user), session.getTalentLineageId());
    }

    static List<String> statuses(WizardStatus... statuses) {
        return Arrays.stream(statuses).map(WizardStatus::dbValue).toList();
    }
}
