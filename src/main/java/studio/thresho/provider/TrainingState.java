package studio.thresho.provider;

/**
 * A training as the provider reports it.
 *
 * @param status  the provider's word: starting, processing, succeeded, failed, canceled, aborted
 * @param logs    the training's log so far (may be long; keep its tail), or null
 * @param version the trained version, {@code owner/name:version}, once succeeded, else null
 * @param weights the URL of the trained weights once succeeded, else null
 * @param error   why it failed, or null
 */
public record TrainingState(String id, String status, String logs, String version, String weights, String error) {

    public boolean finished() {
        return switch (status == null ? "" : status) {
            case "succeeded", "failed", "canceled", "aborted" -> true;
            default -> false;
        };
    }

    public boolean succeeded() {
        return "succeeded".equals(status);
    }
}
