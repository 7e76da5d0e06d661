package studio.thresho.generation;

import java.util.Arrays;

/** Where a generation stands; the last four are final. */
public enum GenerationStatus {
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

    public String dbValue() {
        return dbValue;
    }

    public String label() {
        return label;
    }

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED || this == SUBMISSION_UNCERTAIN;
    }

    static GenerationStatus ofDbValue(String value) {
        return Arrays.stream(values()).filter(status -> status.dbValue.equals(value)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown generation status " + value));
    }
}
