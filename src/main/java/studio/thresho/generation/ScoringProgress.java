package studio.thresho.generation;

/** How many of the generations with a cast talent have been scored. */
public record ScoringProgress(long scored, long total) {

    public boolean complete() {
        return scored >= total;
    }
}
