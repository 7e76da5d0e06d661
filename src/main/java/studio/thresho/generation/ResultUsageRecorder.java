package studio.thresho.generation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import studio.thresho.asset.AssetUsageService;
import studio.thresho.security.SystemAuthentication;

/**
 * Tells the asset module which results a completed generation made, so every asset it used shows
 * them in its Recent Usage strip without reading generation tables. Runs in the completion's
 * transaction, just before it commits, so the job's step ends as soon as it did before; a failure
 * here is logged and only leaves the strip without these thumbnails.
 */
@Component
class ResultUsageRecorder {

    private static final Logger log = LoggerFactory.getLogger(ResultUsageRecorder.class);

    private final GenerationRecordRepository repository;
    private final GenerationRecords records;
    private final AssetUsageService usage;

    ResultUsageRecorder(GenerationRecordRepository repository, GenerationRecords records, AssetUsageService usage) {
        this.repository = repository;
        this.records = records;
        this.usage = usage;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(GenerationCompleted completed) {
        try {
            SystemAuthentication.runAsSystem(() -> repository.findById(completed.generationId()).ifPresent(record ->
                    usage.recordResults(record.getId(), records.results(record).stream().filter(image -> !image.video()).map(GeneratedImage::mediaKey).toList())));
        } catch (RuntimeException failed) {
            log.warn("Could not record the results of generation {} on the assets it used", completed.generationId(), failed);
        }
    }
}
