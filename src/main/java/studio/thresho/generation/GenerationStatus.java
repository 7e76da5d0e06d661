package studio.thresho.generation;

import studio.thresho.base.StoredValue;

/** Where a generation stands; the last four are final. */
public enum GenerationStatus implements StoredValue {
    QUEUED("queued", "Queued"),
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

    static GenerationStatus ofDbValue(String value) {
        return StoredValue.of(values(), value).orElseThrow(() -> new IllegalStateException("Unknown generation status " + value));
    }
}
