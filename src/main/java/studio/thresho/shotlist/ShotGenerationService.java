package studio.thresho.shotlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import studio.thresho.asset.IndexBatch;
import studio.thresho.asset.SearchIndexBatches;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.GeneratedImage;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.MonthlySpend;
import studio.thresho.generation.PreparedGeneration;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.Role;

/**
 * Generating a list's shots: one generation per shot through the planner and
 * {@link GenerationService#prepare} and {@link GenerationService#enqueue} (its at-most-once paid
 * requests and the providers' concurrency limits apply), the shots' results, and the result picked as each shot's frame.
 * A shot with a generation still queued or running is left out, so a second click sends nothing twice.
 */
@Service
@PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
public class ShotGenerationService {

    private final ShotRepository shots;
    private final ShotListService lists;
    private final ShotPlanningService planning;
    private final GenerationService generations;
    private final ProviderRegistry providers;
    /** Shots written in one transaction. */
    static final int CHUNK = 50;

    private final TransactionTemplate eachChunk;
    private final ResultScoreService scores;
    private final SearchIndexBatches indexBatches;
    private final MonthlySpend spend;

    ShotGenerationService(ShotRepository shots, ShotListService lists, ShotPlanningService planning, GenerationService generations,
                          ProviderRegistry providers, PlatformTransactionManager transactions, ResultScoreService scores,
                          MonthlySpend spend, SearchIndexBatches indexBatches) {
        this.indexBatches = indexBatches;
        this.scores = scores;
        this.spend = spend;
        this.shots = shots;
        this.lists = lists;
        this.planning = planning;
        this.generations = generations;
        this.providers = providers;
        this.eachChunk = new TransactionTemplate(transactions);
    }

    /** What generating the shots (all of the list's when none are named) would send, per provider. */
    @Transactional(readOnly = true)
    public BatchQuote quote(UUID listId, Collection<UUID> shotIds) {
        Map<UUID, ShotFrames> frames = frames(listId);
        List<UUID> chosen = new ArrayList<>();
        int busy = 0;
        for (Map.Entry<UUID, ShotFrames> shot : frames.entrySet()) {
            if (shotIds.isEmpty() || shotIds.contains(shot.getKey())) {
                if (shot.getValue().busy()) {
                    busy++;
                } else {
                    chosen.add(shot.getKey());
                }
            }
        }
        Map<String, Integer> perProvider = new LinkedHashMap<>();
        if (!chosen.isEmpty()) {
            // every shot of a list goes to the list's provider
            perProvider.put(planning.providerOf(listId), chosen.size());
        }
        List<BatchQuote.Share> shares = perProvider.entrySet().stream().map(entry -> {
            GenerationProvider provider = providers.require(entry.getKey());
            boolean paid = !provider.offline() && !provider.manual();
            OptionalLong capLeft = spend.requestsLeft(provider.id());
            return new BatchQuote.Share(provider.id(), provider.displayName(), entry.getValue(), paid,
                    capLeft.isPresent() ? capLeft.getAsLong() : null);
        }).toList();
        return new BatchQuote(chosen, shares, busy);
    }

    /**
     * Submits one generation per quoted shot. The shots are planned together (each shared asset read
     * once), then written {@value #CHUNK} at a time, each chunk in one transaction holding its shots'
     * rows, so a shot another click is generating meanwhile is skipped and a refused shot does not
     * stop the others.
     */
    public BatchOutcome generate(UUID listId, BatchQuote quote) {
        List<Attempt> attempts = new ArrayList<>();
        List<UUID> shotIds = quote.shotIds();
        // the cast's usage counters change with every chunk: indexed once, at the end
        try (IndexBatch usageCounts = indexBatches.open()) {
            for (int from = 0; from < shotIds.size(); from += CHUNK) {
                List<UUID> chunk = shotIds.subList(from, Math.min(shotIds.size(), from + CHUNK));
                List<PreparedGeneration> prepared = generations.prepare(planning.requests(listId, chunk));
                attempts.addAll(eachChunk.execute(status -> enqueueUnlessBusy(listId, chunk, prepared)));
            }
        }
        List<String> refused = attempts.stream().filter(attempt -> attempt.refusal() != null)
                .map(attempt -> label(attempt.shotId()) + ": " + attempt.refusal()).toList();
        int sent = attempts.size() - refused.size();
        return new BatchOutcome(sent, shotIds.size() - attempts.size(), refused);
    }

