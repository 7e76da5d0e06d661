package studio.thresho.wizard;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import studio.thresho.generation.GenerationCompleted;
import studio.thresho.generation.GenerationService;
import studio.thresho.security.SystemAuthentication;

/**
 * Saves the session with every result that arrives, also when nobody has the page open (the user
 * left while the images were being made): its sheet columns and last change follow at once.
 */
@Component
class WizardResults {

    private static final Logger log = LoggerFactory.getLogger(WizardResults.class);

    private final TalentWizardSessionRepository repository;
    private final WizardSessions sessions;
    private final GenerationService generations;

    WizardResults(TalentWizardSessionRepository repository, WizardSessions sessions, GenerationService generations) {
        this.repository = repository;
        this.sessions = sessions;
        this.generations = generations;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(GenerationCompleted completed) {
        try {
            SystemAuthentication.runAsSystem(() -> {
                UUID session = generations.get(completed.generationId()).wizardSessionId();
                if (session != null) {
                    repository.findById(session).filter(found -> found.status().open())
                            .ifPresent(sessions::mirrorResults);
                }
            });
        } catch (RuntimeException failed) {
            // the result is on its generation record either way; the page reads it from there
            log.info("Wizard session of generation {} not saved with its result: {}", completed.generationId(), failed.getMessage());
        }
    }
}
