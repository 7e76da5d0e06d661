package studio.thresho.generation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import studio.thresho.asset.AssetUse;
import studio.thresho.asset.AssetUsageService;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.SignedInUser;

/**
 * The two halves of a submit: checking and planning a request (nothing written, so a refusal costs
 * nothing), then writing its record with the exact asset versions, a usage row per asset, the log
 * entry and the job, all in the caller's transaction.
 */
@Component
class Submissions {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final ProviderRegistry providers;
    private final GenerationRecordRepository repository;
    private final GenerationRecords records;
    private final AssetUsageService usage;
    private final CurrentUser currentUser;
    private final GenerationLog log;
    private final GenerationJobs jobs;
    private final ApplicationEventPublisher events;

    Submissions(ProviderRegistry providers, GenerationRecordRepository repository, GenerationRecords records, AssetUsageService usage,
                CurrentUser currentUser, GenerationLog log, GenerationJobs jobs, ApplicationEventPublisher events) {
        this.providers = providers;
        this.repository = repository;
        this.records = records;
        this.usage = usage;
        this.currentUser = currentUser;
        this.log = log;
        this.jobs = jobs;
        this.events = events;
    }

    /** Checks the request against its provider and plans it; throws the refusal. */
    PreparedGeneration prepare(PlanRequest request, GenerationPlanner.Batch planning) {
        GenerationProvider provider = providers.require(request.providerId());
        if (!provider.available()) {
            throw new UserFacingException(provider.displayName() + " is not set up yet.");
        }
        int images = request.images();
        if (images < 1 || images > provider.capabilities().maxImages()) {
            throw new UserFacingException(provider.displayName() + " makes 1 to " + provider.capabilities().maxImages() + " images at once.");
        }
        if (request.aspectRatio() != null && !provider.capabilities().aspectRatios().contains(request.aspectRatio())) {
            throw new UserFacingException(provider.displayName() + " makes " + String.join(", ", provider.capabilities().aspectRatios())
                    + " images, not " + request.aspectRatio() + ".");
        }
        GenerationPlan plan = planning.plan(request);
        String prompt = plan.prompt().trim();
        if (prompt.isEmpty()) {
            throw new UserFacingException("The prompt is empty: pick assets or write a prompt.");
        }
        int limit = Math.min(GenerationService.MAX_PROMPT_LENGTH, provider.capabilities().maxPromptLength());
        if (prompt.length() > limit) {
            throw new UserFacingException("The prompt has " + prompt.length() + " characters; " + provider.displayName()
                    + " takes at most " + limit + ".");
        }
        return PreparedGeneration.planned(request, plan);
    }

    /** Writes the prepared generations of the project and schedules their jobs, in the caller's transaction. */
    List<GenerationRecord> write(UUID project, List<PreparedGeneration> prepared) {
        UUID author = currentUser.get().map(SignedInUser::id).orElse(null);
        List<GenerationRecord> written = repository.saveAllAndFlush(prepared.stream().map(generation -> record(project, author, generation))
                .toList());
        List<AssetUse> uses = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            GenerationPlan plan = prepared.get(i).plan();
            UUID recordId = written.get(i).getId();
            plan.assets().forEach(asset -> uses.add(new AssetUse(asset.versionId(), recordId, plan.shotId(), asset.context())));
        }
        usage.recordUses(uses);
        for (int i = 0; i < written.size(); i++) {
            GenerationRecord record = written.get(i);
            log.transition(record.getId(), null, GenerationStatus.QUEUED, null);
            jobs.schedule(record.getId());
            events.publishEvent(new GenerationSubmitted(record.getId(), project, record.getProviderId(),
                    prepared.get(i).plan().assets().stream().anyMatch(asset -> "talent".equals(asset.role()))));
        }
        return written;
    }

    private GenerationRecord record(UUID project, UUID author, PreparedGeneration prepared) {
        GenerationPlan plan = prepared.plan();
        GenerationProvider provider = providers.require(plan.providerId());
        GenerationRecord record = new GenerationRecord(project, provider.id(), plan.prompt().trim(), author);
        record.setAssembledPrompt(plan.assembledPrompt());
        record.setNegativePrompt(provider.capabilities().negativePrompt() ? blankToNull(plan.negativePrompt()) : null);
        record.setShotId(plan.shotId());
        record.setWizardSessionId(prepared.request().wizardSessionId());
        record.setBrandProfileId(plan.brandProfileId());
        record.setSeed(plan.seed() != null ? plan.seed() : (long) SEEDS.nextInt(Integer.MAX_VALUE));
        record.setParametersJson(records.write(new GenerationParameters(plan.aspectRatio(), prepared.request().images(), plan.trimmed(),
                plan.options())));
        record.setAssetVersionsJson(records.write(plan.assets()));
        record.setReferencesJson(records.write(plan.references()));
        return record;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
