package studio.thresho.generation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRefusedException;
import studio.thresho.provider.ProviderRequest;
import studio.thresho.provider.ProviderResult;
import studio.thresho.provider.ProviderStatus;
import studio.thresho.provider.ProviderSubmission;
import studio.thresho.provider.VideoRequest;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.provider.ProviderAttempts;
import studio.thresho.provider.SubmissionUncertainException;
import studio.thresho.media.MediaService;
import studio.thresho.media.StorageFullException;
import studio.thresho.security.SystemAuthentication;

/**
 * One step of a generation job: submit a queued generation, or poll a running one; results are
 * downloaded into the media store as soon as the provider reports them.
 */
@Component
class GenerationWorker {

    private static final Logger log = LoggerFactory.getLogger(GenerationWorker.class);
    private static final int MANUAL_POLL_FACTOR = 20;
    private static final int STORAGE_RETRY_FACTOR = 20;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final GenerationRecords records;
    private final ProviderRegistry providers;
    private final MediaService media;
    private final Duration pollDelay;
    private final Duration slotWait;
    private final ProviderAttempts attempts;
    private final ProviderSlots slots;
    /** Results delivered (and billed) that could not be stored for want of disk space, by generation: tried again later. */
    private final Map<UUID, List<ProviderResult>> delivered = new ConcurrentHashMap<>();

    GenerationWorker(GenerationRecords records, ProviderRegistry providers, MediaService media, ProviderAttempts attempts, ProviderSlots slots,
                     @Value("${thresho.generation.provider-poll-delay:3s}") Duration pollDelay, JobSettings settings) {
        this.slotWait = settings.slotWait();
        this.records = records;
        this.slots = slots;
        this.providers = providers;
        this.media = media;
        this.attempts = attempts;
        this.pollDelay = pollDelay;
    }

    /** Returns when to look again, or empty when the generation is finished. */
    Optional<Duration> step(UUID recordId) {
        return SystemAuthentication.runAsSystem(() -> {
            Optional<GenerationRecord> found = records.find(recordId);
            if (found.isEmpty() || found.get().status().finished()) {
                return Optional.empty();
            }
            GenerationRecord record = found.get();
            Optional<GenerationProvider> provider = providers.find(record.getProviderId());
            if (provider.isEmpty()) {
                fail(recordId, "The provider \"" + record.getProviderId() + "\" is no longer part of this installation.");
                return Optional.empty();
            }
            return switch (record.status()) {
                case QUEUED -> submit(record, provider.get());
                case SUBMITTING -> interrupted(record, provider.get());
                default -> poll(record, provider.get());
            };
        });
    }

    /**
     * The job found its generation still submitting: an earlier run of this step was stopped while
     * the request was leaving (the application stopped, or the database failed after the provider
     * answered). The provider may have it, so it is never sent again without the user.
     */
    private Optional<Duration> interrupted(GenerationRecord record, GenerationProvider provider) {
        String since = record.getStartedAt() == null ? "" : " at " + TIME.format(record.getStartedAt());
        uncertain(record.getId(), "The request was being sent to " + provider.displayName() + since
                + " when its job was interrupted (the application stopped or lost its database), so " + provider.displayName()
                + " may have received it and billed it. Check " + provider.displayName() + "'s dashboard before sending it again.");
        return Optional.empty();
    }

    private Optional<Duration> submit(GenerationRecord record, GenerationProvider provider) {
        int limit = provider.concurrencyLimit();
        ProviderSlots.Outcome slot = slots.take(record.getId(), provider.id(), limit);
        if (!slot.taken()) {
            // the provider's limit is reached (BFL allows 24 active tasks): wait for a free slot instead of failing
            boolean waiting = records.update(record.getId(), status -> status == GenerationStatus.QUEUED, queued -> queued.setErrorMessage(
                    "Waiting for a free slot: " + slot.inUse() + " generations are running at " + provider.displayName() + " (limit " + limit + ")."));
            return waiting ? Optional.of(slotWait) : Optional.empty();
        }
        // committed as submitting: from here on, a run of this job that finds it so never sends it again
        GenerationParameters parameters = records.parameters(record);
        ProviderSubmission submission;
        try {
            submission = attempts.submit(record.getId(), provider.displayName(), () -> GenerationRecord.VIDEO.equals(record.getMediaKind())
                    ? provider.submitVideo(new VideoRequest(record.getId(), record.getPrompt(), records.references(record).getFirst().mediaKey(),
                            parameters.aspectRatio(), parameters.durationSeconds(), record.getSeed(), record.getModel()))
                    : provider.submit(new ProviderRequest(record.getId(), record.getPrompt(), record.getNegativePrompt(),
                            records.references(record), parameters.aspectRatio(), parameters.images(), record.getSeed(), record.getModel(),
                            parameters.options())));
        } catch (ProviderRefusedException refused) {
            fail(record.getId(), provider.displayName() + " refused the request: " + refused.getMessage());
            return Optional.empty();
        } catch (SubmissionUncertainException uncertain) {
            uncertain(record.getId(), uncertain.getMessage());
            return Optional.empty();
        } catch (RuntimeException error) {
            log.warn("Submitting generation {} to {} failed", record.getId(), provider.id(), error);
            fail(record.getId(), provider.displayName() + " could not take the request: " + error.getMessage());
            return Optional.empty();
        }
        if (submission.finished()) {
            Optional<Duration> retry = succeed(record.getId(), provider, submission.finishedResults());
            if (retry.isPresent()) {
                // sent and answered: never again "submitting", which a restart would take for an uncertain submission
                records.update(record.getId(), status -> status == GenerationStatus.SUBMITTING, answered -> {
                    answered.setExternalId(submission.externalId());
                    answered.setStatus(GenerationStatus.SUBMITTED);
                });
            }
            return retry;
        }
        // a database failure here fails the job; its next run finds the generation submitting and marks it uncertain
        boolean stillWanted = records.update(record.getId(), status -> status == GenerationStatus.SUBMITTING, submitted -> {
            submitted.setExternalId(submission.externalId());
            submitted.setProviderInstructions(submission.instructions());
            submitted.setStatus(provider.manual() ? GenerationStatus.RUNNING : GenerationStatus.SUBMITTED);
        });
        if (!stillWanted) {
            provider.cancel(submission.externalId());
            return Optional.empty();
        }
        return Optional.of(delayFor(provider));
    }

