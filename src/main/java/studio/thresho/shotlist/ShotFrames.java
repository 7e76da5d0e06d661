package studio.thresho.shotlist;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import studio.thresho.generation.GeneratedImage;
import studio.thresho.generation.GenerationStatus;
import studio.thresho.generation.GenerationView;
import studio.thresho.generation.ResultReview;

/**
 * A shot's generations, oldest first, and the result picked as its frame.
 *
 * @param selectedFrameKey media key of the selected frame, null until one is picked
 * @param reviews          the measured consistency and ratings of the shot's results, by media key
 */
public record ShotFrames(UUID shotId, String selectedFrameKey, List<GenerationView> generations, Map<String, ResultReview> reviews) {

    public ShotFrames {
        generations = List.copyOf(generations);
        reviews = Map.copyOf(reviews);
    }

    public ShotFrames(UUID shotId, String selectedFrameKey, List<GenerationView> generations) {
        this(shotId, selectedFrameKey, generations, Map.of());
    }

    /** The review of one result, or null while it is not scored or rated. */
    public ResultReview review(String mediaKey) {
        return mediaKey == null ? null : reviews.get(mediaKey);
    }

    /** Every image the shot's generations made, newest first. */
    public List<GeneratedImage> results() {
        return generations.reversed().stream().flatMap(generation -> generation.results().stream())
                .filter(result -> !result.video()).toList();
    }

    /** Where the shot's latest generation stands; null when it was never generated. */
    public GenerationStatus latestStatus() {
        return generations.isEmpty() ? null : generations.getLast().status();
    }

    /** A generation of the shot is queued or running: generating it again would send a second request. */
    public boolean busy() {
        return generations.stream().anyMatch(generation -> !generation.status().finished());
    }

    public String statusLabel() {
        GenerationStatus status = latestStatus();
        return status == null ? "Not generated" : status.label();
    }
}
