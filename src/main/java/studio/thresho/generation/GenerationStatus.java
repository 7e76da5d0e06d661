package studio.thresho.generation;

import studio.thresho.base.StoredValue;

/**
 * Where a generation stands; the last four are final. {@code SUBMITTING} is committed before the
 * request leaves for the provider, {@code SUBMITTED} once the provider has answered with its task.
 */
public enum GenerationStatus implements StoredValue {
    QUEUED("queued", "Queued"),
    SUBMITTING("submitting", "Sending"),
    SUBMITTED("submitted", "Submitted"),
    RUNNING("running", "Running"),
    SUCCEEDED("succeeded", "Done"),
    FAILED("failed", "Failed"),
    CANCELLED("cancelled", "Cancelled"),
    SUBMISSION_UNCERTAIN("submission_uncertain", "Submission uncertain");

    private final String dbValue;
    private final String label;

    GenerationStatus(String dbValue, String label) {
        this.dbValue = dbValue;
        this.label = label;
    }

    @Override
    public String dbValue() {
        return dbValue;
    }

    @Override
    public String label() {
        return label;
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == SUBMISSION_UNCERTAIN;
    }

    /** Holding one of the provider's concurrency slots: sent, or being sent, and not finished. */
    public boolean inFlight() {
        return this == SUBMITTING || this == SUBMITTED || this == RUNNING;
    }

    static GenerationStatus ofDbValue(String value) {
        return StoredValue.of(values(), value).orElseThrow(() -> new IllegalStateException("Unknown generation status " + value));
    }
}
