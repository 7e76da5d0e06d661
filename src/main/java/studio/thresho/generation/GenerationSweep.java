package studio.thresho.generation;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.SystemAuthentication;

/**
 * The recurring check behind the generation jobs (run by one node at a time): a generation that
 * is not finished but has no job gets one, and a generation in flight for longer than its
 * provider's time limit stops being followed, which frees its concurrency slot.
 */
@Component
class GenerationSweep {

    private static final Logger log = LoggerFactory.getLogger(GenerationSweep.class);
    private static final List<String> UNFINISHED = List.of(GenerationStatus.QUEUED.dbValue(), GenerationStatus.SUBMITTING.dbValue(),
            GenerationStatus.SUBMITTED.dbValue(), GenerationStatus.RUNNING.dbValue());

    private final JdbcTemplate jdbc;
    private final GenerationRecords records;
    private final ProviderRegistry providers;
    private final JobSettings settings;

    GenerationSweep(JdbcTemplate jdbc, GenerationRecords records, ProviderRegistry providers, JobSettings settings) {
        this.jdbc = jdbc;
        this.records = records;
        this.providers = providers;
        this.settings = settings;
    }

    /** What one sweep did. */
    record Result(int resumed, int givenUp) {
    }

    Result run(GenerationJobs jobs) {
        return SystemAuthentication.runAsSystem(() -> new Result(resumeWithoutJob(jobs), giveUpStuck()));
    }

    private int resumeWithoutJob(GenerationJobs jobs) {
        List<UUID> orphans = jdbc.queryForList("""
                SELECT g.id FROM generation_records g
                WHERE g.status IN (?, ?, ?, ?)
                  AND NOT EXISTS (SELECT 1 FROM scheduled_tasks t WHERE t.task_name = ? AND t.task_instance = g.id)""", String.class,
                UNFINISHED.get(0), UNFINISHED.get(1), UNFINISHED.get(2), UNFINISHED.get(3), GenerationJobs.GENERATION.getTaskName())
                .stream().map(UUID::fromString).toList();
        for (UUID orphan : orphans) {
            log.warn("Generation {} had no job; the sweep scheduled one", orphan);
            jobs.schedule(orphan);
        }
        return orphans.size();
    }

    private int giveUpStuck() {
        int givenUp = 0;
        for (GenerationProvider provider : providers.all()) {
            Duration limit = settings.stuckAfter(provider.id());
            List<UUID> stuck = jdbc.queryForList("""
                    SELECT id FROM generation_records WHERE provider_id = ? AND status IN (?, ?, ?) AND started_at < ?""", String.class,
                    provider.id(), GenerationStatus.SUBMITTING.dbValue(), GenerationStatus.SUBMITTED.dbValue(), GenerationStatus.RUNNING.dbValue(),
                    Timestamp.from(Instant.now().minus(limit))).stream().map(UUID::fromString).toList();
            for (UUID id : stuck) {
                givenUp += giveUp(id, provider, limit) ? 1 : 0;
            }
        }
        return givenUp;
    }

    private boolean giveUp(UUID id, GenerationProvider provider, Duration limit) {
        String name = provider.displayName();
        AtomicReference<String> externalId = new AtomicReference<>();
        boolean changed = records.update(id, GenerationStatus::inFlight, stuck -> {
            externalId.set(stuck.getExternalId());
            if (stuck.status() == GenerationStatus.SUBMITTING) {
                stuck.setErrorMessage("The request to " + name + " was still being sent after " + describe(limit) + ": " + name
                        + " may have received it and billed it. Check " + name + "'s dashboard before sending it again.");
                stuck.setStatus(GenerationStatus.SUBMISSION_UNCERTAIN);
            } else {
                stuck.setErrorMessage(name + " gave no result within " + describe(limit) + ", so it is no longer followed and its slot is free"
                        + " again. If it still finishes, its result is on " + name + "'s dashboard.");
                stuck.setStatus(GenerationStatus.FAILED);
            }
            stuck.setCompletedAt(Instant.now());
        });
        if (changed && externalId.get() != null) {
            try {
                provider.cancel(externalId.get());
            } catch (RuntimeException ignored) {
                log.info("Could not ask {} to stop generation {}: {}", provider.id(), id, ignored.getMessage());
            }
        }
        return changed;
    }

    private static String describe(Duration limit) {
        if (limit.toHours() >= 48) {
            return limit.toDays() + " days";
        }
        return limit.toMinutes() >= 120 ? limit.toHours() + " hours" : limit.toMinutes() >= 1 ? limit.toMinutes() + " minutes"
                : limit.toSeconds() + " seconds";
    }
}
