package studio.thresho.wizard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import studio.thresho.generation.WizardGenerations;
import studio.thresho.security.SystemAuthentication;

/**
 * The wizard's housekeeping, run by {@link WizardJobs}: a session untouched for 30 days is marked
 * abandoned; 30 days later the generations it did not keep (every option but the chosen headshot
 * and the kept views) are deleted, and with their records gone the media sweep removes their files.
 * Images that a talent holds stay, as the talent's.
 */
@Component
class WizardHousekeeping {

    /** What one run did. */
    record Result(int abandoned, int cleaned, int generationsDeleted) {
    }

    private final TalentWizardSessionRepository repository;
    private final WizardSessions sessions;
    private final WizardGenerations generations;
    private final TransactionTemplate transactions;

    WizardHousekeeping(TalentWizardSessionRepository repository, WizardSessions sessions, WizardGenerations generations,
                       TransactionTemplate transactions) {
        this.repository = repository;
        this.sessions = sessions;
        this.generations = generations;
        this.transactions = transactions;
    }

    Result run(Instant now) {
        return SystemAuthentication.runAsSystem(() -> transactions.execute(status -> {
            List<TalentWizardSession> stale = repository.findByStatusInAndUpdatedAtBefore(
                    WizardSessions.statuses(WizardStatus.STEP1, WizardStatus.STEP2, WizardStatus.STEP3, WizardStatus.STEP4, WizardStatus.STEP5),
                    now.minus(WizardLimits.ABANDONED_AFTER));
            for (TalentWizardSession session : stale) {
                session.setStatus(WizardStatus.ABANDONED);
                session.setAbandonedAt(now);
                repository.save(session);
            }
            int deleted = 0;
            List<TalentWizardSession> expired = repository.findByStatusAndAbandonedAtBeforeAndCleanedAtIsNull(WizardStatus.ABANDONED.dbValue(),
                    now.minus(WizardLimits.CLEANED_AFTER));
            for (TalentWizardSession session : expired) {
                deleted += generations.deleteUnkept(session.getId(), kept(sessions.state(session)));
                session.setCleanedAt(now);
                repository.save(session);
            }
            repository.flush();
            return new Result(stale.size(), expired.size(), deleted);
        }));
    }

    /** The chosen headshot and each kept view's current image. */
    private List<UUID> kept(WizardState state) {
        List<UUID> kept = new ArrayList<>();
        if (state.chosenHeadshot() != null) {
            kept.add(state.chosenHeadshot());
        }
        state.views().values().stream().filter(track -> !track.dropped() && track.current() != null)
                .forEach(track -> kept.add(track.current()));
        return kept;
    }
}
