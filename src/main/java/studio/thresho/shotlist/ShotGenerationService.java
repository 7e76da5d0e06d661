package studio.thresho.shotlist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import studio.thresho.base.UserFacingException;
import studio.thresho.generation.GeneratedImage;
import studio.thresho.generation.GenerationService;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.MonthlySpend;
import studio.thresho.generation.PlanRequest;
import studio.thresho.generation.ResultReview;
import studio.thresho.generation.ResultScoreService;
import studio.thresho.provider.GenerationProvider;
import studio.thresho.provider.ProviderRegistry;
import studio.thresho.security.Role;

/**
 * Generating a list's shots: one generation per shot through the planner and
 * {@link GenerationService#submit(PlanRequest)} (its at-most-once paid requests and the providers'
 * concurrency limits apply), the shots' results, and the result picked as each shot's frame.
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
    private final TransactionTemplate eachShot;
    private final ResultScoreService scores;
    private final MonthlySpend spend;

    ShotGenerationService(ShotRepository shots, ShotListService lists, ShotPlanningService planning, GenerationService generations,
                          ProviderRegistry providers, PlatformTransactionManager transactions, ResultScoreService scores,
                          MonthlySpend spend) {
        this.scores = scores;
        this.spend = spend;
        this.shots = shots;
        this.lists = lists;
        this.planning = planning;
        this.generations = generations;
        this.providers = providers;
        this.eachShot = new TransactionTemplate(transactions);
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
        chosen.forEach(id -> perProvider.merge(planning.request(id).providerId(), 1, Integer::sum));
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
     * Submits one generation per quoted shot, each in its own transaction holding the shot's row, so
     * a shot another click is generating meanwhile is skipped and one refused shot does not stop the others.
     *
     * @return the refusals by shot label; empty when every shot was sent
     */
    public BatchOutcome generate(UUID listId, BatchQuote quote) {
        List<String> refused = new ArrayList<>();
        int sent = 0;
        int skipped = 0;
        for (UUID shotId : quote.shotIds()) {
            try {
                Boolean submitted = eachShot.execute(status -> submitUnlessBusy(listId, shotId));
                if (Boolean.TRUE.equals(submitted)) {
                    sent++;
                } else {
                    skipped++;
                }
            } catch (UserFacingException refusal) {
                refused.add(label(shotId) + ": " + refusal.getMessage());
            }
        }
        return new BatchOutcome(sent, skipped, refused);
    }

    private boolean submitUnlessBusy(UUID listId, UUID shotId) {
        Shot shot = shots.findForGeneration(shotId).filter(found -> found.getShotListId().equals(listId))
                .orElseThrow(() -> new UserFacingException("That shot no longer exists."));
        boolean busy = generations.forShots(List.of(shot.getId())).getOrDefault(shot.getId(), List.of()).stream()
                .anyMatch(generation -> !generation.status().finished());
        if (busy) {
            return false;
        }
        generations.submit(planning.request(shotId));
        return true;
    }

    private String label(UUID shotId) {
        return shots.findById(shotId).map(shot -> shot.getLabel() != null ? shot.getLabel()
                : String.valueOf(shots.countByShotListIdAndSortOrderLessThan(shot.getShotListId(), shot.getSortOrder()) + 1)).orElse("?");
    }

    /** Cancels every generation of the list's shots that has not finished; the providers are asked to stop too. */
    public int cancelBatch(UUID listId) {
        List<UUID> unfinished = frames(listId).values().stream().flatMap(shot -> shot.generations().stream())
                .filter(generation -> !generation.status().finished()).map(GenerationView::id).toList();
        unfinished.forEach(generations::cancel);
        return unfinished.size();
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