    /** A manual provider waits for the user's upload: no point asking it often. */
    private Duration delayFor(GenerationProvider provider) {
        return provider.manual() ? pollDelay.multipliedBy(MANUAL_POLL_FACTOR) : pollDelay;
    }

    private Optional<Duration> poll(GenerationRecord record, GenerationProvider provider) {
        List<ProviderResult> kept = delivered.get(record.getId());
        if (kept != null) {
            return succeed(record.getId(), provider, kept);
        }
        ProviderStatus status;
        try {
            status = attempts.during(record.getId(), () -> provider.poll(record.getExternalId()));
        } catch (ProviderRefusedException refused) {
            fail(record.getId(), refused.getMessage());
            return Optional.empty();
        } catch (RuntimeException error) {
            log.warn("Polling generation {} at {} failed; trying again", record.getId(), provider.id(), error);
            return Optional.of(pollDelay);
        }
        switch (status.state()) {
            case QUEUED, RUNNING -> {
                records.updateUnlessFinished(record.getId(), running -> {
                    running.setStatus(GenerationStatus.RUNNING);
                    running.setProgress(status.progress());
                });
                return Optional.of(delayFor(provider));
            }
            case SUCCEEDED -> {
                return succeed(record.getId(), provider, status.results());
            }
            case FAILED -> fail(record.getId(), status.reason() == null ? provider.displayName() + " reported a failure." : status.reason());
            case CANCELLED -> records.updateUnlessFinished(record.getId(), cancelled -> finish(cancelled, GenerationStatus.CANCELLED));
        }
        return Optional.empty();
    }

    /** Stores the results and finishes the generation; returns when to try again if the disk is full. */
    private Optional<Duration> succeed(UUID recordId, GenerationProvider provider, List<ProviderResult> results) {
        boolean video = records.find(recordId).map(record -> GenerationRecord.VIDEO.equals(record.getMediaKind())).orElse(false);
        List<GeneratedImage> stored = new ArrayList<>();
        try {
            for (int i = 0; i < results.size(); i++) {
                ProviderResult result = results.get(i);
                String name = provider.id() + "-" + recordId + "-" + (i + 1);
                String key = result.mediaKey() != null ? result.mediaKey()
                        : video ? media.ingestVideo(name + ".mp4", attempts.during(recordId, () -> provider.fetch(result))).key()
                        : media.ingest(name, attempts.during(recordId, () -> provider.fetch(result))).key();
                stored.add(new GeneratedImage(key, result.seed(), result.revisedPrompt(), video));
            }
        } catch (StorageFullException full) {
            delivered.put(recordId, results);
            Duration retry = pollDelay.multipliedBy(STORAGE_RETRY_FACTOR);
            log.warn("The media storage is full: the results of generation {} are kept and stored again in {}", recordId, retry);
            records.updateUnlessFinished(recordId, waiting -> waiting.setErrorMessage(provider.displayName() + " delivered the results, "
                    + "but the server's media storage is full. They are kept and stored as soon as there is room; ask your administrator "
                    + "to free disk space."));
            return Optional.of(retry);
        } catch (RuntimeException error) {
            delivered.remove(recordId);
            log.warn("Downloading the results of generation {} failed", recordId, error);
            fail(recordId, "The results could not be downloaded: " + error.getMessage());
            return Optional.empty();
        }
        delivered.remove(recordId);
        records.updateUnlessFinished(recordId, done -> {
            done.setErrorMessage(null);
            done.setResultsJson(records.write(stored));
            done.setProgress(100);
            if (!stored.isEmpty() && stored.getFirst().seed() != null) {
                done.setSeed(stored.getFirst().seed());
            }
            finish(done, GenerationStatus.SUCCEEDED);
        });
        return Optional.empty();
    }

    private void uncertain(UUID recordId, String reason) {
        records.updateUnlessFinished(recordId, unsure -> {
            unsure.setErrorMessage(reason);
            finish(unsure, GenerationStatus.SUBMISSION_UNCERTAIN);
        });
    }

    private void fail(UUID recordId, String reason) {
        records.updateUnlessFinished(recordId, failed -> {
            failed.setErrorMessage(reason);
            finish(failed, GenerationStatus.FAILED);
        });
    }

    private static void finish(GenerationRecord record, GenerationStatus status) {
        record.setStatus(status);
        record.setCompletedAt(Instant.now());
    }
}