    /** A shot that was not skipped as already generating: sent, or refused with the reason. */
    private record Attempt(UUID shotId, String refusal) {
    }

    private List<Attempt> enqueueUnlessBusy(UUID listId, List<UUID> chunk, List<PreparedGeneration> prepared) {
        List<Attempt> attempts = new ArrayList<>();
        Set<UUID> present = shots.lockForGeneration(chunk).stream().filter(shot -> shot.getShotListId().equals(listId))
                .map(Shot::getId).collect(Collectors.toSet());
        chunk.stream().filter(shotId -> !present.contains(shotId)).forEach(gone -> attempts.add(new Attempt(gone, "That shot no longer exists.")));
        Set<UUID> busy = generations.forShots(List.copyOf(present)).entrySet().stream()
                .filter(shot -> shot.getValue().stream().anyMatch(generation -> !generation.status().finished()))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<PreparedGeneration> wanted = prepared.stream()
                .filter(generation -> present.contains(generation.request().shotId()) && !busy.contains(generation.request().shotId()))
                .toList();
        List<GenerationService.Queued> queued = generations.enqueue(wanted);
        for (int i = 0; i < wanted.size(); i++) {
            attempts.add(new Attempt(wanted.get(i).request().shotId(), queued.get(i).refusal()));
        }
        return attempts;
    }

    private String label(UUID shotId) {
        return shots.findById(shotId).map(shot -> shot.getLabel() != null ? shot.getLabel()
                : String.valueOf(shots.countByShotListIdAndSortOrderLessThan(shot.getShotListId(), shot.getSortOrder()) + 1)).orElse("?");
    }

    /** Cancels every generation of the list's shots that has not finished; the providers are asked to stop too. */
    public int cancelBatch(UUID listId) {
        List<UUID> unfinished = frames(listId).values().stream().flatMap(shot -> shot.generations().stream())
                .filter(generation -> !generation.status().finished()).map(GenerationView::id).toList();
        int cancelled = 0;
        for (UUID generation : unfinished) {
            try {
                generations.cancel(generation);
                cancelled++;
            } catch (UserFacingException finishedMeanwhile) {
                // it finished between the listing and the cancel: nothing left to stop
            }
        }
        return cancelled;
    }

    /** Each shot of the list in order, with its generations and selected frame. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<UUID, ShotFrames> frames(UUID listId) {
        lists.get(listId);
        List<Shot> all = shots.findByShotListIdOrderBySortOrder(listId);
        Map<UUID, List<GenerationView>> made = generations.forShots(all.stream().map(Shot::getId).toList());
        Map<UUID, Map<String, ResultReview>> reviews = scores.reviews(made.values().stream().flatMap(List::stream)
                .map(GenerationView::id).toList());
        Map<UUID, ShotFrames> frames = new LinkedHashMap<>();
        for (Shot shot : all) {
            List<GenerationView> shotGenerations = made.getOrDefault(shot.getId(), List.of());
            Map<String, ResultReview> shotReviews = new HashMap<>();
            shotGenerations.forEach(generation -> shotReviews.putAll(reviews.getOrDefault(generation.id(), Map.of())));
            frames.put(shot.getId(), new ShotFrames(shot.getId(), shot.getSelectedFrameKey(), shotGenerations, shotReviews));
        }
        return frames;
    }

    /** Picks one of the shot's results as its frame; null clears the choice. */
    @Transactional
    public void selectFrame(UUID shotId, String mediaKey) {
        Shot shot = shots.findById(shotId).orElseThrow(() -> new UserFacingException("That shot no longer exists."));
        lists.get(shot.getShotListId());
        if (mediaKey != null && generations.forShots(List.of(shotId)).getOrDefault(shotId, List.of()).stream()
                .flatMap(generation -> generation.results().stream()).map(GeneratedImage::mediaKey).noneMatch(mediaKey::equals)) {
            throw new UserFacingException("That image is not one of this shot's results.");
        }
        shot.setSelectedFrameKey(mediaKey);
    }

    /** How a batch went: generations sent, shots skipped as already generating, and refusals with the shot's label. */
    public record BatchOutcome(int sent, int skipped, List<String> refused) {

        public BatchOutcome {
            refused = List.copyOf(refused);
        }
    }
}
