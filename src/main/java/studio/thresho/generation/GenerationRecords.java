package studio.thresho.generation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import studio.thresho.media.ShareLinkService;
import studio.thresho.provider.ProviderReference;
import studio.thresho.provider.ProviderRegistry;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and changes generation records in short transactions of their own, so that a job never
 * holds a transaction while it waits for a provider, and a change never overwrites a finished record.
 */
@Component
class GenerationRecords {

    private static final int UPDATE_ATTEMPTS = 3;
    private static final TypeReference<List<UsedAsset>> ASSETS = new TypeReference<>() {
    };
    private static final TypeReference<List<SentReference>> REFERENCES = new TypeReference<>() {
    };
    private static final TypeReference<List<GeneratedImage>> IMAGES = new TypeReference<>() {
    };

    private final GenerationRecordRepository records;
    private final ProviderRegistry providers;
    private final JsonMapper json;
    private final TransactionTemplate transaction;
    private final GenerationLog log;
    private final ShareLinkService shareLinks;
    private final ApplicationEventPublisher events;

    GenerationRecords(GenerationRecordRepository records, ProviderRegistry providers, JsonMapper json, PlatformTransactionManager transactions,
                      GenerationLog log, ShareLinkService shareLinks, ApplicationEventPublisher events) {
        this.events = events;
        this.records = records;
        this.shareLinks = shareLinks;
        this.log = log;
        this.providers = providers;
        this.json = json;
        this.transaction = new TransactionTemplate(transactions);
    }

    Optional<GenerationRecord> find(UUID id) {
        return Optional.ofNullable(transaction.execute(status -> records.findById(id).orElse(null)));
    }

    /** Applies the change unless the record is finished meanwhile (cancelled, say); returns whether it did. */
    boolean updateUnlessFinished(UUID id, Consumer<GenerationRecord> change) {
        return update(id, status -> !status.finished(), change);
    }

    /**
     * Applies the change if the record's status is still one the caller expects, in a transaction
     * of its own (or the caller's); a change of status is logged with it. Returns whether it did.
     */
    boolean update(UUID id, Predicate<GenerationStatus> expected, Consumer<GenerationRecord> change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return updateOnce(id, expected, change);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                // a job step changed the record between our read and write (a user's Cancel racing the
                // worker): read it again and decide on what it is now, unless a caller's transaction is doomed
                if (attempt == UPDATE_ATTEMPTS || TransactionSynchronizationManager.isActualTransactionActive()) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    private boolean updateOnce(UUID id, Predicate<GenerationStatus> expected, Consumer<GenerationRecord> change) {
        return Boolean.TRUE.equals(transaction.execute(status -> records.findById(id)
                .filter(record -> expected.test(record.status()))
                .map(record -> {
                    GenerationStatus before = record.status();
                    change.accept(record);
                    records.saveAndFlush(record);
                    if (record.status() != before) {
                        log.transition(id, before, record.status(), record.getErrorMessage());
                    }
                    if (before.inFlight() && !record.status().inFlight()) {
                        events.publishEvent(new SlotFreed(record.getProviderId()));
                    }
                    if (record.status().finished() && !before.finished()) {
                        // the links in a Midjourney command are for that command only
                        shareLinks.endWithGeneration(id);
                    }
                    return true;
                }).orElse(false)));
    }

    String write(Object value) {
        return json.writeValueAsString(value);
    }

    GenerationParameters parameters(GenerationRecord record) {
        return record.getParametersJson() == null ? new GenerationParameters(null, 1, List.of(), Map.of())
                : json.readValue(record.getParametersJson(), GenerationParameters.class);
    }

    /** What a generation sent or will send, and how. */
    List<SentReference> referencesSent(GenerationRecord record) {
        return record.getReferencesJson() == null ? List.of() : json.readValue(record.getReferencesJson(), REFERENCES);
    }

    /** The references the provider receives as images. */
    List<ProviderReference> references(GenerationRecord record) {
        return referencesSent(record).stream().filter(sent -> sent.method() != SentReference.Method.TEXT)
                .map(sent -> new ProviderReference(sent.mediaKey(), sent.role(), sent.assetName())).toList();
    }

    List<GeneratedImage> results(GenerationRecord record) {
        return record.getResultsJson() == null ? List.of() : json.readValue(record.getResultsJson(), IMAGES);
    }

    GenerationView view(GenerationRecord record) {
        GenerationParameters parameters = parameters(record);
        String providerName = providers.find(record.getProviderId()).map(provider -> provider.displayName()).orElse(record.getProviderId());
        return new GenerationView(record.getId(), record.getProjectId(), record.getProviderId(), providerName, record.status(),
                record.getProgress(), record.getPrompt(), record.getAssembledPrompt(), record.getNegativePrompt(),
                record.getAssetVersionsJson() == null ? List.of() : json.readValue(record.getAssetVersionsJson(), ASSETS),
                referencesSent(record), parameters.aspectRatio(), parameters.images(), record.getSeed(), record.getErrorMessage(),
                results(record), record.getCreatedAt(), record.getStartedAt(), record.getCompletedAt(), record.getProviderInstructions(),
                record.getCreatedBy(), record.getWizardSessionId());
    }
}
