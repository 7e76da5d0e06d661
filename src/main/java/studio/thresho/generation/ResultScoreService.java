package studio.thresho.generation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import studio.thresho.base.UserFacingException;
import studio.thresho.project.CurrentProjectService;
import studio.thresho.security.CurrentUser;
import studio.thresho.security.Role;
import studio.thresho.security.SignedInUser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the consistency of generated images with their results: the scores a face model measured
 * (computed elsewhere, by the insight module) and the 1-5 rating users give beside them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ResultScoreService {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;
    /** As many characters as {@code result_scores.model} holds. */
    public static final int MAX_MODEL_LENGTH = 120;
    private static final TypeReference<List<TalentScore>> TALENTS = new TypeReference<>() {
    };

    private final ResultScoreRepository scores;
    private final GenerationRecordRepository generations;
    private final GenerationRecords records;
    private final CurrentProjectService currentProject;
    private final CurrentUser currentUser;
    private final JsonMapper json;

    ResultScoreService(ResultScoreRepository scores, GenerationRecordRepository generations, GenerationRecords records,
                       CurrentProjectService currentProject, CurrentUser currentUser, JsonMapper json) {
        this.scores = scores;
        this.generations = generations;
        this.records = records;
        this.currentProject = currentProject;
        this.currentUser = currentUser;
        this.json = json;
    }

    /** What a generation's results are to be scored against, if it qualifies (succeeded, images, a talent cast). */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional(readOnly = true)
    public Optional<ScoringWork> work(UUID generationId) {
        return generations.findById(generationId)
                .filter(record -> record.status() == GenerationStatus.SUCCEEDED && GenerationRecord.IMAGE.equals(record.getMediaKind()))
                .map(records::view)
                .map(view -> new ScoringWork(view.id(),
                        view.assets().stream().filter(asset -> "talent".equals(asset.role())).toList(),
                        view.results().stream().filter(result -> !result.video()).map(GeneratedImage::mediaKey).toList()))
                .filter(work -> !work.talents().isEmpty() && !work.mediaKeys().isEmpty());
    }

    /** The oldest generations that qualify for scoring and have no score yet (the backfill's next batch). */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional(readOnly = true)
    public List<UUID> unscored(int limit) {
        return scores.findUnscoredGenerationIds(limit).stream().map(UUID::fromString).toList();
    }

    @Transactional(readOnly = true)
    public ScoringProgress progress() {
        return new ScoringProgress(scores.countScored(), scores.countScorable());
    }

    /** Keeps the measured scores of a generation's results, replacing earlier ones; ratings stay. */
    @PreAuthorize("hasRole('" + Role.Names.ADMIN + "')")
    @Transactional
    public void keep(UUID generationId, List<MeasuredScore> measured) {
        if (!generations.existsById(generationId)) {
            return;
        }
        Instant now = Instant.now();
        for (MeasuredScore score : measured) {
            ResultScore row = lockedRow(generationId, score.mediaKey());
            row.setModel(score.model().length() > MAX_MODEL_LENGTH ? score.model().substring(0, MAX_MODEL_LENGTH) : score.model());
            row.setVerdict(score.verdict().dbValue());
            row.setSimilarity(score.similarity());
            row.setConsistentBelow(score.consistentBelow());
            row.setDifferentAbove(score.differentAbove());
            row.setTalentsJson(json.writeValueAsString(score.talents()));
            row.setScoredAt(now);
            scores.save(row);
        }
    }

    /** The result's score row, made if missing, with its generation locked so that a rating and a score never both make it. */
    private ResultScore lockedRow(UUID generationId, String mediaKey) {
        generations.findForUpdate(generationId).orElseThrow(() -> new UserFacingException("That generation no longer exists."));
        return scores.findForUpdate(generationId, mediaKey).orElseGet(() -> new ResultScore(generationId, mediaKey));
    }

    /** The reviews of the given generations' results, by generation id, then media key. */
    @Transactional(readOnly = true)
    public Map<UUID, Map<String, ResultReview>> reviews(Collection<UUID> generationIds) {
        if (generationIds.isEmpty()) {
            return Map.of();
        }
        return scores.findByGenerationIdIn(generationIds).stream().collect(Collectors.groupingBy(ResultScore::getGenerationId,
                Collectors.toMap(ResultScore::getMediaKey, this::review)));
    }

    /** A user's 1-5 rating of how consistent the result looks, kept beside the measured score. */
    @PreAuthorize("hasRole('" + Role.Names.EDITOR + "')")
    @Transactional
    public ResultReview rate(UUID generationId, String mediaKey, int rating) {
        if (rating < MIN_RATING || rating > MAX_RATING) {
            throw new UserFacingException("A rating is from " + MIN_RATING + " to " + MAX_RATING + ".");
        }
        GenerationRecord generation = generations.findById(generationId)
                .orElseThrow(() -> new UserFacingException("That generation no longer exists."));
        if (records.results(generation).stream().noneMatch(result -> result.mediaKey().equals(mediaKey))) {
            throw new UserFacingException("That image is not a result of this generation.");
        }
        ResultScore row = lockedRow(generationId, mediaKey);
        row.setRating(rating);
        row.setRatedBy(currentUser.get().map(SignedInUser::id).orElse(null));
        row.setRatedAt(Instant.now());
        return review(scores.saveAndFlush(row));
    }

    /** The current project's generations with a result flagged for review (drifting, different person), newest first. */
    @Transactional(readOnly = true)
    public List<UUID> flagged(int limit) {
        return currentProject.current()
                .map(project -> scores.findFlaggedGenerationIds(project.id().toString(), limit).stream().map(UUID::fromString).toList())
                .orElse(List.of());
    }

    /**
     * The scored or rated results of generations made since the given time, in one project or (null)
     * the whole studio, oldest first: what Insights measures consistency from.
     */
    @Transactional(readOnly = true)
    public List<ScoredResult> history(Instant since, UUID projectId) {
        List<GenerationRecord> made = projectId == null ? generations.findByCreatedAtGreaterThanEqual(since)
                : generations.findByProjectIdAndCreatedAtGreaterThanEqual(projectId, since);
        Map<UUID, GenerationRecord> byId = made.stream().collect(Collectors.toMap(GenerationRecord::getId, record -> record));
        if (byId.isEmpty()) {
            return List.of();
        }
        return scores.findByGenerationIdIn(byId.keySet()).stream()
                .map(row -> {
                    GenerationRecord generation = byId.get(row.getGenerationId());
                    return new ScoredResult(generation.getId(), generation.getProjectId(), generation.getProviderId(),
                            generation.getCreatedAt(), review(row));
                })
                .sorted(java.util.Comparator.comparing(ScoredResult::generatedAt))
                .toList();
    }

    private ResultReview review(ResultScore row) {
        return new ResultReview(row.getMediaKey(), row.getVerdict() == null ? null : ConsistencyVerdict.ofDbValue(row.getVerdict()),
                row.getSimilarity(), row.getModel(), row.getConsistentBelow(), row.getDifferentAbove(),
                row.getTalentsJson() == null ? List.of() : json.readValue(row.getTalentsJson(), TALENTS), row.getScoredAt(), row.getRating());
    }
}
