package studio.thresho.wizard;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.AssetDetail;
import studio.thresho.asset.AssetRules;
import studio.thresho.asset.SheetSlot;
import studio.thresho.asset.TalentAdded;
import studio.thresho.base.UserFacingException;
import studio.thresho.media.MediaContent;
import studio.thresho.media.MediaService;
import studio.thresho.media.MediaVariant;
import studio.thresho.provider.openai.OpenAiVision;
import studio.thresho.security.Role;

/**
 * Steps 4 and 5: the profile, with a physical description written from the headshot by the
 * vision model when an administrator set one (else the step-1 description, and the page says
 * why), then the talent saved from the session ({@link WizardTalentWriter}).
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class WizardTalentService {

    static final String VISION_INSTRUCTION = "Describe the physical appearance of the person in this headshot for an image-generation "
            + "prompt: apparent age, build, skin tone, face, hair, distinguishing features. One paragraph, no names, no guesses about "
            + "personality.";
    private static final Logger log = LoggerFactory.getLogger(WizardTalentService.class);

    private final WizardSessions sessions;
    private final OpenAiVision vision;
    private final MediaService media;
    private final WizardTalentWriter writer;
    private final ApplicationEventPublisher events;

    WizardTalentService(WizardSessions sessions, OpenAiVision vision, MediaService media, WizardTalentWriter writer,
                        ApplicationEventPublisher events) {
        this.sessions = sessions;
        this.events = events;
        this.vision = vision;
        this.media = media;
        this.writer = writer;
    }

    /** Step 3 done: to the profile, with a proposed physical description unless the user wrote one already. */
    @Transactional
    public WizardSessionView toProfile(UUID id) {
        TalentWizardSession session = sessions.requireOpen(id);
        WizardState state = sessions.state(session);
        WizardSessionView view = sessions.view(session);
        if (!view.sheetEnough()) {
            throw new UserFacingException("The sheet has " + view.acceptedViews() + " finished views; " + SheetSlot.MIN_VIEWS
                    + " of the " + SheetSlot.MAX_VIEWS + " are enough to continue.");
        }
        if (state.profile().physicalDescription() == null || state.profile().physicalDescription().isBlank()) {
            Proposal proposal = propose(view);
            state = state.withProfile(state.profile().withPhysicalDescription(proposal.text()), proposal.note());
        }
        session.setStatus(WizardStatus.STEP4);
        return sessions.view(sessions.store(session, state));
    }

    /** Step 4 done: the profile as the user left it, checked before the confirmation. */
    @Transactional
    public WizardSessionView saveProfile(UUID id, WizardProfile profile) {
        TalentWizardSession session = sessions.requireOpen(id);
        if (session.status().step() < WizardStatus.STEP4.step()) {
            throw new UserFacingException("Finish the character sheet first.");
        }
        WizardProfile checked = WizardTalentWriter.check(profile);
        WizardState state = sessions.state(session);
        session.setStatus(WizardStatus.STEP5);
        return sessions.view(sessions.store(session, state.withProfile(checked, state.descriptionNote())));
    }

    /**
     * Step 5: saves the talent, v1.0.0, source AI generated, in the current project or the global
     * library; the session is then complete and links to it. Saving twice is refused.
     */
    @Transactional
    public AssetDetail saveTalent(UUID id, boolean global) {
        TalentWizardSession session = sessions.requireOpen(id);
        if (session.status() != WizardStatus.STEP5) {
            throw new UserFacingException("Check the profile first (step 4).");
        }
        WizardState state = sessions.state(session).withGlobal(global);
        AssetDetail talent = writer.write(sessions.view(session), state.global());
        session.setTalentLineageId(talent.lineageId());
        session.setStatus(WizardStatus.COMPLETED);
        sessions.store(session, state);
        // the "time to add new talent" metric: from opening the wizard (its session) to this first save
        events.publishEvent(new TalentAdded(talent.projectId(), Duration.between(session.getCreatedAt(), Instant.now())));
        return talent;
    }

    /** Step 5: the talent as its detail view will show it, before it is saved. */
    @Transactional(readOnly = true)
    public AssetDetail preview(UUID id) {
        TalentWizardSession session = sessions.require(id);
        return writer.preview(sessions.view(session), sessions.state(session).global());
    }

    private record Proposal(String text, String note) {
    }

    private Proposal propose(WizardSessionView view) {
        String fallback = view.brief().description();
        if (!vision.available()) {
            return new Proposal(fallback, "No vision model is set up (an administrator names one for OpenAI under Admin > Providers), "
                    + "so your step-1 description is proposed: check it against the images.");
        }
        try {
            Optional<MediaContent> content = media.open(view.chosenHeadshot().mediaKey(), MediaVariant.ORIGINAL);
            if (content.isEmpty()) {
                return new Proposal(fallback, "The headshot's file is missing, so your step-1 description is proposed.");
            }
            byte[] bytes;
            try (InputStream in = content.get().bytes()) {
                bytes = in.readAllBytes();
            }
            String described = vision.describe(bytes, VISION_INSTRUCTION);
            String text = described.length() > AssetRules.DESCRIPTION_MAX_LENGTH ? described.substring(0, AssetRules.DESCRIPTION_MAX_LENGTH) : described;
            return new Proposal(text, "Written by OpenAI's vision model from the headshot: edit it freely.");
        } catch (IOException | RuntimeException failed) {
            log.info("The vision description of wizard session {} failed: {}", view.id(), failed.getMessage());
            return new Proposal(fallback, "The vision model could not describe the headshot (" + failed.getMessage()
                    + "), so your step-1 description is proposed.");
        }
    }
}
