package studio.thresho.wizard;

import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.GenerationAllowance;
import studio.thresho.generation.SpendQuote;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/**
 * Wizard sessions: starting one from the step-1 brief, changing the brief, the list of the user's
 * and the project's sessions, going back to an earlier step, abandoning, and the quotes the page
 * shows before the paid steps. Every change is saved at once, so a session resumes where it was.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class WizardService {

    private final TalentWizardSessionRepository repository;
    private final WizardSessions sessions;
    private final ProviderRegistry providers;
    private final GenerationAllowance allowance;
    private final CurrentUser currentUser;
    private final CurrentProjectService currentProject;

    WizardService(TalentWizardSessionRepository repository, WizardSessions sessions, ProviderRegistry providers, GenerationAllowance allowance,
                  CurrentUser currentUser, CurrentProjectService currentProject) {
        this.repository = repository;
        this.sessions = sessions;
        this.providers = providers;
        this.allowance = allowance;
        this.currentUser = currentUser;
        this.currentProject = currentProject;
    }

    /** Step 1 done: a new session in the current project with the brief, ready for the headshots. */
    @Transactional
    public WizardSessionView start(WizardBrief brief) {
        UUID project = currentProject.current().map(ProjectSummary::id)
                .orElseThrow(() -> new UserFacingException("Choose a project first: the wizard's generations belong to a project."));
        WizardBrief checked = check(brief);
        TalentWizardSession session = new TalentWizardSession(project, currentUser.get().map(SignedInUser::id).orElse(null));
        session.setStatus(WizardStatus.STEP2);
        return sessions.view(sessions.store(session, WizardState.of(checked)));
    }

    /** Changes the brief of step 1; the images made so far stay. */
    @Transactional
    public WizardSessionView updateBrief(UUID id, WizardBrief brief) {
        TalentWizardSession session = sessions.requireOpen(id);
        WizardState state = sessions.state(session).withBrief(check(brief));
        session.setStatus(WizardStatus.ofStep(Math.max(2, session.status().step())));
        return sessions.view(sessions.store(session, state));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public WizardSessionView get(UUID id) {
        return sessions.view(sessions.require(id));
    }

    /** The user's own sessions and the current project's, most recently changed first. */
    @Transactional(readOnly = true)
    public List<WizardSessionSummary> overview(boolean withFinished) {
        UUID user = currentUser.get().map(SignedInUser::id).orElse(null);
        UUID project = currentProject.current().map(ProjectSummary::id).orElse(null);
        List<String> statuses = withFinished ? WizardSessions.statuses(WizardStatus.values())
                : WizardSessions.statuses(WizardStatus.STEP1, WizardStatus.STEP2, WizardStatus.STEP3, WizardStatus.STEP4, WizardStatus.STEP5);
        return repository.overview(user, project, statuses).stream().map(session -> sessions.summary(session, user)).toList();
    }

    /** Back to an earlier step (the later steps' work stays and is shown again when the user comes forward). */
    @Transactional
    public WizardSessionView goBack(UUID id, int step) {
        TalentWizardSession session = sessions.requireOpen(id);
        if (step < 1 || step > session.status().step()) {
            throw new UserFacingException("Only the steps done so far can be opened again.");
        }
        session.setStatus(WizardStatus.ofStep(Math.max(2, step)));
        return sessions.view(sessions.store(session, sessions.state(session)));
    }

    @Transactional
    public void abandon(UUID id) {
        TalentWizardSession session = sessions.requireOpen(id);
        session.setStatus(WizardStatus.ABANDONED);
        session.setAbandonedAt(java.time.Instant.now());
        repository.saveAndFlush(session);
    }

    /** What step 2 will send: one request per headshot option. */
    @Transactional(readOnly = true)
    public SpendQuote quoteHeadshots(UUID id, int options) {
        return allowance.quote(provider(id), options);
    }

    /** What step 3 will send: one request per view not made yet (all 8 at first). */
    @Transactional(readOnly = true)
    public SpendQuote quoteSheet(UUID id) {
        WizardSessionView view = sessions.view(sessions.require(id));
        int missing = (int) view.views().stream().filter(sheet -> sheet.current() == null && !sheet.dropped()).count();
        return allowance.quote(view.brief().providerId(), missing);
    }

    /** What regenerating one view sends: one more request. */
    @Transactional(readOnly = true)
    public SpendQuote quoteRegeneration(UUID id) {
        return allowance.quote(provider(id), 1);
    }

    private String provider(UUID id) {
        return sessions.state(sessions.require(id)).brief().providerId();
    }

    private WizardBrief check(WizardBrief brief) {
        String description = brief.description() == null ? "" : brief.description().strip();
        if (description.isEmpty()) {
            throw new UserFacingException("Describe the character first: who they are and how they look.");
        }
        if (description.length() > WizardLimits.DESCRIPTION_MAX_LENGTH) {
            throw new UserFacingException("The description has " + description.length() + " characters; the wizard takes at most "
                    + WizardLimits.DESCRIPTION_MAX_LENGTH + ".");
        }
        String industry = brief.industry() == null ? null : brief.industry().strip();
        if (brief.use() == IntendedUse.INDUSTRY && (industry == null || industry.isEmpty())) {
            throw new UserFacingException("Name the industry the talent is for.");
        }
        if (industry != null && industry.length() > WizardLimits.INDUSTRY_MAX_LENGTH) {
            throw new UserFacingException("The industry has at most " + WizardLimits.INDUSTRY_MAX_LENGTH + " characters.");
        }
        if (brief.providerId() == null) {
            throw new UserFacingException("Choose the provider that makes the images.");
        }
        GenerationProvider provider = providers.find(brief.providerId())
                .orElseThrow(() -> new UserFacingException("That provider is no longer part of this installation: choose another."));
        if (!provider.available()) {
            throw new UserFacingException(provider.displayName() + " is not set up yet: choose another provider.");
        }
        return new WizardBrief(description, brief.inspirationKey(), brief.use(), brief.use() == IntendedUse.INDUSTRY ? industry : null,
                provider.id(), brief.brandProfileId(), brief.styleLineageId());
    }
}
