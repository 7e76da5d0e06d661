package studio.thresho.generation;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The generations of a talent wizard session as a whole, for the wizard's housekeeping: removing
 * those of an abandoned session that it did not keep (their files then have no reference left, and
 * the media sweep removes them). Called by the system's recurring job, not by users.
 */
@Service
public class WizardGenerations {

    private final GenerationRecordRepository repository;

    WizardGenerations(GenerationRecordRepository repository) {
        this.repository = repository;
    }

    /** Deletes the session's finished generations except {@code keep}; returns how many went. */
    @Transactional
    public int deleteUnkept(UUID wizardSessionId, Collection<UUID> keep) {
        List<GenerationRecord> doomed = repository.findByWizardSessionId(wizardSessionId).stream()
                .filter(record -> !keep.contains(record.getId()) && record.status().finished()).toList();
        repository.deleteAll(doomed);
        return doomed.size();
    }

    @Transactional(readOnly = true)
    public long count(UUID wizardSessionId) {
        return repository.findByWizardSessionId(wizardSessionId).size();
    }
}
