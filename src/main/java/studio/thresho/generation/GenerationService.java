package studio.thresho.generation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.asset.AssetUsageService;
import studio.thresho.base.UserFacingException;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.project.ProjectSummary;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;

/**
 * Generations of the current project: submitting one (a record with the exact asset versions and a
 * usage row per asset, then a background job), following and cancelling it; results are promoted into
 * assets by {@link ResultPromotionService}.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class GenerationService {

    public static final int MAX_PROMPT_LENGTH = 10_000;
    private static final SecureRandom SEEDS = new SecureRandom();

    private final GenerationRecordRepository repository;
    private final GenerationRecords records;
    private final ProviderRegistry providers;
    private final AssetUsageService usage;
    private final CurrentProjectService currentProject;
    private final MonthlySpend spend;
    private final CurrentUser currentUser;
    private final GenerationJobs jobs;
    private final GenerationPlanner planner;
    private final GenerationLog log;
    private final studio.thresho.media.MediaService media;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Submissions submissions;

    GenerationService(studio.thresho.media.MediaService media, GenerationRecordRepository repository, GenerationRecords records, ProviderRegistry providers,
                      AssetUsageService usage, CurrentProjectService currentProject,
                      CurrentUser currentUser, GenerationJobs jobs, GenerationLog log, GenerationPlanner planner, MonthlySpend spend,
                      org.springframework.context.ApplicationEventPublisher events, Submissions submissions) {
        this.submissions = submissions;
        this.events = events;
        this.planner = planner;
        this.spend = spend;
        this.repository = repository;
        this.records = records;
        this.providers = providers;
        this.usage = usage;
        this.currentProject = currentProject;
        this.currentUser = currentUser;
        this.jobs = jobs;
        this.log = log;
        this.media = media;
    }

    /**
     * Plans the generation again from the request (the page's preview is never trusted for the
     * prompt, the references or the versions), then stores its record with the exact asset versions
     * and a usage row per asset, and schedules its job in the same transaction.
     */
    @Transactional
    public GenerationView submit(PlanRequest request) {
        UUID project = project();
        PreparedGeneration prepared = submissions.prepare(request, planner.batch());
        spend.checkCap(project, providers.require(request.providerId()));
        return records.view(submissions.write(project, List.of(prepared)).getFirst());
    }

    /**
     * Checks and plans many requests at once (a shot list's batch), each asset read once for all of
     * them. Writes nothing and joins no transaction, so a refused request leaves the others.
     */
    public List<PreparedGeneration> prepare(List<PlanRequest> requests) {
        project();
        GenerationPlanner.Batch planning = planner.batch();
        return requests.stream().map(request -> {
            try {
                return submissions.prepare(request, planning);
            } catch (UserFacingException refused) {
                return PreparedGeneration.refused(request, refused.getMessage());
            }
        }).toList();
    }

    /**
     * Writes the prepared generations in the caller's transaction (records, usage rows, jobs), as
     * many as each provider's monthly cap still allows; the rest come back refused with the reason.
     *
     * @return per prepared generation, in order: the generation written, or why it was refused
     */
    @Transactional
    public List<Queued> enqueue(List<PreparedGeneration> prepared) {
        UUID project = project();
        List<PreparedGeneration> accepted = new java.util.ArrayList<>();
        List<String> refusals = new java.util.ArrayList<>();
        java.util.Map<String, Long> left = new java.util.HashMap<>();
        for (PreparedGeneration generation : prepared) {
            String refusal = generation.refusal();
            if (refusal == null) {
                refusal = spend.overCap(project, providers.require(generation.request().providerId()), left);
            }
            refusals.add(refusal);
            if (refusal == null) {
                accepted.add(generation);
            }
        }
        java.util.Iterator<GenerationRecord> written = submissions.write(project, accepted).iterator();
        return refusals.stream().map(refusal -> new Queued(refusal == null ? written.next().getId() : null, refusal)).toList();
    }

    /** A prepared generation written ({@code generationId}) or refused ({@code refusal}). */
    public record Queued(UUID generationId, String refusal) {
    }

    private UUID project() {
        return currentProject.current().map(ProjectSummary::id)
                .orElseThrow(() -> new UserFacingException("Choose a project first: generations belong to a project."));
    }

    /** The clip lengths image-to-video providers offer. */
    public static final java.util.List<Integer> VIDEO_DURATIONS = java.util.List.of(5, 10);
    public static final java.util.List<String> VIDEO_RATIOS = java.util.List.of("16:9", "9:16", "1:1");

    /**
     * Turns a still into a clip (image-to-video). The clip's record keeps the still and the asset
     * versions behind it, and each of those assets gets a usage row.
     */
    @Transactional
    public GenerationView animate(VideoOrder order) {
        UUID project = currentProject.current().map(ProjectSummary::id)
                .orElseThrow(() -> new UserFacingException("Choose a project first: generations belong to a project."));
        GenerationProvider provider = providers.require(order.providerId());
        if (!provider.capabilities().imageToVideo()) {
            throw new UserFacingException(provider.displayName() + " does not make videos.");
        }
        if (!provider.available()) {
            throw new UserFacingException(provider.displayName() + " is not set up yet.");
        }
        spend.checkCap(project, provider);
        String prompt = order.prompt() == null ? "" : order.prompt().trim();
        if (prompt.isEmpty()) {
            throw new UserFacingException("Say what should happen in the clip.");
        }
        if (prompt.length() > provider.capabilities().maxPromptLength()) {
            throw new UserFacingException("The prompt has " + prompt.length() + " characters; " + provider.displayName() + " takes at most "
                    + provider.capabilities().maxPromptLength() + ".");
        }
        if (!VIDEO_DURATIONS.contains(order.durationSeconds())) {
            throw new UserFacingException("A clip lasts 5 or 10 seconds.");
        }
        if (!VIDEO_RATIOS.contains(order.ratio())) {
            throw new UserFacingException("Choose the clip's ratio: " + String.join(", ", VIDEO_RATIOS) + ".");
        }
        studio.thresho.media.StoredMedia still = media.find(order.sourceMediaKey())
                .orElseThrow(() -> new UserFacingException("The still is no longer in the media store."));
        if (still.video()) {
            throw new UserFacingException("Only a still image can be animated.");
        }
        java.util.List<UsedAsset> assets = order.sourceGenerationId() != null ? get(order.sourceGenerationId()).assets()
                : order.sourceAsset() == null ? java.util.List.of() : java.util.List.of(order.sourceAsset());
        GenerationRecord record = new GenerationRecord(project, provider.id(), prompt, currentUser.get().map(SignedInUser::id).orElse(null));
        record.setMediaKind(GenerationRecord.VIDEO);
        record.setAssembledPrompt(prompt);
        record.setSeed(order.seed() != null ? order.seed() : (long) SEEDS.nextInt(Integer.MAX_VALUE));
        record.setParametersJson(records.write(new GenerationParameters(order.ratio(), 1, java.util.List.of(), java.util.Map.of(),
                order.durationSeconds())));
        record.setAssetVersionsJson(records.write(assets));
        record.setReferencesJson(records.write(java.util.List.of(new SentReference(still.key(), "source", "Source still",
                SentReference.Method.IMAGE))));
        record = repository.saveAndFlush(record);
        for (UsedAsset asset : assets) {
            usage.recordUse(asset.versionId(), record.getId(), null, asset.context());
        }
        queue(record.getId());
        return records.view(record);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public GenerationView get(UUID id) {
        return repository.findById(id).map(records::view).orElseThrow(() -> new UserFacingException("That generation no longer exists."));
    }

    /**
     * The current project's latest generations made on the Generate page, newest first: a shot's
     * results live in its shot list and a wizard session's in the wizard.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GenerationView> recent(int limit) {
        return currentProject.current().map(project -> repository.findByProjectIdAndShotIdIsNullAndWizardSessionIdIsNullOrderByCreatedAtDesc(
                        project.id(), PageRequest.of(0, limit))
                .stream().map(records::view).toList()).orElse(List.of());
    }

    /** The generations of each of the shots, oldest first: regenerating a shot keeps its earlier results. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Map<UUID, List<GenerationView>> forShots(java.util.Collection<UUID> shotIds) {
        if (shotIds.isEmpty()) {
            return java.util.Map.of();
        }
        return repository.findByShotIdInOrderByCreatedAt(shotIds).stream().collect(java.util.stream.Collectors.groupingBy(
                GenerationRecord::getShotId, java.util.LinkedHashMap::new,
                java.util.stream.Collectors.mapping(records::view, java.util.stream.Collectors.toList())));
    }

    /** Stops a generation that has not finished; the provider is asked to stop too. */
    public GenerationView cancel(UUID id) {
        GenerationRecord record = repository.findById(id).orElseThrow(() -> new UserFacingException("That generation no longer exists."));
        boolean cancelled = records.updateUnlessFinished(id, running -> {
            running.setStatus(GenerationStatus.CANCELLED);
            running.setCompletedAt(Instant.now());
        });
        if (!cancelled) {
            throw new UserFacingException("The generation has finished already.");
        }
        if (record.getExternalId() != null) {
            providers.find(record.getProviderId()).ifPresent(provider -> provider.cancel(record.getExternalId()));
        }
        return get(id);
    }

    /**
     * Attaches the images the user made with a provider without an API (Midjourney) to its
     * generation, which then counts as done.
     */
    public GenerationView attachResults(UUID id, List<String> mediaKeys) {
        GenerationRecord record = repository.findById(id).orElseThrow(() -> new UserFacingException("That generation no longer exists."));
        boolean manual = providers.find(record.getProviderId()).map(GenerationProvider::manual).orElse(false);
        if (!manual) {
            throw new UserFacingException("Only generations run by hand (Midjourney) take uploaded results.");
        }
        if (mediaKeys.isEmpty()) {
            throw new UserFacingException("Upload the images Midjourney made first.");
        }
        List<GeneratedImage> images = mediaKeys.stream().map(key -> new GeneratedImage(key, record.getSeed(), null)).toList();
        boolean attached = records.updateUnlessFinished(id, done -> {
            done.setResultsJson(records.write(images));
            done.setProgress(100);
            done.setStatus(GenerationStatus.SUCCEEDED);
            done.setCompletedAt(Instant.now());
        });
        if (!attached) {
            throw new UserFacingException("The generation has finished already.");
        }
        return get(id);
    }

    /**
     * Sends a generation again whose submission was uncertain, once the user has checked that the
     * provider did not run it (it may have been billed).
     */
    @Transactional
    public GenerationView resubmit(UUID id) {
        GenerationRecord record = repository.findById(id).orElseThrow(() -> new UserFacingException("That generation no longer exists."));
        if (record.status() != GenerationStatus.SUBMISSION_UNCERTAIN) {
            throw new UserFacingException("Only a generation whose submission is uncertain can be sent again.");
        }
        boolean queued = records.update(id, status -> status == GenerationStatus.SUBMISSION_UNCERTAIN, again -> {
            again.setStatus(GenerationStatus.QUEUED);
            again.setErrorMessage("Sent again by the user after checking the provider's dashboard.");
            again.setExternalId(null);
            again.setStartedAt(null);
            again.setCompletedAt(null);
        });
        if (!queued) {
            throw new UserFacingException("Only a generation whose submission is uncertain can be sent again.");
        }
        jobs.schedule(id);
        return get(id);
    }

    /** The generation's log: each provider call and each change of status, oldest first. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<GenerationLogEntry> log(UUID id) {
        get(id);
        return log.entries(id);
    }

    /** Logs the new record and schedules its job in the caller's transaction: both are committed, or neither. */
    private void queue(UUID recordId) {
        log.transition(recordId, null, GenerationStatus.QUEUED, null);
        jobs.schedule(recordId);
    }
}
